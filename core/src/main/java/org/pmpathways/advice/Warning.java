package org.pmpathways.advice;

import java.util.Objects;

/**
 * Something the candidate should hear plainly.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier, such as {@code CERTIFICATIONS_ARE_NOT_PROOF}
 * @param message the text for the candidate
 */
public record Warning(String id, String message) {
  public Warning {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }
}
