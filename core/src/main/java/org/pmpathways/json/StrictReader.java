package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.profile.ProfileLimits;

/**
 * Reads values of a known shape from a parser, refusing anything else: each method expects the
 * parser on the value's first token and leaves it on the value's last. Errors name the value's JSON
 * path and where it starts.
 *
 * <p>The reader keeps track of where it is (the fields and array elements it is inside), and spells
 * that path as a string only when an error needs it, so that reading valid input builds no strings
 * but the values it returns.
 *
 * <p>Not thread-safe: one per parser.
 */
final class StrictReader {
  /** Precision of a double: whole numbers up to this size convert exactly. */
  private static final long EXACT_IN_DOUBLE = 1L << 53;

  private final JsonParser p;
  /** The path to the value being read, one step per level: a field's name, or null for an element. */
  private String[] names = new String[8];
  /** For an element's step, its index. */
  private int[] indexes = new int[8];
  /** Steps of the path in use; the document itself is the empty path. */
  private int depth;

  StrictReader(JsonParser p) {
    this.p = p;
  }

  /** What to do with one field's value; the parser stands on the value, which is not null. */
  interface FieldReader {
    void read(String name, int index) throws IOException;
  }

  /** Reads one element of an array; the parser stands on the element. */
  interface ElementReader<T> {
    T read() throws IOException;
  }

  /** Does something with one element of an array; the parser stands on the element. */
  interface ElementVisitor {
    void visit() throws IOException;
  }

  /**
   * The constants of an enum that a field takes, with the message listing them, made once: reading
   * a value then compares its characters with the names, and builds nothing.
   */
  static final class Choice<E extends Enum<E>> {
    private final E[] constants;
    private final char[][] names;
    private final List<String> allowed;

    private Choice(Class<E> type, Set<E> refused) {
      this.constants = Arrays.stream(type.getEnumConstants()).filter(c -> !refused.contains(c))
          .toArray(n -> Arrays.copyOf(type.getEnumConstants(), n));
      this.names = Arrays.stream(constants).map(c -> c.name().toCharArray()).toArray(char[][]::new);
      this.allowed = Arrays.stream(constants).map(Enum::name).toList();
    }

    /** Every constant of {@code type}. */
    static <E extends Enum<E>> Choice<E> of(Class<E> type) {
      return new Choice<>(type, Set.of());
    }

    /** The constants of {@code type} but {@code refused}. */
    static <E extends Enum<E>> Choice<E> without(Class<E> type, Set<E> refused) {
      return new Choice<>(type, refused);
    }

    /** The constant named by these characters, or null. */
    E find(char[] text, int offset, int length) {
      for (int i = 0; i < names.length; i++) {
        char[] name = names[i];
        if (name.length == length && Arrays.equals(name, 0, length, text, offset, offset + length)) {
          return constants[i];
        }
      }
      return null;
    }
  }

