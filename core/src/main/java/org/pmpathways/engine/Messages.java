package org.pmpathways.engine;

import java.io.IOException;
import java.io.InputStream;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ResourceBundle;
import org.pmpathways.AdvisorException;
import org.pmpathways.facts.Project;

/**
 * The texts of actions, reasons, evidence, warnings and explanations, from {@code .properties}
 * bundles. Every text is a {@link MessageFormat} pattern, parsed once: placeholders {@code {0}},
 * {@code {1}}, ... and the JDK's formats ({@code {0,choice,0#no product manager|1#one product
 * manager|1<{0,number,integer} product managers}}, {@code {1,number,integer}}), with apostrophes
 * doubled ({@code ''}). A bare {@code {n}} shows a number as plain digits.
 *
 * <p>Arguments are rendered in words: an enum value by the text {@code enum.Type.VALUE}, a
 * {@link Project} by its name (or {@code project.unnamed} with its kind), a list by its items joined
 * with {@code list.separator}, the last two with {@code list.last-separator} when a bundle has it ("a, b
 * and c") unless the items are free text, which may hold "and" themselves; numbers stay numbers so
 * that a text can choose its plural.
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
  private final Locale locale;
  private final Map<String, Template> templates = new ConcurrentHashMap<>();
  private final Map<Rendered, String> renderedTexts = new ConcurrentHashMap<>();
  /** Each enum value in words, looked up once: enums are few and their words do not change. */
  private final Map<Enum<?>, Object> enumWords = new ConcurrentHashMap<>();
  /** Before a list's last item; found when first needed (racy, idempotent). */
  private String lastSeparator;

  private Messages(List<Bundle> bundles, Locale locale) {
    this.bundles = bundles;
    this.locale = locale;
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
    return new Messages(List.copyOf(bundles), locale);
  }

  /** Whether a bundle has a text for the key. */
  boolean has(String key) {
    return templates.containsKey(key)
        || bundles.stream().anyMatch(b -> b.chain().stream().anyMatch(file -> file.containsKey(key)));
  }

  /** The text of a key with its arguments rendered in words. */
  String text(String key, List<?> args) {
    return render(key, arguments(args));
  }

  /** The arguments as an array of their own, which rendering may change. */
  private static Object[] arguments(List<?> args) {
    return args.isEmpty() ? NO_ARGS : args.toArray();
  }

  /** The text of a key without arguments. */
  String text(String key) {
    return render(key, NO_ARGS);
  }

  /**
   * The text of a key with its arguments rendered in words, the arguments given in an array of the
   * caller's that this method may change: each argument the text names is replaced by its words, and
   * each it does not name by {@code null} (it is neither put in words nor part of the kept rendering's
   * key).
   */
  String render(String key, Object[] args) {
    return render(key, template(key), args);
  }

  private String render(String key, Template template, Object[] args) {
    // Only the arguments the text uses are put in words, and the others are dropped, so that the
    // rendered text is kept under what it depends on (an action's detail is given ten arguments and
    // uses one or two of them).
    for (int i = 0; i < args.length; i++) {
      args[i] = template.uses(i) ? words(args[i]) : null;
    }
    if (template.format == null) {
      return fill(key, template, args); // filled without a formatter: as cheap as a look-up
    }
    // A formatted text depends only on its key and its arguments in words, and most advice repeats a
    // few of them (the same counts, the same roles): render each once, up to a bound.
    Rendered rendered = new Rendered(key, args);
    String text = renderedTexts.get(rendered);
    if (text == null) {
      text = fill(key, template, args);
      if (renderedTexts.size() < MAX_RENDERED) {
        renderedTexts.putIfAbsent(rendered, text);
      }
    }
    return text;
  }

  /**
   * Texts whose keys are made of a prefix, a name and a suffix ({@code action.ID.title}); see
   * {@link Family}.
   */
  Family family(String prefix, String suffix) {
    return new Family(prefix, suffix);
  }

  /**
   * Texts whose keys are made of a prefix, a name and a suffix ({@code action.ID.title}), the names
   * being the rules' own (reasons, action ids), so few: each name's key is made and its text found
   * once, and a text is then one look-up by its name. A name whose text is missing is looked up
   * again each time, and fails each time. Thread-safe.
   */
  final class Family {
    private final String prefix;
    private final String suffix;
    private final Map<String, Named> byName = new ConcurrentHashMap<>();

    private Family(String prefix, String suffix) {
      this.prefix = prefix;
      this.suffix = suffix;
    }

    /** The text of a name with its arguments rendered in words. */
    String text(String name, List<?> args) {
      return render(name, arguments(args));
    }

    /** {@link Messages#render(String, Object[])} for the text of a name. */
    String render(String name, Object[] args) {
      Named named = named(name);
      return Messages.this.render(named.key, named.template, args);
    }

    /**
     * Checks that a bundle has a valid text for the name's key, without rendering it.
     *
     * @throws AdvisorException if none has, or its text is not a valid pattern
     */
    void check(String name) {
      named(name);
    }

    private Named named(String name) {
      Named named = byName.get(name);
      if (named == null) {
        String key = prefix + name + suffix;
        named = new Named(key, template(key));
        if (byName.size() < MAX_NAMES) {
          byName.putIfAbsent(name, named);
        }
      }
      return named;
    }
  }

  /** A key and its parsed text. */
  private record Named(String key, Template template) {}

  /**
   * Checks that a bundle has a valid text for the key, without rendering it.
   *
   * @throws AdvisorException if none has, or its text is not a valid pattern
   */
  void check(String key) {
    template(key);
  }

  /** The parsed text of a key, parsed on first use. */
  private Template template(String key) {
    Template template = templates.get(key); // a look-up first: computeIfAbsent would make a lambda each time
    return template != null ? template : templates.computeIfAbsent(key, this::parse);
  }

  private static String fill(String key, Template template, Object[] values) {
    try {
      return template.fill(values);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new AdvisorException("the text of '" + key + "' cannot be filled with the arguments "
          + java.util.Arrays.toString(values) + ": " + e, e);
    }
  }

  /** An argument in words: enums, projects and lists through the bundle, the rest as it is. */
  Object words(Object arg) {
    if (arg instanceof Enum<?> e) {
      Object words = enumWords.get(e);
      if (words == null) {
        words = text("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
        enumWords.putIfAbsent(e, words);
      }
      return words;
    } else if (arg instanceof Project p) {
      return p.isNamed() ? p.getName() : render("project.unnamed", new Object[] {p.getKind()});
    } else if (arg instanceof Collection<?> c) {
      // Names the candidate wrote (certificates, skills) may hold "and" themselves: they are only
      // separated ("PMP, Certificate in Design and Innovation"); values in words end with "and".
      boolean freeText = false;
      for (Object item : c) {
        freeText |= item instanceof CharSequence;
      }
      StringBuilder joined = new StringBuilder();
      int left = c.size();
      for (Object item : c) {
        if (joined.length() > 0) {
          joined.append(left == 1 && !freeText ? lastSeparator() : text("list.separator"));
        }
        joined.append(words(item));
        left--;
      }
      return joined.toString();
    }
    return arg == null ? "" : arg;
  }

  /** Before a list's last item ("a, b and c"): {@code list.last-separator}, else {@code list.separator}. */
  private String lastSeparator() {
    String last = lastSeparator;
    if (last == null) {
      last = text(has("list.last-separator") ? "list.last-separator" : "list.separator");
      lastSeparator = last; // a String is safe to publish this way; every thread finds the same one
    }
    return last;
  }

  private Template parse(String key) {
    for (Bundle bundle : bundles) {
      for (ResourceBundle file : bundle.chain()) {
        if (file.containsKey(key)) {
          String pattern = file.getString(key);
          try {
            return Template.parse(pattern, locale);
          } catch (IllegalArgumentException e) {
            throw new AdvisorException("the text of '" + key + "' in bundle " + bundle.baseName()
                + " is not a valid message pattern: " + e.getMessage() + ": " + pattern, e);
          }
        }
      }
    }
    throw new AdvisorException("no text for message key '" + key + "' in the bundles "
        + bundles.stream().map(Bundle::baseName).toList());
  }

  private static final Object[] NO_ARGS = new Object[0];
  /** How many names a family keeps; past it, a name's key is made and looked up each time. */
  private static final int MAX_NAMES = 4096;
  /** How many formatted texts are kept; past it, texts are formatted each time. */
  private static final int MAX_RENDERED = 8192;

  /** A key with its arguments in words (strings and numbers): what a formatted text depends on. */
  private record Rendered(String key, Object[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Rendered r && key.equals(r.key) && java.util.Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
      return 31 * key.hashCode() + java.util.Arrays.hashCode(values);
    }
  }

  /**
   * A text parsed once. Patterns with only bare placeholders are split into literal parts and
   * argument places and filled without a formatter; the others keep their {@link MessageFormat},
   * used by one thread at a time (its number and choice formats are not thread-safe).
   */
  private static final class Template {
    private final String[] literals;
    private final int[] args;
    private final MessageFormat format;
    private final int literalLength;
    /** For each argument index up to the highest the pattern names, whether the pattern names it. */
    private final boolean[] used;

    private Template(String[] literals, int[] args, MessageFormat format, boolean[] used) {
      this.literals = literals;
      this.args = args;
      this.format = format;
      this.used = used;
      int length = 0;
      for (String literal : literals == null ? new String[0] : literals) {
        length += literal.length();
      }
      this.literalLength = length;
    }

    static Template parse(String pattern, Locale locale) {
      MessageFormat format = new MessageFormat(pattern, locale); // checks the pattern
      for (Format f : format.getFormats()) {
        if (f instanceof ChoiceFormat choice && choice.getLimits().length == 0) {
          throw new IllegalArgumentException("a choice format without choices");
        }
      }
      for (Format f : format.getFormats()) {
        if (f != null) {
          return new Template(null, null, format, used(pattern));
        }
      }
      if (pattern.indexOf('\'') >= 0 && pattern.replace("''", "").indexOf('\'') >= 0) {
        return new Template(null, null, format, used(pattern)); // quoted text: leave it to the formatter
      }
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
        } else if (ch == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          literal.append('\'');
          i += 2;
        } else {
          literal.append(ch);
          i++;
        }
      }
      literals.add(literal.toString());
      return new Template(literals.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray(), null,
          used(pattern));
    }

    /** Whether the pattern names the argument {@code index}. */
    boolean uses(int index) {
      return index < used.length && used[index];
    }

    /**
     * The argument indexes a pattern names anywhere, inside choices too: every {@code {n}} and
     * {@code {n,...}}. A brace in quoted text may count an index the pattern does not use, which
     * only costs rendering an argument for nothing. Indexes beyond 999 are not counted (no text is
     * given that many arguments).
     */
    private static boolean[] used(String pattern) {
      boolean[] used = new boolean[0];
      for (int i = pattern.indexOf('{'); i >= 0; i = pattern.indexOf('{', i + 1)) {
        int end = i + 1;
        while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
          end++;
        }
        if (end > i + 1 && end - i <= 4 && end < pattern.length()
            && (pattern.charAt(end) == '}' || pattern.charAt(end) == ',')) {
          int index = Integer.parseInt(pattern, i + 1, end, 10);
          if (index >= used.length) {
            used = java.util.Arrays.copyOf(used, index + 1);
          }
          used[index] = true;
        }
      }
      return used;
    }

    String fill(Object[] values) {
      if (format != null) {
        synchronized (format) {
          return format.format(values);
        }
      }
      if (args.length == 0) {
        return literals[0];
      }
      StringBuilder sb = new StringBuilder(literalLength + 16 * args.length);
      for (int i = 0; i < args.length; i++) {
        sb.append(literals[i]);
        int index = args[i];
        if (index >= values.length) {
          sb.append('{').append(index).append('}');
        } else if (values[index] instanceof Integer n) {
          sb.append(n.intValue());
        } else if (values[index] instanceof Long n) {
          sb.append(n.longValue());
        } else {
          sb.append(values[index]);
        }
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
