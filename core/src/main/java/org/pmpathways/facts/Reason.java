package org.pmpathways.facts;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Turns rule arguments into the text arguments of a message; a collection becomes "a, b, c". */
final class Reason {
  private Reason() {}

  static List<String> args(Object... args) {
    return Arrays.stream(args).map(Reason::text).toList();
  }

  private static String text(Object arg) {
    if (arg instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return String.valueOf(arg);
  }
}
