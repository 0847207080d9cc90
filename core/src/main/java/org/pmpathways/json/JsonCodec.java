package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.List;
import org.pmpathways.InvalidProfileException;

/**
 * The one place the library's JSON is configured: a jackson-core factory with limits on what it
 * reads, the escaping and layout of what it writes, and the translation of Jackson's read errors
 * into {@link InvalidProfileException}s with line and column.
 *
 * <p>Thread-safe: the factory is configured once and only creates parsers and generators.
 */
final class JsonCodec {
  /** Deeper than any document of the contract; hostile nesting fails fast. */
  static final int MAX_DEPTH = 32;

  static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .characterEscapes(new Escapes())
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxDocumentLength(ProfileJson.MAX_DOCUMENT_BYTES)
          .maxStringLength(ProfileJson.MAX_DOCUMENT_CHARS)
          .maxNumberLength(100)
          .build())
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .build();

  /** Two spaces a level, {@code "field": value}, one value a line, {@code []} when empty. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private JsonCodec() {}

  /** Something that reads one JSON value from a parser standing on its first token. */
  interface Reading<T> {
    T from(JsonParser p) throws IOException;
  }

  /**
   * A whole document: one value and nothing after it, with Jackson's read errors said in the
   * library's words.
   */
  static <T> T document(JsonParser p, Reading<T> reading) throws IOException {
    try {
      if (p.nextToken() == null) {
        throw new InvalidProfileException("", "is empty: expected a JSON object", List.of(), 1, 1);
      }
      T value = reading.from(p);
      if (p.nextToken() != null) {
        throw at(p, "", "has unexpected content after the JSON value", List.of());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw readError(e);
    } catch (CharConversionException e) {
      throw new InvalidProfileException("", "is not valid UTF-8: " + e.getMessage(), List.of(), -1, -1);
    }
  }

  /**
   * Refuses bytes that jackson-core would take for UTF-16 or UTF-32 (a byte-order mark, or a zero byte
   * among the first four): the contract's JSON is UTF-8.
   */
  static void requireUtf8(byte[] start, int length) {
    boolean bom = length >= 2 && ((start[0] & 0xff) == 0xfe && (start[1] & 0xff) == 0xff
        || (start[0] & 0xff) == 0xff && (start[1] & 0xff) == 0xfe);
    boolean zero = false;
    for (int i = 0; i < Math.min(4, length); i++) {
      zero |= start[i] == 0;
    }
    if (bom || zero) {
      throw new InvalidProfileException("", "is not valid UTF-8 (UTF-16 and UTF-32 are not read)", List.of(), 1, 1);
    }
  }

  /** The next value of a parser the caller owns, which is left on the value's last token. */
  static <T> T value(JsonParser p, Reading<T> reading) throws IOException {
    try {
      if (!p.hasCurrentToken() || p.currentToken() == JsonToken.FIELD_NAME) {
        new StrictReader(p).next();
      }
      return reading.from(p);
    } catch (JsonProcessingException e) {
      throw readError(e);
    }
  }

  /** Something that writes one JSON value to a generator. */
  interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  /**
   * A JSON text as a string, indented or on one line. It is written as UTF-8 and decoded once: the
   * byte generator is the faster of jackson-core's two, and the text is the same.
   */
  static String write(boolean pretty, int sizeHint, Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
    try (JsonGenerator g = generator(out, pretty)) {
      writing.to(g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
    return layout(FACTORY.createGenerator(out, JsonEncoding.UTF8), pretty);
  }

  private static JsonGenerator layout(JsonGenerator g, boolean pretty) {
    if (pretty) {
      g.setPrettyPrinter((PrettyPrinter) PRETTY.createInstance());
    }
    return g;
  }

  /** Where the parser's current token starts. */
  static InvalidProfileException at(JsonParser p, String field, String problem, List<String> allowed) {
    JsonLocation where = p.currentTokenLocation();
    return new InvalidProfileException(field, problem, allowed, where.getLineNr(), where.getColumnNr());
  }

  /**
   * A read error of Jackson's, said in the library's words for the document as a whole, at the
   * position Jackson gives.
   */
  static InvalidProfileException readError(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    int line = where == null ? -1 : where.getLineNr();
    int column = where == null ? -1 : where.getColumnNr();
    return new InvalidProfileException("", problem(e), List.of(), line, column);
  }

  private static String problem(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (e instanceof JsonEOFException) {
      return "is not valid JSON: the document ends too early";
    }
    if (e instanceof StreamConstraintsException) {
      if (original.startsWith("Document nesting depth")) {
        return "nests deeper than " + MAX_DEPTH + " levels";
      }
      if (original.startsWith("Document length")) {
        return "is larger than " + ProfileJson.MAX_DOCUMENT_BYTES + " bytes";
      }
      return "is beyond a limit of the reader: " + firstLine(original);
    }
    if (original.startsWith("Invalid UTF-8")) {
      return "is not valid UTF-8";
    }
    if (original.contains("CTRL-CHAR")) {
      return "is not valid JSON: a control character in a string must be escaped";
    }
    return "is not valid JSON: " + firstLine(original);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /**
   * JSON's own escapes, plus DEL, the line and paragraph separators (which break JavaScript string
   * literals) and surrogates, which are written as escapes like the UTF-8 writer does, so text and
   * byte output say the same.
   */
  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    Escapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029 || (ch >= 0xd800 && ch <= 0xdfff)) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
