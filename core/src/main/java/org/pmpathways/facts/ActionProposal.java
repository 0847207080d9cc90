package org.pmpathways.facts;

import java.util.List;
import java.util.Objects;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.Pathway;

/**
 * A rule's proposal of a next step, with one reason. Proposals with the same id become one action
 * whose reasons are all of theirs. Actions are ordered by their pathway's score plus their weight,
 * highest first (an action with no pathway counts the primary pathway's score).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the action's stable id; its title and detail are {@code action.ID.title} and
 *     {@code action.ID.detail} in the bundle
 * @param pathway the pathway it serves, or {@code null} for any pathway
 * @param competency the competency it builds or shows, or {@code null}
 * @param weight how much it matters within its pathway, 0 to 100
 * @param reason the message key of the reason, under {@code reason.} in the bundle
 * @param args the message arguments
 */
public record ActionProposal(String id, Pathway pathway, Competency competency, int weight, String reason,
    List<String> args) {
  public ActionProposal {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    args = List.copyOf(args);
  }

  public ActionProposal(String id, Pathway pathway, Competency competency, int weight, String reason,
      Object... args) {
    this(id, pathway, competency, weight, reason, Reason.args(args));
  }
}
