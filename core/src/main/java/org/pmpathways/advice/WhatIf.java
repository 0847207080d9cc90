package org.pmpathways.advice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What completing one action of a plan would change: the pathway scores, the primary pathway and the
 * stage before and after, and the actions the next plan would add. Computed by advising the profile
 * as it is and the profile with the action completed, with the same rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actionId the action supposed completed
 * @param before the outlook today
 * @param after the outlook once the action is completed
 * @param unlocked the ids of actions the next plan would have that today's has not, in plan order
 */
public record WhatIf(String actionId, Outlook before, Outlook after, List<String> unlocked) {
  public WhatIf {
    Objects.requireNonNull(actionId, "actionId must not be null");
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    unlocked = List.copyOf(Objects.requireNonNull(unlocked, "unlocked must not be null"));
  }

  /** Compares the advice of today with the advice once the action is completed. */
  public static WhatIf of(String actionId, Advice today, Advice completed) {
    List<String> unlocked = new ArrayList<>();
    for (Action action : completed.actions()) {
      if (today.action(action.id()).isEmpty()) {
        unlocked.add(action.id());
      }
    }
    return new WhatIf(actionId, Outlook.of(today), Outlook.of(completed), unlocked);
  }

  /** How much the score of a pathway would move (after minus before). */
  public int scoreChange(Pathway pathway) {
    return after.scores().getOrDefault(pathway, 0) - before.scores().getOrDefault(pathway, 0);
  }

  /** Whether completing the action would move the candidate to another stage. */
  public boolean changesStage() {
    return before.stage() != after.stage();
  }

  /**
   * Where a candidate stands: the primary pathway, the stage and the score of each pathway.
   *
   * <p>Immutable and thread-safe.
   *
   * @param primary the primary pathway, or {@code null} for someone already a product manager
   * @param stage the stage, or {@code null} for someone already a product manager
   * @param scores each pathway's score, 0 to 100, in {@link Pathway} order
   */
  public record Outlook(Pathway primary, Stage stage, Map<Pathway, Integer> scores) {
    public Outlook {
      EnumMap<Pathway, Integer> copy = new EnumMap<>(Pathway.class);
      copy.putAll(scores);
      scores = Collections.unmodifiableMap(copy);
    }

    /** The outlook an advice gives. */
    public static Outlook of(Advice advice) {
      Map<Pathway, Integer> scores = new EnumMap<>(Pathway.class);
      for (PathwayScore score : advice.pathways()) {
        scores.put(score.pathway(), score.score());
      }
      return new Outlook(advice.primaryPathway(), advice.stage(), scores);
    }
  }
}
