package org.pmpathways.facts;

import java.util.Objects;
import org.pmpathways.advice.Competency;

/**
 * What one free-text skill shows, read through the skill vocabulary: a competency, a trio area, or
 * both. The engine inserts one per recognised phrase of a skill.
 *
 * <p>Immutable and thread-safe.
 *
 * @param skill the skill as the candidate wrote it
 * @param phrase the vocabulary phrase it matched
 * @param competency the competency it evidences, or {@code null}
 * @param trioArea the trio area it evidences, or {@code null}
 */
public record SkillSignal(String skill, String phrase, Competency competency, TrioArea trioArea) {
  public SkillSignal {
    Objects.requireNonNull(skill, "skill must not be null");
    Objects.requireNonNull(phrase, "phrase must not be null");
  }

  @Override
  public String toString() {
    return "SkillSignal('" + skill + "' ~ '" + phrase + "': " + (competency == null ? "-" : competency) + ", "
        + (trioArea == null ? "-" : trioArea) + ")";
  }
}
