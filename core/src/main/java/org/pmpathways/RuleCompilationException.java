package org.pmpathways;

import java.util.List;
import java.util.Objects;

/**
 * Rules did not compile. Every error is listed, with the resource and line it was found at. An
 * advisor being built is not built; an advisor whose host rules were being replaced keeps the rules
 * it had.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleCompilationException extends AdvisorException {
  private static final long serialVersionUID = 1L;

  /** Serialised with the exception (an immutable list of records). */
  private final List<RuleError> errors;

  public RuleCompilationException(List<RuleError> errors) {
    super(message(Objects.requireNonNull(errors, "errors must not be null")));
    this.errors = List.copyOf(errors);
  }

  /** Errors found when the compiler itself failed; the compiler's exception is the cause. */
  public RuleCompilationException(List<RuleError> errors, Throwable cause) {
    super(message(Objects.requireNonNull(errors, "errors must not be null")), cause);
    this.errors = List.copyOf(errors);
  }

  /** Every error the compiler reported, in its order. */
  public List<RuleError> errors() {
    return errors;
  }

  private static String message(List<RuleError> errors) {
    StringBuilder sb = new StringBuilder("the rules do not compile (" + errors.size() + " error"
        + (errors.size() == 1 ? "" : "s") + "):");
    for (RuleError e : errors) {
      sb.append("\n  ").append(e);
    }
    return sb.toString();
  }
}
