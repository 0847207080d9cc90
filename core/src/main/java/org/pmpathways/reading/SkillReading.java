package org.pmpathways.reading;

import java.util.List;
import java.util.Objects;
import org.pmpathways.facts.SkillSignal;

/**
 * How a list of free-text skills was read: what each recognised phrase shows, and the skills the
 * vocabulary could not place at all, which the advice lists rather than drops.
 *
 * <p>Immutable and thread-safe.
 *
 * @param signals one signal per recognised phrase, in the order of the skills and phrases
 * @param unread the skills in which no phrase was recognised, as given, in order, without repeats
 */
public record SkillReading(List<SkillSignal> signals, List<String> unread) {
  public SkillReading {
    signals = List.copyOf(Objects.requireNonNull(signals, "signals must not be null"));
    unread = List.copyOf(Objects.requireNonNull(unread, "unread must not be null"));
  }
}
