package org.pmpathways.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmpathways.InvalidProfileException;

/**
 * A strict RFC 8259 JSON parser that records where every value starts. It refuses duplicate keys,
 * trailing content and nesting deeper than {@link #MAX_DEPTH}, so hostile input fails cleanly.
 * Errors are {@link InvalidProfileException}s for the document as a whole, with line and column.
 */
final class JsonParser {
  static final int MAX_DEPTH = 32;

  private final String in;
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsonParser(String in) {
    this.in = in;
  }

  static JsonNode parse(String text) {
    JsonParser p = new JsonParser(text);
    p.skipWhitespace();
    if (p.pos >= p.in.length()) {
      throw p.error("is empty: expected a JSON object");
    }
    JsonNode node = p.value(0);
    p.skipWhitespace();
    if (p.pos < p.in.length()) {
      throw p.error("has unexpected content after the JSON value: " + p.describeHere());
    }
    return node;
  }

  private JsonNode value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nests deeper than " + MAX_DEPTH + " levels");
    }
    int l = line;
    int c = column();
    char ch = in.charAt(pos);
    switch (ch) {
      case '{':
        return new JsonNode(JsonNode.Type.OBJECT, object(depth), l, c);
      case '[':
        return new JsonNode(JsonNode.Type.ARRAY, array(depth), l, c);
      case '"':
        return new JsonNode(JsonNode.Type.STRING, string(), l, c);
      case 't':
        literal("true");
        return new JsonNode(JsonNode.Type.BOOLEAN, Boolean.TRUE, l, c);
      case 'f':
        literal("false");
        return new JsonNode(JsonNode.Type.BOOLEAN, Boolean.FALSE, l, c);
      case 'n':
        literal("null");
        return new JsonNode(JsonNode.Type.NULL, null, l, c);
      default:
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
          return new JsonNode(JsonNode.Type.NUMBER, number(), l, c);
        }
        throw error("is not valid JSON: unexpected " + describeHere());
    }
  }

  private Map<String, JsonNode> object(int depth) {
    pos++; // {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return fields;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("is not valid JSON: expected a field name in double quotes, found " + describeHere());
      }
      int keyLine = line;
      int keyColumn = column();
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      requireMore();
      JsonNode v = value(depth + 1);
      if (fields.putIfAbsent(key, v) != null) {
        throw new InvalidProfileException(key, "appears twice in the same object", List.of(), keyLine, keyColumn);
      }
      skipWhitespace();
      char ch = peek();
      if (ch == ',') {
        pos++;
      } else if (ch == '}') {
        pos++;
        return fields;
      } else {
        throw error("is not valid JSON: expected ',' or '}' after a field, found " + describeHere());
      }
    }
  }

  private List<JsonNode> array(int depth) {
    pos++; // [
    List<JsonNode> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return elements;
    }
    while (true) {
      skipWhitespace();
      requireMore();
      elements.add(value(depth + 1));
      skipWhitespace();
      char ch = peek();
      if (ch == ',') {
        pos++;
      } else if (ch == ']') {
        pos++;
        return elements;
      } else {
        throw error("is not valid JSON: expected ',' or ']' in an array, found " + describeHere());
      }
    }
  }

  private String string() {
    pos++; // opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= in.length()) {
        throw error("is not valid JSON: a string is not closed");
      }
      char ch = in.charAt(pos++);
      if (ch == '"') {
        return sb.toString();
      }
      if (ch == '\\') {
        if (pos >= in.length()) {
          throw error("is not valid JSON: a string is not closed");
        }
        char esc = in.charAt(pos++);
        switch (esc) {
          case '"' -> sb.append('"');
          case '\\' -> sb.append('\\');
          case '/' -> sb.append('/');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> sb.append(unicodeEscape());
          default -> {
            pos--;
            throw error("is not valid JSON: unknown escape '\\" + esc + "' in a string");
          }
        }
      } else if (ch < 0x20) {
        pos--;
        throw error("is not valid JSON: a control character (U+" + String.format("%04X", (int) ch)
            + ") must be escaped in a string");
      } else {
        sb.append(ch);
      }
    }
  }

  private char unicodeEscape() {
    if (pos + 4 > in.length()) {
      throw error("is not valid JSON: a \\u escape needs four hex digits");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(in.charAt(pos), 16);
      if (d < 0) {
        throw error("is not valid JSON: a \\u escape needs four hex digits");
      }
      v = v * 16 + d;
      pos++;
    }
    return (char) v;
  }

  private String number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        pos++;
      }
    } else {
      throw error("is not valid JSON: a number needs digits");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("is not valid JSON: a number needs digits after the decimal point");
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("is not valid JSON: a number needs digits in its exponent");
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (pos - start > 40) {
      throw error("is not valid here: a number literal longer than 40 characters");
    }
    return in.substring(start, pos);
  }

  private void literal(String word) {
    if (!in.startsWith(word, pos)) {
      throw error("is not valid JSON: unexpected " + describeHere());
    }
    pos += word.length();
  }

  private void expect(char ch) {
    if (peek() != ch) {
      throw error("is not valid JSON: expected '" + ch + "', found " + describeHere());
    }
    pos++;
  }

  private void requireMore() {
    if (pos >= in.length()) {
      throw error("is not valid JSON: the document ends too early");
    }
  }

  private void skipWhitespace() {
    while (pos < in.length()) {
      char ch = in.charAt(pos);
      if (ch == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (ch != ' ' && ch != '\t' && ch != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < in.length() ? in.charAt(pos) : '\0';
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private String describeHere() {
    if (pos >= in.length()) {
      return "end of input";
    }
    int cp = in.codePointAt(pos);
    if (cp < 0x20 || cp == 0x7f) {
      return String.format("character U+%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  private InvalidProfileException error(String problem) {
    return new InvalidProfileException("", problem, List.of(), line, column());
  }
}
