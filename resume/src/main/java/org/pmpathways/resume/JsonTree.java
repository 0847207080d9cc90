package org.pmpathways.resume;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmpathways.InvalidProfileException;

/**
 * A small tree of a JSON document, read with jackson-core's streaming parser within limits, each
 * value with its line and column so that errors found later can say where.
 *
 * <p>Immutable once read; thread-safe.
 */
final class JsonTree {
  /** The largest résumé document, in bytes. */
  static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
  /** The deepest nesting of arrays and objects. */
  static final int MAX_DEPTH = 32;
  /** The longest string value, in characters. */
  static final int MAX_STRING_LENGTH = 100_000;
  /** The most entries in one array or members in one object. */
  static final int MAX_ENTRIES = 1_000;
  /** The most values in the whole document. */
  static final int MAX_VALUES = 100_000;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxNestingDepth(MAX_DEPTH + 1) // the tree's own check (value) comes first, with the path
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(40)
          .maxNameLength(1_000)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

  /** One value: an object's members in document order, an array's items, or a scalar's text. */
  record Node(Type type, Map<String, Node> members, List<Node> items, String text, int line, int column) {
    Node member(String name) {
      return members.get(name);
    }

    String typeName() {
      return switch (type) {
        case OBJECT -> "an object";
        case ARRAY -> "an array";
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "null";
      };
    }

    boolean isNull() {
      return type == Type.NULL;
    }
  }

  private int values;

  private JsonTree() {}

  /**
   * Reads a whole document.
   *
   * @throws InvalidProfileException naming the path, line and column of malformed JSON or of a limit exceeded
   */
  static Node read(byte[] json) {
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw new InvalidProfileException("", "the résumé is " + json.length + " bytes; résumés are at most "
          + MAX_DOCUMENT_BYTES + " bytes");
    }
    JsonTree tree = new JsonTree();
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new InvalidProfileException("", "the résumé is empty; expected a JSON object", List.of(), 1, 1);
      }
      Node root = tree.value(parser, "");
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new InvalidProfileException("", "unexpected content after the JSON value", List.of(),
            at.getLineNr(), at.getColumnNr());
      }
      return root;
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidProfileException(pathOf(e), "exceeds a limit: " + e.getOriginalMessage(), List.of(),
          at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidProfileException(pathOf(e), "is not valid JSON: " + firstLine(e.getOriginalMessage()),
          List.of(), at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr());
    } catch (IOException e) {
      throw new InvalidProfileException("", "could not be read: " + e.getMessage());
    }
  }

  private Node value(JsonParser p, String path) throws IOException {
    if (++values > MAX_VALUES) {
      throw error(p, path, "the résumé has more than " + MAX_VALUES + " values");
    }
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && p.getParsingContext().getNestingDepth() > MAX_DEPTH) {
      throw error(p, path, "nests objects and arrays more than " + MAX_DEPTH + " deep; a résumé needs a few levels");
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (members.size() == MAX_ENTRIES) {
            throw error(p, path, "has more than " + MAX_ENTRIES + " members");
          }
          p.nextToken();
          members.put(name, value(p, path.isEmpty() ? name : path + "." + name));
        }
        return new Node(Type.OBJECT, Collections.unmodifiableMap(members), List.of(), "", line, column);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (items.size() == MAX_ENTRIES) {
            throw error(p, path, "has more than " + MAX_ENTRIES + " entries; a résumé this long is refused rather"
                + " than read in part");
          }
          items.add(value(p, path + "[" + items.size() + "]"));
        }
        return new Node(Type.ARRAY, Map.of(), Collections.unmodifiableList(items), "", line, column);
      }
      case VALUE_STRING -> {
        return new Node(Type.STRING, Map.of(), List.of(), p.getText(), line, column);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Node(Type.NUMBER, Map.of(), List.of(), p.getText(), line, column);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node(Type.BOOLEAN, Map.of(), List.of(), p.getText(), line, column);
      }
      case VALUE_NULL -> {
        return new Node(Type.NULL, Map.of(), List.of(), "", line, column);
      }
      default -> throw error(p, path, "unexpected " + token);
    }
  }

  private static InvalidProfileException error(JsonParser p, String path, String problem) {
    JsonLocation at = p.currentTokenLocation();
    return new InvalidProfileException(path, problem, List.of(), at.getLineNr(), at.getColumnNr());
  }

  /** The path of the value the parser was in, in the importer's notation ({@code work[2].position}). */
  private static String pathOf(JsonProcessingException e) {
    Object processor = e.getProcessor();
    if (!(processor instanceof JsonParser parser)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      part = part.replace("~1", "/").replace("~0", "~");
      if (part.chars().allMatch(Character::isDigit) && parser.getParsingContext() != null && path.length() > 0) {
        path.append('[').append(part).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(part);
      }
    }
    return path.toString();
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
