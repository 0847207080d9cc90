package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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

  /** Best rank first, then the catalogue's pathway order (an action of any pathway first), then the id. */
  private static final Comparator<Planned> RANK_ORDER = (a, b) -> {
    if (a.rank() != b.rank()) {
      return Integer.compare(b.rank(), a.rank());
    }
    int byPathway = Integer.compare(pathwayOrder(a), pathwayOrder(b));
    return byPathway != 0 ? byPathway : a.id().compareTo(b.id());
  };

  private static int pathwayOrder(Planned p) {
    return p.row() == null || p.row().pathway() == null ? -1 : p.row().pathway().ordinal();
  }

  static List<Planned> order(List<Collector.Entry> entries, Standing standing, Candidate candidate, Policy policy) {
    // The proposals by id, in the order the ids were first proposed; an action has few of them.
    List<String> ids = new ArrayList<>(16);
    List<List<Collector.Entry>> proposals = new ArrayList<>(16);
    for (Collector.Entry entry : entries) {
      if (entry.conclusion() instanceof ActionProposal p && !candidate.completed(p.id())) {
        int at = ids.indexOf(p.id());
        if (at < 0) {
          ids.add(p.id());
          proposals.add(new ArrayList<>(2));
          at = ids.size() - 1;
        }
        proposals.get(at).add(entry);
      }
    }
    int count = ids.size();
    if (count == 0) {
      return List.of();
    }
    Planned[] waiting = new Planned[count];
    for (int i = 0; i < count; i++) {
      String id = ids.get(i);
      Policy.ActionRow row = policy.action(id);
      Pathway pathway = row == null || row.pathway() == null ? standing.getPrimary() : row.pathway();
      int rank = (pathway == null ? 0 : standing.score(pathway)) + (row == null ? 0 : row.weight());
      waiting[i] = new Planned(id, row, rank, proposals.get(i));
    }
    Arrays.sort(waiting, RANK_ORDER);
    // Each time, the first action in rank order whose dependencies in the plan are placed.
    boolean[] placed = new boolean[count];
    Planned[] plan = new Planned[count];
    for (int n = 0; n < count; n++) {
      int next = -1;
      int first = -1;
      for (int i = 0; i < count && next < 0; i++) {
        if (!placed[i]) {
          first = first < 0 ? i : first;
          if (ready(waiting, i, placed, count - n)) {
            next = i;
          }
        }
      }
      if (next < 0) {
        next = first; // a cycle in the catalogue (checked against when loading): keep rank order
      }
      placed[next] = true;
      plan[n] = waiting[next];
    }
    return List.of(plan);
  }

  private static boolean ready(Planned[] actions, int at, boolean[] placed, int waiting) {
    Policy.ActionRow row = actions[at].row();
    if (row == null) {
      return true;
    }
    if (row.afterAll()) {
      return waiting == 1; // every other action of the plan is placed
    }
    List<String> dependsOn = row.dependsOn();
    for (int d = 0; d < dependsOn.size(); d++) {
      String dep = dependsOn.get(d);
      for (int i = 0; i < actions.length; i++) {
        if (!placed[i] && actions[i].id().equals(dep)) {
          return false; // in the plan and not placed yet
        }
      }
    }
    return true;
  }
}
