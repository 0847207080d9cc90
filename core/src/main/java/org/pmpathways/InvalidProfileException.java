package org.pmpathways;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A profile was refused. The whole profile is refused: no advice is ever produced from part of it.
 *
 * <p>{@link #field()} names the offending field by its JSON path ({@code "yearsExperience"},
 * {@code "sideProjects[1].kind"}, or {@code ""} for the document as a whole); for an enum field
 * {@link #allowedValues()} lists what it accepts; for JSON input {@link #line()} and {@link #column()}
 * say where the problem was found.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidProfileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;
  private final List<String> allowedValues;
  private final int line;
  private final int column;

  /** A field whose value is wrong. */
  public InvalidProfileException(String field, String problem) {
    this(field, problem, List.of(), -1, -1);
  }

  /** An enum field whose value is wrong, with the values it accepts. */
  public InvalidProfileException(String field, String problem, List<String> allowedValues) {
    this(field, problem, allowedValues, -1, -1);
  }

  /**
   * A problem found in a JSON document at a position.
   *
   * @param line 1-based line, or -1 when unknown
   * @param column 1-based column, or -1 when unknown
   */
  public InvalidProfileException(String field, String problem, List<String> allowedValues, int line, int column) {
    super(message(field, problem, line, column));
    this.field = Objects.requireNonNull(field, "field must not be null");
    this.problem = Objects.requireNonNull(problem, "problem must not be null");
    this.allowedValues = List.copyOf(allowedValues);
    this.line = line;
    this.column = column;
  }

  /** An error for a required enum field that is absent. */
  public static InvalidProfileException missing(String field, Class<? extends Enum<?>> type) {
    List<String> allowed = namesOf(type);
    return new InvalidProfileException(field, "is required; allowed values: " + allowed, allowed);
  }

  /** The names of an enum's constants, in declaration order. */
  public static List<String> namesOf(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  /** The JSON path of the offending field; {@code ""} for the document as a whole. */
  public String field() {
    return field;
  }

  /** What is wrong with the field, without the field name. */
  public String problem() {
    return problem;
  }

  /** For an enum field, the values it accepts; otherwise empty. */
  public List<String> allowedValues() {
    return allowedValues;
  }

  /** The 1-based line in the JSON input, or -1. */
  public int line() {
    return line;
  }

  /** The 1-based column in the JSON input, or -1. */
  public int column() {
    return column;
  }

  /** The same error for a field nested under {@code parent} (a JSON path such as {@code sideProjects[0]}). */
  public InvalidProfileException under(String parent) {
    String path = field.isEmpty() ? parent : parent + "." + field;
    return new InvalidProfileException(path, problem, allowedValues, line, column);
  }

  /** The same error located at a position in a JSON document. */
  public InvalidProfileException at(int line, int column) {
    return new InvalidProfileException(field, problem, allowedValues, line, column);
  }

  private static String message(String field, String problem, int line, int column) {
    String where = line <= 0 ? "" : column > 0 ? " (line " + line + ", column " + column + ")" : " (line " + line + ")";
    String subject = field == null || field.isEmpty() ? "profile" : field;
    return subject + ": " + problem + where;
  }
}
