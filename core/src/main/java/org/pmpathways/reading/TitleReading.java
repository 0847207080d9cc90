package org.pmpathways.reading;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;
import org.pmpathways.profile.RoleFamily;

/**
 * How a job title was read: the role family, how sure the reading is, the vocabulary label that
 * decided it and where that label comes from, the modifiers and seniority words found, and, when the
 * title could not be read, why.
 *
 * <p>The vocabulary never gives a family below {@link Vocabulary#CONFIDENCE_THRESHOLD}: such a
 * reading is {@link RoleFamily#UNKNOWN} with a {@link #reason()}. (The constructor, for hosts and
 * tests, checks the confidence's range, not the threshold.)
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the title as given
 * @param family the role family read; {@link RoleFamily#UNKNOWN} when the title could not be read
 * @param confidence how much of the title the label explains, from 0 (nothing) to 1 (all of it)
 * @param matchedLabel the vocabulary label that decided the family (in plain form: lower case, no
 *     accents), or {@code null} when none did
 * @param source where the label comes from: an ESCO occupation concept URI
 *     ({@code http://data.europa.eu/esco/occupation/...}), {@link #ESCO_HEAD_WORD},
 *     {@link #ESCO_FIELD_WORD} or {@link #OUR_ADDITION}; {@code null} with no label
 * @param modifiers the modifiers found anywhere in the title
 * @param seniority the seniority and level words found, in plain form ("senior", "lead", "ii")
 * @param reason why the title could not be read, or why a modifier changed the reading; {@code null}
 *     for a plain reading
 */
public record TitleReading(String title, RoleFamily family, double confidence, String matchedLabel, String source,
    Set<TitleModifier> modifiers, List<String> seniority, String reason) {
  /** The source of a label that the project added on top of ESCO. */
  public static final String OUR_ADDITION = "our addition";
  /**
   * The source of a head word: the last word of many ESCO labels that mostly share one family
   * ("surgeon"), used only when no whole label matched, with a confidence of at most 0.6.
   */
  public static final String ESCO_HEAD_WORD = "ESCO head word";
  /**
   * The source of a reading from a field word that ESCO labels of one family mostly share
   * ("telecommunications") beside a generic head noun ("specialist"), used only when no label of the
   * project's explained the title.
   */
  public static final String ESCO_FIELD_WORD = "ESCO field word";

  public TitleReading {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(family, "family must not be null");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
    if ((matchedLabel == null) != (source == null)) {
      throw new IllegalArgumentException("matchedLabel and source must be given together");
    }
    if (family == RoleFamily.UNKNOWN && reason == null) {
      throw new IllegalArgumentException("an UNKNOWN reading must say why (reason)");
    }
    modifiers = Objects.requireNonNull(modifiers, "modifiers must not be null").isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(modifiers));
    seniority = List.copyOf(Objects.requireNonNull(seniority, "seniority must not be null"));
  }

  /** Whether the title could be read into a family. */
  public boolean isRead() {
    return family != RoleFamily.UNKNOWN;
  }

  /** The reason, if the reading has one. */
  public Optional<String> why() {
    return Optional.ofNullable(reason);
  }

  /** Whether the label that decided the family comes from ESCO. */
  public boolean fromEsco() {
    return source != null && !OUR_ADDITION.equals(source);
  }

  /** One line for people: "read 'Sr. Usability Specialist' as DESIGNER (...)". */
  public String describe() {
    StringBuilder out = new StringBuilder();
    if (isRead()) {
      out.append("read '").append(title).append("' as ").append(family);
    } else {
      out.append("could not read '").append(title).append("'");
    }
    if (matchedLabel != null) {
      out.append(" (label '").append(matchedLabel).append("', ")
          .append(source.startsWith(Vocabulary.ESCO_OCCUPATION) ? "ESCO " + source : source)
          .append(String.format(Locale.ROOT, ", confidence %.2f)", confidence));
    }
    if (!modifiers.isEmpty()) {
      out.append(", modifiers ").append(modifiers);
    }
    if (reason != null) {
      out.append(": ").append(reason);
    }
    return out.toString();
  }
}