  JsonToken next() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new JsonEOFException(p, null, "the document ends too early");
    }
    return t;
  }

  /** The line and column where the current value starts, as {@code line << 32 | column}. */
  long position() {
    JsonLocation where = p.currentTokenLocation();
    return (long) where.getLineNr() << 32 | (where.getColumnNr() & 0xffffffffL);
  }

  static int line(long position) {
    return (int) (position >> 32);
  }

  static int column(long position) {
    return (int) position;
  }

  /** The JSON path of the value being read, as errors name it: {@code sideProjects[0].kind}. */
  String path() {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (names[i] == null) {
        path.append('[').append(indexes[i]).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(names[i]);
      }
    }
    return path.toString();
  }

  /** The path of a field of the value being read. */
  String path(String field) {
    String path = path();
    return path.isEmpty() ? field : path + "." + field;
  }

  private void push(String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth] = index;
    depth++;
  }

  private void pop() {
    names[--depth] = null;
  }

  /**
   * Reads an object whose fields must be among {@code known}, each at most once; null values are
   * skipped as absent. While {@code reader} reads a field, the path is that field's.
   */
  void fields(List<String> known, FieldReader reader) throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    long seen = 0;
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int index = known.indexOf(name);
      push(name, -1);
      if (index < 0) {
        throw error("is not a known field; known fields here: " + known.stream().sorted().toList());
      }
      if ((seen & (1L << index)) != 0) {
        throw error("appears twice in the same object");
      }
      seen |= 1L << index;
      if (next() != JsonToken.VALUE_NULL) {
        reader.read(name, index);
      }
      pop();
    }
  }

  /** Reads an array of at most {@link ProfileLimits#MAX_LIST_SIZE} elements, or of any length when unbounded. */
  <T> List<T> array(boolean bounded, ElementReader<T> element) throws IOException {
    List<T> out = new ArrayList<>();
    elements(bounded, () -> out.add(element.read()));
    return out;
  }

  /**
   * Visits the elements of an array of at most {@link ProfileLimits#MAX_LIST_SIZE} elements, or of
   * any length when unbounded. While {@code element} runs, the path is the element's.
   */
  void elements(boolean bounded, ElementVisitor element) throws IOException {
    expect(JsonToken.START_ARRAY, "an array");
    int count = 0;
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      if (bounded && count >= ProfileLimits.MAX_LIST_SIZE) {
        throw error("must have at most " + ProfileLimits.MAX_LIST_SIZE + " entries, had more");
      }
      push(null, count);
      element.visit();
      pop();
      count++;
    }
  }

  List<String> strings(boolean bounded) throws IOException {
    return array(bounded, this::text);
  }

  /** A string of any length. */
  String text() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return p.getText();
  }

  /** A string of at most {@link ProfileLimits#MAX_TEXT_LENGTH} characters. */
  String shortText() throws IOException {
    String s = text();
    if (s.length() > ProfileLimits.MAX_TEXT_LENGTH) {
      throw error("must be at most " + ProfileLimits.MAX_TEXT_LENGTH + " characters, was " + s.length());
    }
    return s;
  }

  boolean bool() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw wrongType("true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** A whole number in a range; {@code 4.0} and {@code 4e0} are whole, {@code 4.5} is not. */
  long wholeNumber(long min, long max) throws IOException {
    JsonToken t = p.currentToken();
    if (!t.isNumeric()) {
      throw wrongType("a whole number");
    }
    if (t == JsonToken.VALUE_NUMBER_INT && fitsLong()) {
      long value = p.getLongValue();
      if (value < min || value > max) {
        throw error(outOfRange(min, max));
      }
      return value;
    }
    // Fractions, exponents and integers beyond a long: read exactly from the literal.
    BigDecimal whole;
    try {
      whole = new BigDecimal(p.getText()).stripTrailingZeros();
    } catch (NumberFormatException | ArithmeticException e) {
      throw error(outOfRange(min, max)); // an exponent beyond what can be represented
    }
    if (whole.scale() > 0) {
      throw error("must be a whole number, was " + p.getText());
    }
    if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw error(outOfRange(min, max));
    }
    return whole.longValueExact();
  }

  /** A number in a range. */
  double number(double min, double max) throws IOException {
    JsonToken t = p.currentToken();
    if (!t.isNumeric()) {
      throw wrongType("a number");
    }
    if (t == JsonToken.VALUE_NUMBER_INT && fitsLong()) {
      long value = p.getLongValue();
      if (value >= -EXACT_IN_DOUBLE && value <= EXACT_IN_DOUBLE) {
        double exact = value;
        if (exact < min || exact > max) {
          throw error(outOfRange((long) min, (long) max));
        }
        return exact;
      }
    }
    BigDecimal value;
    try {
      value = new BigDecimal(p.getText());
    } catch (NumberFormatException e) {
      throw error(outOfRange((long) min, (long) max));
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw error(outOfRange((long) min, (long) max));
    }
    return value.doubleValue();
  }

  /** Whether the current integer token fits a long (Jackson has already told its size from the literal). */
  private boolean fitsLong() throws IOException {
    JsonParser.NumberType type = p.getNumberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
  }

  private String outOfRange(long min, long max) throws IOException {
    return "must be between " + min + " and " + max + ", was " + p.getText();
  }

  /** One of the constants a field takes. */
  <E extends Enum<E>> E enumValue(Choice<E> choice) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonCodec.at(p, path(), "must be one of " + choice.allowed + ", was " + describe(p.currentToken()),
          choice.allowed);
    }
    E constant = choice.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (constant == null) {
      throw JsonCodec.at(p, path(), "must be one of " + choice.allowed + ", was \"" + printable(p.getText()) + "\"",
          choice.allowed);
    }
    return constant;
  }

  void expect(JsonToken token, String description) {
    if (p.currentToken() != token) {
      throw wrongType(description);
    }
  }

  /** A problem with the value being read, at its path and position. */
  InvalidProfileException error(String problem) {
    return JsonCodec.at(p, path(), problem, List.of());
  }

  /** A problem with a field of the value being read (a required field missing, say), at the parser's position. */
  InvalidProfileException errorIn(String field, String problem) {
    return JsonCodec.at(p, path(field), problem, List.of());
  }

  private InvalidProfileException wrongType(String expected) {
    return error("must be " + expected + ", was " + describe(p.currentToken()));
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  /** A value quoted back in an error, shortened and with control characters shown as escapes. */
  static String printable(String s) {
    String shortened = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    StringBuilder sb = new StringBuilder();
    shortened.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
        sb.append(String.format("\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
