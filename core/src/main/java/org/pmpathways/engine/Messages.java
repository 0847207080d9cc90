package org.pmpathways.engine;

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
  private final ResourceBundle bundle;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * Loads a bundle for a locale. The JVM's default locale is never consulted, so advice does not
   * change with the machine it runs on.
   */
  static Messages load(String baseName, Locale locale, ClassLoader loader) {
    try {
      return new Messages(ResourceBundle.getBundle(baseName, locale, loader,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    } catch (MissingResourceException e) {
      throw new AdvisorException("message bundle '" + baseName + "' not found on the classpath", e);
    }
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  String text(String key, List<String> args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new AdvisorException("no text for message key '" + key + "' in bundle '" + bundle.getBaseBundleName()
          + "'", e);
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
