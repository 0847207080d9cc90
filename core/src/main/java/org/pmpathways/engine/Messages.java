package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.pmpathways.AdvisorException;

/**
 * The texts of actions, reasons, evidence and warnings, from a resource bundle. Placeholders are
 * {@code {0}}, {@code {1}}, ... and are replaced as they are, with no number or date formatting, so
 * the same facts always give the same text.
 *
 * <p>Immutable and thread-safe.
 */
final class Messages {
  private final List<ResourceBundle> bundles;

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

  String text(String key, List<String> args) {
    String pattern = null;
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        pattern = bundle.getString(key);
        break;
      }
    }
    if (pattern == null) {
      throw new AdvisorException("no text for message key '" + key + "' in the bundles "
          + bundles.stream().map(ResourceBundle::getBaseBundleName).toList());
    }
    if (args.isEmpty() || pattern.indexOf('{') < 0) {
      return pattern;
    }
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char ch = pattern.charAt(i);
      int close = ch == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern, i + 1, close, 10);
        sb.append(index < args.size() ? args.get(index) : pattern.substring(i, close + 1));
        i = close + 1;
      } else {
        sb.append(ch);
        i++;
      }
    }
    return sb.toString();
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
