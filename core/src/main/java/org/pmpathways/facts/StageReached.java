package org.pmpathways.facts;

import java.util.List;
import java.util.Objects;
import org.pmpathways.advice.Stage;

/**
 * A rule's finding that the candidate has reached a stage, with the reason. The candidate's stage is
 * the furthest one found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage
 * @param reason the message key of the reason, under {@code reason.} in the bundle
 * @param args the message arguments
 */
public record StageReached(Stage stage, String reason, List<Object> args) {
  public StageReached {
    Objects.requireNonNull(stage, "stage must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    args = List.copyOf(args);
  }

  public StageReached(Stage stage, String reason, Object... args) {
    this(stage, reason, Reason.args(args));
  }
}
