package org.pmpathways.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.pmpathways.facts.Project;

/**
 * The texts of the rule set's bundle, rendered the way the advisor renders them, for the plain-Java
 * floor ({@link PlainJavaAdvisor}): each pattern parsed once; a pattern of bare placeholders filled
 * without a formatter, any other through its {@link MessageFormat}; enums, projects and lists named in
 * words by the bundle ({@code enum.Type.VALUE}, the project's name or {@code project.unnamed},
 * {@code list.separator}). The same bundles are looked up in the same order (most specific locale
 * first, never the JVM's default locale). The advisor's own renderer is internal to the library.
 *
 * <p>Thread-safe.
 */
final class FloorTexts {
  private static final Object[] NO_ARGS = new Object[0];

  private final List<ResourceBundle> chain;
  private final Locale locale;
  private final Map<String, Template> templates = new ConcurrentHashMap<>();
  private final Map<Rendered, String> renderedTexts = new ConcurrentHashMap<>();

  /** How many formatted texts are kept; past it, texts are formatted each time. */
  private static final int MAX_RENDERED = 8192;

  /** A key with its arguments in words: what a formatted text depends on. */
  private record Rendered(String key, Object[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Rendered r && key.equals(r.key) && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
      return 31 * key.hashCode() + Arrays.hashCode(values);
    }
  }

  private FloorTexts(List<ResourceBundle> chain, Locale locale) {
    this.chain = chain;
    this.locale = locale;
  }

  static FloorTexts load(String baseName, Locale locale, ClassLoader loader) {
    ResourceBundle.Control names =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    List<ResourceBundle> chain = new ArrayList<>();
    for (Locale candidate : names.getCandidateLocales(baseName, locale)) {
      String resource = names.toResourceName(names.toBundleName(baseName, candidate), "properties");
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          chain.add(new PropertyResourceBundle(in));
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + resource, e);
      }
    }
    if (chain.isEmpty()) {
      throw new IllegalStateException("message bundle " + baseName + " not found");
    }
    return new FloorTexts(List.copyOf(chain), locale);
  }

  /** The text of a key with its arguments in words. */
  String text(String key, List<?> args) {
    Template template = templates.computeIfAbsent(key, this::template);
    Object[] values = NO_ARGS;
    if (!args.isEmpty()) {
      values = new Object[args.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = words(args.get(i));
      }
    }
    if (template.format == null) {
      return template.fill(values);
    }
    // As the advisor does: a formatted text is rendered once per key and arguments, up to a bound.
    Rendered rendered = new Rendered(key, values);
    String text = renderedTexts.get(rendered);
    if (text == null) {
      text = template.fill(values);
      if (renderedTexts.size() < MAX_RENDERED) {
        renderedTexts.putIfAbsent(rendered, text);
      }
    }
    return text;
  }

  /** An argument in words. */
  Object words(Object arg) {
    if (arg instanceof Enum<?> e) {
      return text("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), List.of());
    } else if (arg instanceof Project p) {
      return p.isNamed() ? p.getName() : text("project.unnamed", List.of(p.getKind()));
    } else if (arg instanceof Collection<?> c) {
      StringBuilder joined = new StringBuilder();
      String separator = null;
      for (Object item : c) {
        if (joined.length() > 0) {
          if (separator == null) {
            separator = text("list.separator", List.of());
          }
          joined.append(separator);
        }
        joined.append(words(item));
      }
      return joined.toString();
    }
    return arg == null ? "" : arg;
  }

  private Template template(String key) {
    for (ResourceBundle file : chain) {
      if (file.containsKey(key)) {
        return Template.parse(file.getString(key), locale);
      }
    }
    throw new IllegalStateException("no text for message key '" + key + "'");
  }

  /** A pattern parsed once: literal parts and argument places, or a formatter. */
  private static final class Template {
    private final String[] literals;
    private final int[] places;
    private final MessageFormat format;

    private Template(String[] literals, int[] places, MessageFormat format) {
      this.literals = literals;
      this.places = places;
      this.format = format;
    }

    static Template parse(String pattern, Locale locale) {
      MessageFormat format = new MessageFormat(pattern, locale);
      for (Format f : format.getFormats()) {
        if (f != null) {
          return new Template(null, null, format);
        }
      }
      if (pattern.replace("''", "").indexOf('\'') >= 0) {
        return new Template(null, null, format);
      }
      List<String> literals = new ArrayList<>();
      List<Integer> places = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      int i = 0;
      while (i < pattern.length()) {
        char ch = pattern.charAt(i);
        int close = ch == '{' ? pattern.indexOf('}', i) : -1;
        if (close > i + 1 && close - i - 1 <= 2 && digits(pattern, i + 1, close)) {
          literals.add(literal.toString());
          literal.setLength(0);
          places.add(Integer.parseInt(pattern, i + 1, close, 10));
          i = close + 1;
        } else if (ch == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          literal.append('\'');
          i += 2;
        } else {
          literal.append(ch);
          i++;
        }
      }
      literals.add(literal.toString());
      return new Template(literals.toArray(String[]::new), places.stream().mapToInt(Integer::intValue).toArray(),
          null);
    }

    private static boolean digits(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        if (!Character.isDigit(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    String fill(Object[] values) {
      if (format != null) {
        synchronized (format) {
          return format.format(values);
        }
      }
      if (places.length == 0) {
        return literals[0];
      }
      StringBuilder sb = new StringBuilder(literals[0].length() + 64);
      for (int i = 0; i < places.length; i++) {
        sb.append(literals[i]).append(places[i] < values.length ? String.valueOf(values[places[i]]) : "{" + places[i] + "}");
      }
      return sb.append(literals[places.length]).toString();
    }
  }
}
