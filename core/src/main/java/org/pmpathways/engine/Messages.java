package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.pmpathways.AdvisorException;

/**
 * The texts of actions, reasons, evidence and warnings, from a resource bundle. Placeholders are
 * {@code {0}}, {@code {1}}, ... and are replaced as they are, with no number or date formatting, so
 * the same facts always give the same text. Each text is parsed once, on first use.
 *
 * <p>Thread-safe.
 */
final class Messages {
  private final List<ResourceBundle> bundles;
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  private Messages(List<ResourceBundle> bundles) {
    this.bundles = bundles;
  }

  /**
   * Loads bundles for a locale; a key is looked up in them in order. The JVM's default locale is
   * never consulted, so advice does not change with the machine it runs on.
   */
  static Messages load(List<String> baseNames, Locale locale, ClassLoader loader) {
    List<ResourceBundle> bundles = new ArrayList<>();
    for (String baseName : baseNames) {
      try {
        bundles.add(ResourceBundle.getBundle(baseName, locale, loader,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
      } catch (MissingResourceException e) {
        throw new AdvisorException("message bundle '" + baseName + "' not found on the classpath", e);
      }
    }
    return new Messages(List.copyOf(bundles));
  }

  /** Whether a bundle has a text for the key. */
  boolean has(String key) {
    return templates.containsKey(key) || bundles.stream().anyMatch(b -> b.containsKey(key));
  }

  String text(String key, List<String> args) {
    return templates.computeIfAbsent(key, this::template).fill(args);
  }

  private Template template(String key) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return Template.parse(bundle.getString(key));
      }
    }
    throw new AdvisorException("no text for message key '" + key + "' in the bundles "
        + bundles.stream().map(ResourceBundle::getBaseBundleName).toList());
  }

  /** A text split once into literal parts and argument places. */
  private record Template(String[] literals, int[] args) {
    static Template parse(String pattern) {
      List<String> literals = new ArrayList<>();
      List<Integer> args = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      int i = 0;
      while (i < pattern.length()) {
        char ch = pattern.charAt(i);
        int close = ch == '{' ? pattern.indexOf('}', i) : -1;
        if (close > i + 1 && isIndex(pattern, i + 1, close)) {
          literals.add(literal.toString());
          literal.setLength(0);
          args.add(Integer.parseInt(pattern, i + 1, close, 10));
          i = close + 1;
        } else {
          literal.append(ch);
          i++;
        }
      }
      literals.add(literal.toString());
      return new Template(literals.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray());
    }

    String fill(List<String> values) {
      if (args.length == 0) {
        return literals[0];
      }
      StringBuilder sb = new StringBuilder(literals[0].length() + 64);
      for (int i = 0; i < args.length; i++) {
        sb.append(literals[i]);
        int index = args[i];
        sb.append(index < values.size() ? values.get(index) : "{" + index + "}");
      }
      return sb.append(literals[args.length]).toString();
    }
  }

  private static boolean isIndex(String s, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
