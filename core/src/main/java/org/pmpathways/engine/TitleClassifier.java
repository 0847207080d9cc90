package org.pmpathways.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pmpathways.profile.RoleFamily;

/**
 * Reads a free-text job title into a role family through the title vocabulary. Seniority words,
 * levels, abbreviations, punctuation and case do not matter. When several phrases match, the one
 * with the most words wins ("sales engineer" over "engineer"); among equally long ones the last
 * wins, since English titles end with their head noun ("marketing data analyst"). A title that
 * matches nothing is {@link RoleFamily#OTHER}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TitleClassifier {
  private final Phrases<RoleFamily> phrases;

  /** The result of reading a title: the family and the phrase that decided it, if any. */
  public record Reading(RoleFamily family, String phrase) {
    public Reading {
      Objects.requireNonNull(family, "family must not be null");
    }
  }

  TitleClassifier(Map<String, String[]> words, Map<String, RoleFamily> families) {
    this.phrases = new Phrases<>(words);
    families.forEach(phrases::add);
  }

  /** Reads a title. */
  public Reading read(String title) {
    Objects.requireNonNull(title, "title must not be null");
    List<Phrases.Match<RoleFamily>> matches = phrases.find(title);
    Phrases.Match<RoleFamily> best = null;
    for (Phrases.Match<RoleFamily> m : matches) {
      if (best == null || m.length() > best.length()
          || (m.length() == best.length() && m.start() >= best.start())) {
        best = m;
      }
    }
    return best == null ? new Reading(RoleFamily.OTHER, null) : new Reading(best.value(), best.phrase());
  }
}
