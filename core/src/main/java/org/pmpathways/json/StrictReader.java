package org.pmpathways.json;

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
 * <p>Not thread-safe: one per parser.
 */
final class StrictReader {
  private final JsonParser p;

  StrictReader(JsonParser p) {
    this.p = p;
  }

  /** What to do with one field's value; the parser stands on the value, which is not null. */
  interface FieldReader {
    void read(String name, int index, String path) throws IOException;
  }

  /** Reads one element of an array; the parser stands on the element. */
  interface ElementReader<T> {
    T read(String path) throws IOException;
  }

  JsonToken next() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new JsonEOFException(p, null, "the document ends too early");
    }
    return t;
  }

  /** The line and column where the current value starts. */
  int[] position() {
    return new int[] {p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr()};
  }

  /**
   * Reads an object whose fields must be among {@code known}, each at most once; null values are
   * skipped as absent.
   */
  void fields(String path, List<String> known, FieldReader reader) throws IOException {
    expect(JsonToken.START_OBJECT, path, "an object");
    long seen = 0;
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String field = path.isEmpty() ? name : path + "." + name;
      int index = known.indexOf(name);
      if (index < 0) {
        throw error(field, "is not a known field; known fields here: " + known.stream().sorted().toList());
      }
      if ((seen & (1L << index)) != 0) {
        throw error(field, "appears twice in the same object");
      }
      seen |= 1L << index;
      if (next() != JsonToken.VALUE_NULL) {
        reader.read(name, index, field);
      }
    }
  }

  /** Reads an array of at most {@link ProfileLimits#MAX_LIST_SIZE} elements, or of any length when unbounded. */
  <T> List<T> array(String path, boolean bounded, ElementReader<T> element) throws IOException {
    expect(JsonToken.START_ARRAY, path, "an array");
    List<T> out = new ArrayList<>();
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      if (bounded && out.size() >= ProfileLimits.MAX_LIST_SIZE) {
        throw error(path, "must have at most " + ProfileLimits.MAX_LIST_SIZE + " entries, had more");
      }
      out.add(element.read(path + "[" + out.size() + "]"));
    }
    return out;
  }

  List<String> strings(String path, boolean bounded) throws IOException {
    return array(path, bounded, this::text);
  }

  /** A string of any length. */
  String text(String path) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(path, "a string");
    }
    return p.getText();
  }

  /** A string of at most {@link ProfileLimits#MAX_TEXT_LENGTH} characters. */
  String shortText(String path) throws IOException {
    String s = text(path);
    if (s.length() > ProfileLimits.MAX_TEXT_LENGTH) {
      throw error(path, "must be at most " + ProfileLimits.MAX_TEXT_LENGTH + " characters, was " + s.length());
    }
    return s;
  }

  boolean bool(String path) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw wrongType(path, "true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** A whole number in a range; {@code 4.0} and {@code 4e0} are whole, {@code 4.5} is not. */
  long wholeNumber(String path, long min, long max) throws IOException {
    if (!p.currentToken().isNumeric()) {
      throw wrongType(path, "a whole number");
    }
    String literal = p.getText();
    String range = "must be between " + min + " and " + max + ", was " + literal;
    BigDecimal whole;
    try {
      whole = new BigDecimal(literal).stripTrailingZeros();
    } catch (NumberFormatException | ArithmeticException e) {
      throw error(path, range); // an exponent beyond what can be represented
    }
    if (whole.scale() > 0) {
      throw error(path, "must be a whole number, was " + literal);
    }
    if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw error(path, range);
    }
    return whole.longValueExact();
  }

  /** A number in a range. */
  double number(String path, double min, double max) throws IOException {
    if (!p.currentToken().isNumeric()) {
      throw wrongType(path, "a number");
    }
    String literal = p.getText();
    String range = "must be between " + (long) min + " and " + (long) max + ", was " + literal;
    BigDecimal value;
    try {
      value = new BigDecimal(literal);
    } catch (NumberFormatException e) {
      throw error(path, range);
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw error(path, range);
    }
    return value.doubleValue();
  }

  <E extends Enum<E>> E enumValue(String path, Class<E> type) throws IOException {
    return enumValue(path, type, Set.of());
  }

  /** One of an enum's constants, less some that this field does not take. */
  <E extends Enum<E>> E enumValue(String path, Class<E> type, Set<E> refused) throws IOException {
    List<String> allowed = Arrays.stream(type.getEnumConstants()).filter(c -> !refused.contains(c))
        .map(Enum::name).toList();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonCodec.at(p, path, "must be one of " + allowed + ", was " + describe(p.currentToken()), allowed);
    }
    String name = p.getText();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name) && !refused.contains(constant)) {
        return constant;
      }
    }
    throw JsonCodec.at(p, path, "must be one of " + allowed + ", was \"" + printable(name) + "\"", allowed);
  }

  void expect(JsonToken token, String path, String description) {
    if (p.currentToken() != token) {
      throw wrongType(path, description);
    }
  }

  InvalidProfileException error(String path, String problem) {
    return JsonCodec.at(p, path, problem, List.of());
  }

  private InvalidProfileException wrongType(String path, String expected) {
    return error(path, "must be " + expected + ", was " + describe(p.currentToken()));
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
