package org.pmpathways.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ResourceBundle;
import org.pmpathways.AdvisorException;

/**
 * The texts of actions, reasons, evidence and warnings, from {@code .properties} bundles. Placeholders
 * are {@code {0}}, {@code {1}}, ... and are replaced as they are, with no number or date formatting, so
 * the same facts always give the same text. Each text is parsed once, on first use.
 *
 * <p>The bundles are read here through the class loader rather than with {@code ResourceBundle.getBundle},
 * which refuses a {@code ResourceBundle.Control} when called from a named module (this library on the
 * module path). The look-up is the same: for {@code fr_CA}, {@code messages_fr_CA.properties}, then
 * {@code messages_fr.properties}, then {@code messages.properties}, never the JVM's default locale; the
 * files are read as UTF-8, or ISO-8859-1 when they are not valid UTF-8. On the module path a host's
 * bundle must be in a package its module opens.
 *
 * <p>Thread-safe.
 */
final class Messages {
  /** One base name's files, most specific locale first. */
  private record Bundle(String baseName, List<ResourceBundle> chain) {}

  private final List<Bundle> bundles;
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  private Messages(List<Bundle> bundles) {
    this.bundles = bundles;
  }

  /**
   * Loads bundles for a locale; a key is looked up in them in order. The JVM's default locale is
   * never consulted, so advice does not change with the machine it runs on.
   */
  static Messages load(List<String> baseNames, Locale locale, ClassLoader loader) {
    ResourceBundle.Control names =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    List<Bundle> bundles = new ArrayList<>();
    for (String baseName : baseNames) {
      List<ResourceBundle> chain = new ArrayList<>();
      for (Locale candidate : names.getCandidateLocales(baseName, locale)) {
        String resource = names.toResourceName(names.toBundleName(baseName, candidate), "properties");
        try (InputStream in = loader.getResourceAsStream(resource)) {
          if (in != null) {
            chain.add(new PropertyResourceBundle(in));
          }
        } catch (IOException | IllegalArgumentException e) {
          throw new AdvisorException("cannot read message bundle '" + resource + "': " + e, e);
        }
      }
      if (chain.isEmpty()) {
        throw new AdvisorException("message bundle '" + baseName + "' not found on the classpath (no "
            + names.toResourceName(baseName, "properties") + ")");
      }
      bundles.add(new Bundle(baseName, List.copyOf(chain)));
    }
    return new Messages(List.copyOf(bundles));
  }

  /** Whether a bundle has a text for the key. */
  boolean has(String key) {
    return templates.containsKey(key)
        || bundles.stream().anyMatch(b -> b.chain().stream().anyMatch(file -> file.containsKey(key)));
  }

  String text(String key, List<String> args) {
    return templates.computeIfAbsent(key, this::template).fill(args);
  }

  private Template template(String key) {
    for (Bundle bundle : bundles) {
      for (ResourceBundle file : bundle.chain()) {
        if (file.containsKey(key)) {
          return Template.parse(file.getString(key));
        }
      }
    }
    throw new AdvisorException("no text for message key '" + key + "' in the bundles "
        + bundles.stream().map(Bundle::baseName).toList());
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
