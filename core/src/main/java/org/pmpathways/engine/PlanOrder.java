package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pmpathways.advice.Pathway;
import org.pmpathways.facts.ActionProposal;
import org.pmpathways.facts.Candidate;
import org.pmpathways.facts.Standing;

/**
 * Puts the proposed actions in the order a candidate should do them, in this one place:
 *
 * <ol>
 *   <li>proposals with the same id are one action; an action the candidate has completed is left out
 *       (it is never proposed again);</li>
 *   <li>each action's rank is the score of its pathway (the primary pathway's for an action of any
 *       pathway) plus its weight in the action catalogue; a host's action outside the catalogue has
 *       weight 0 and the primary pathway;</li>
 *   <li>the plan takes, each time, the best-ranked action whose dependencies in the plan are already
 *       placed (ties: the catalogue's pathway order, then the id), so that an action never comes
 *       before one it depends on; an action marked to come after all comes last.</li>
 * </ol>
 *
 * <p>Not instantiable; thread-safe.
 */
final class PlanOrder {
  private PlanOrder() {}

  /** One action of the plan: its id, its catalogue row (null for a host's), its rank, its proposals. */
  record Planned(String id, Policy.ActionRow row, int rank, List<Collector.Entry> proposals) {}

  static List<Planned> order(List<Collector.Entry> entries, Standing standing, Candidate candidate, Policy policy) {
    Map<String, List<Collector.Entry>> byId = new LinkedHashMap<>();
    for (Collector.Entry entry : entries) {
      if (entry.conclusion() instanceof ActionProposal p && !candidate.completed(p.id())) {
        byId.computeIfAbsent(p.id(), k -> new ArrayList<>(2)).add(entry);
      }
    }
    List<Planned> waiting = new ArrayList<>(byId.size());
    for (Map.Entry<String, List<Collector.Entry>> e : byId.entrySet()) {
      Policy.ActionRow row = policy.action(e.getKey());
      Pathway pathway = row == null || row.pathway() == null ? standing.getPrimary() : row.pathway();
      int rank = (pathway == null ? 0 : standing.score(pathway)) + (row == null ? 0 : row.weight());
      waiting.add(new Planned(e.getKey(), row, rank, e.getValue()));
    }
    waiting.sort(Comparator.comparingInt((Planned p) -> -p.rank())
        .thenComparingInt(p -> p.row() == null || p.row().pathway() == null ? -1 : p.row().pathway().ordinal())
        .thenComparing(Planned::id));
    Set<String> inPlan = new HashSet<>(byId.keySet());
    Set<String> placed = new HashSet<>();
    List<Planned> plan = new ArrayList<>(waiting.size());
    while (!waiting.isEmpty()) {
      Planned next = null;
      for (Planned candidateAction : waiting) {
        if (ready(candidateAction, inPlan, placed, waiting.size())) {
          next = candidateAction;
          break;
        }
      }
      if (next == null) {
        next = waiting.get(0); // a cycle in the catalogue (checked against when loading): keep rank order
      }
      waiting.remove(next);
      placed.add(next.id());
      plan.add(next);
    }
    return plan;
  }

  private static boolean ready(Planned action, Set<String> inPlan, Set<String> placed, int waiting) {
    if (action.row() == null) {
      return true;
    }
    if (action.row().afterAll()) {
      return waiting == 1 || allAfterAll(action, inPlan, placed);
    }
    for (String dep : action.row().dependsOn()) {
      if (inPlan.contains(dep) && !placed.contains(dep)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allAfterAll(Planned action, Set<String> inPlan, Set<String> placed) {
    for (String id : inPlan) {
      if (!id.equals(action.id()) && !placed.contains(id)) {
        return false;
      }
    }
    return true;
  }
}
