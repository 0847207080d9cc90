package org.pmpathways.facts;

import java.util.Collection;
import java.util.List;

/** Turns rule arguments into the text arguments of a message; a collection becomes "a, b, c". */
final class Reason {
  private Reason() {}

  static List<String> args(Object... args) {
    switch (args.length) {
      case 0:
        return List.of();
      case 1:
        return List.of(text(args[0]));
      default:
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
          texts[i] = text(args[i]);
        }
        return List.of(texts);
    }
  }

  private static String text(Object arg) {
    if (arg instanceof Collection<?> c) {
      StringBuilder joined = new StringBuilder();
      for (Object item : c) {
        if (joined.length() > 0) {
          joined.append(", ");
        }
        joined.append(item);
      }
      return joined.toString();
    }
    return String.valueOf(arg);
  }
}
