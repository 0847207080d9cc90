package org.pmpathways.facts;

import java.util.List;
import java.util.Objects;

/**
 * A warning the rules raised; its text is {@code warning.ID} in the bundle.
 *
 * <p>Immutable and thread-safe.
 */
public record WarningRaised(String id, List<String> args) {
  public WarningRaised {
    Objects.requireNonNull(id, "id must not be null");
    args = List.copyOf(args);
  }

  public WarningRaised(String id, Object... args) {
    this(id, Reason.args(args));
  }
}
