package org.pmpathways;

import java.util.Objects;

/**
 * One error found while compiling rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resource the rule source it was found in
 * @param line the 1-based line, or 0 when the compiler gave none
 * @param message the compiler's message
 */
public record RuleError(String resource, int line, String message) implements java.io.Serializable {
  public RuleError {
    Objects.requireNonNull(resource, "resource must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  @Override
  public String toString() {
    return resource + (line > 0 ? " line " + line : "") + ": " + message;
  }
}
