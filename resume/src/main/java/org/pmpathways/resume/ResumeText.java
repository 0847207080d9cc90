package org.pmpathways.resume;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The plain form the importer matches a résumé's words in: lower case, without accents, so that
 * "Congé parental", "Déc." and "Aujourd'hui" match the word lists written without them.
 *
 * <p>Thread-safe: stateless.
 */
final class ResumeText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private ResumeText() {}

  /** The text in lower case, its accents dropped (compatibility decomposition, marks removed). */
  static String plain(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
