package org.pmpathways;

/**
 * The advisor could not produce advice for a valid profile, or could not be built: a rule failed,
 * the rules did not compile, or the rule resources are missing. The cause, when there is one, is
 * the engine's own exception.
 *
 * <p>Immutable and thread-safe.
 */
public class AdvisorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AdvisorException(String message) {
    super(message);
  }

  public AdvisorException(String message, Throwable cause) {
    super(message, cause);
  }
}
