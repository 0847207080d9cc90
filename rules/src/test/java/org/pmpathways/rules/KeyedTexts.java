package org.pmpathways.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pmpathways.PathwayAdvisor;

/**
 * An advisor with the real rules whose texts are their message keys and arguments instead of
 * English, so a rule test checks which reason, evidence or warning a rule gave, and with which
 * values, not how it is worded today. It is built through the public API a host uses to rephrase
 * texts: a bundle added with {@code addMessages}, here one written at test time with one entry for
 * each key of the library's {@code messages.properties}.
 *
 * <p>A text renders as {@code key} when it has no placeholders, and as {@code key[arg0|arg1]} when it
 * has, every argument as a plain value: a number chosen by a plural ({@code {0,choice,...}}) shows as
 * its digits. Arguments are put in words by the engine as for any bundle: an enum value as the text of
 * {@code enum.Type.VALUE}, which here is that key; a list as its items joined with the text of
 * {@code list.separator}, the last two with that of {@code list.last-separator} unless the items are
 * free text, here those keys; a side project by its name, or {@code project.unnamed[KIND]}.
 * {@link #text} builds the same string.
 */
final class KeyedTexts {
  private static final String LIBRARY_BUNDLE = "org/pmpathways/rules/messages.properties";
  private static final String BASE_NAME = "pmpathways.test.keyed";
  /** An argument's place: bare ({@code {0}}) or formatted ({@code {0,choice,...}}, {@code {0,number,integer}}). */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})[,}]");

  private KeyedTexts() {}

  /** The text a keyed advisor gives for a message key and its arguments. */
  static String text(String key, Object... args) {
    if (args.length == 0) {
      return key;
    }
    return key + Arrays.stream(args).map(KeyedTexts::word).collect(Collectors.joining("|", "[", "]"));
  }

  /** An argument as a keyed advisor renders it: enums by their key, collections joined, the rest as is. */
  static String word(Object arg) {
    if (arg instanceof Enum<?> e) {
      return "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
    } else if (arg instanceof Collection<?> c) {
      boolean freeText = c.stream().anyMatch(item -> item instanceof CharSequence);
      StringBuilder joined = new StringBuilder();
      int left = c.size();
      for (Object item : c) {
        if (joined.length() > 0) {
          joined.append(left == 1 && !freeText ? "list.last-separator" : "list.separator");
        }
        joined.append(word(item));
        left--;
      }
      return joined.toString();
    }
    return String.valueOf(arg);
  }

  static PathwayAdvisor advisor() {
    return advisor(KeyedTexts.class.getClassLoader());
  }

  /** A keyed advisor whose rules and resources come from {@code parent}, the keyed bundle added. */
  static PathwayAdvisor advisor(ClassLoader parent) {
    try {
      Path dir = Files.createTempDirectory("keyed-texts");
      dir.toFile().deleteOnExit();
      Path bundle = dir.resolve(BASE_NAME.replace('.', '/') + ".properties");
      Files.createDirectories(bundle.getParent());
      try (Writer out = Files.newBufferedWriter(bundle, StandardCharsets.UTF_8)) {
        keyed().store(out, "Each text of " + LIBRARY_BUNDLE + " as its key and arguments");
      }
      bundle.toFile().deleteOnExit();
      bundle.getParent().toFile().deleteOnExit();
      bundle.getParent().getParent().toFile().deleteOnExit();
      ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, parent);
      return PathwayAdvisor.builder().classLoader(loader).addMessages(BASE_NAME).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties keyed() throws IOException {
    Properties library = new Properties();
    try (InputStream in = KeyedTexts.class.getClassLoader().getResourceAsStream(LIBRARY_BUNDLE)) {
      if (in == null) {
        throw new IllegalStateException(LIBRARY_BUNDLE + " is not on the test classpath");
      }
      library.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Properties keyed = new Properties();
    for (String key : library.stringPropertyNames()) {
      TreeSet<Integer> indexes = new TreeSet<>();
      Matcher m = PLACEHOLDER.matcher(library.getProperty(key));
      while (m.find()) {
        indexes.add(Integer.parseInt(m.group(1)));
      }
      int count = indexes.isEmpty() ? 0 : indexes.last() + 1;
      StringBuilder value = new StringBuilder(key);
      for (int i = 0; i < count; i++) {
        value.append(i == 0 ? "[" : "|").append('{').append(i).append('}');
      }
      keyed.setProperty(key, count == 0 ? key : value.append(']').toString());
    }
    return keyed;
  }
}
