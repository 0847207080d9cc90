package org.pmpathways.profile;

import java.util.Objects;
import java.util.Optional;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.internal.ActionIds;

/**
 * An action of an earlier plan that the candidate has done, with what shows it if the host has it
 * (a link, a note). The next plan builds on it: it is never proposed again, and what completing it
 * stands for (a product shipped, PM work done, people met) counts as the candidate's own facts. See
 * {@code docs/action-catalogue.md} for what each action counts as.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the action's id, as the advice gave it (upper case letters, digits and underscores)
 * @param evidence what shows it was done, or {@code null}
 */
public record CompletedAction(String id, String evidence) {
  public CompletedAction {
    Objects.requireNonNull(id, "id must not be null");
  }

  /** A completed action without evidence. */
  public static CompletedAction of(String id) {
    return new CompletedAction(id, null);
  }

  /** What shows the action was done, if the host gave it. */
  public Optional<String> evidenceGiven() {
    return Optional.ofNullable(evidence);
  }

  void check(String field) {
    if (!ActionIds.isActionId(id)) {
      throw new InvalidProfileException(field + ".id", "must be an action id as the advice gives it ("
          + ActionIds.FORM + ")");
    }
    if (evidence != null) {
      ProfileLimits.checkText(field + ".evidence", evidence);
    }
  }
}
