package org.pmpathways.facts;

import java.util.List;
import java.util.Objects;

/**
 * A warning the rules raised. Its text is {@code warning.ID} in the bundle, or
 * {@code warning.ID.VARIANT} for a warning raised for one of several reasons (a contradiction between
 * two particular fields, say). A warning raised several times is one warning whose text says each.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the warning's stable id
 * @param variant which text of the warning, or {@code null} for its only one
 * @param args the message arguments
 */
public record WarningRaised(String id, String variant, List<Object> args) {
  public WarningRaised {
    Objects.requireNonNull(id, "id must not be null");
    args = List.copyOf(args);
  }

  public WarningRaised(String id, String variant, Object... args) {
    this(id, variant, Reason.args(args));
  }

  /** The message key of its text. */
  public String key() {
    return variant == null ? "warning." + id : "warning." + id + "." + variant;
  }
}
