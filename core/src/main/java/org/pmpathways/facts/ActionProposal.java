package org.pmpathways.facts;

import java.util.List;
import java.util.Objects;

/**
 * A rule's proposal of a next step, with one reason. Proposals with the same id become one action
 * whose reasons are all of theirs; where the action goes in the plan is the action catalogue's and the
 * plan order's business, not the rule's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the action's stable id, a row of the action catalogue (or a host's own id)
 * @param reason the message key of the reason, under {@code reason.} in the bundle
 * @param args the message arguments
 */
public record ActionProposal(String id, String reason, List<Object> args) {
  public ActionProposal {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    args = List.copyOf(args);
  }

  public ActionProposal(String id, String reason, Object... args) {
    this(id, reason, Reason.args(args));
  }
}
