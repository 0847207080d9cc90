package org.pmpathways.facts;

import java.util.Collection;
import java.util.List;

/**
 * Turns rule arguments into the arguments of a message: numbers stay numbers (so a text can choose
 * its plural), enums and projects stay what they are (the texts name them in words), and a collection
 * becomes a list of its items.
 */
final class Reason {
  private Reason() {}

  static List<Object> args(Object... args) {
    switch (args.length) {
      case 0:
        return List.of();
      case 1:
        return List.of(value(args[0]));
      case 2:
        return List.of(value(args[0]), value(args[1])); // without an array of its own
      default:
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
          values[i] = value(args[i]);
        }
        return List.of(values);
    }
  }

  private static Object value(Object arg) {
    if (arg == null) {
      return "";
    }
    if (arg instanceof Collection<?> c) {
      return List.copyOf(c); // the same list when it is immutable already
    }
    return arg;
  }
}
