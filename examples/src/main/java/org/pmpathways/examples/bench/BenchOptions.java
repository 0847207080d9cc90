package org.pmpathways.examples.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of a benchmark command, given as {@code --name value} pairs: an unknown name, a name
 * without its value or a number that is not one is refused with a message that names the option.
 * Immutable once parsed; thread-safe.
 */
final class BenchOptions {
  private final Map<String, String> values;

  private BenchOptions(Map<String, String> values) {
    this.values = values;
  }

  /**
   * @param usage the options as the refusal of an unknown one lists them ("--rounds N, --warmup SECONDS")
   * @param names the options the command knows, with their dashes
   */
  static BenchOptions parse(String[] args, String usage, String... names) {
    Set<String> known = Set.of(names);
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!known.contains(args[i])) {
        throw new IllegalArgumentException("unknown option " + args[i] + "; the options are " + usage);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      values.put(args[i], args[i + 1]);
    }
    return new BenchOptions(values);
  }

  /** The option's value, or {@code fallback} when it was not given. */
  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** The option's whole number, or {@code fallback} when it was not given. */
  int whole(String name, int fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number, not '" + value + "'");
    }
  }
}
