package org.pmpathways.json;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value with the position where it starts. Objects keep their fields in document
 * order.
 */
record JsonNode(Type type, Object value, int line, int column) {
  enum Type {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    NULL("null");

    final String description;

    Type(String description) {
      this.description = description;
    }
  }

  @SuppressWarnings("unchecked")
  Map<String, JsonNode> fields() {
    return (Map<String, JsonNode>) value;
  }

  @SuppressWarnings("unchecked")
  List<JsonNode> elements() {
    return (List<JsonNode>) value;
  }

  String text() {
    return (String) value;
  }

  /** The number's literal text, exactly as written. */
  String number() {
    return (String) value;
  }

  boolean bool() {
    return (Boolean) value;
  }
}
