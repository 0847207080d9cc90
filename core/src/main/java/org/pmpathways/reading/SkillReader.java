package org.pmpathways.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pmpathways.advice.Competency;
import org.pmpathways.facts.SkillSignal;
import org.pmpathways.facts.TrioArea;

/**
 * Reads free-text skills into {@link SkillSignal}s through the skill vocabulary. Each skill is
 * searched for vocabulary phrases; where phrases overlap the longer one wins, and every phrase kept
 * becomes a signal, in the order the skills and phrases appear. A skill with no phrase at all is
 * unread. The phrases found in a skill are kept for the next time the same skill is read
 * ({@link KeptReadings}); each reading still makes signals of its own.
 *
 * <p>Thread-safe.
 */
final class SkillReader {
  /** What a vocabulary phrase shows; either part may be {@code null}. */
  record Meaning(Competency competency, TrioArea trioArea) {}

  private static final Comparator<Phrases.Match<Meaning>> LONGEST_FIRST =
      Comparator.comparingInt((Phrases.Match<Meaning> m) -> -m.length()).thenComparingInt(Phrases.Match::start);

  private static final Comparator<Phrases.Match<Meaning>> IN_TEXT_ORDER =
      Comparator.comparingInt(Phrases.Match::start);
  /** How many skills' phrases are kept, at most (see {@link KeptReadings}). */
  static final int KEPT_SKILLS = 4_096;
  private static final SkillReading NOTHING = new SkillReading(List.of(), List.of());

  private final Phrases<Meaning> phrases;
  private final KeptReadings<List<Phrases.Match<Meaning>>> kept = new KeptReadings<>(KEPT_SKILLS, this::find);

  SkillReader(Map<String, String[]> words, Map<String, Meaning> meanings) {
    this.phrases = new Phrases<>(words);
    meanings.forEach(phrases::add);
  }

  SkillReading read(List<String> skills) {
    if (skills.isEmpty()) {
      return NOTHING;
    }
    List<SkillSignal> out = new ArrayList<>(skills.size() + 4);
    List<String> unread = List.of();
    for (String skill : skills) {
      List<Phrases.Match<Meaning>> matches = kept.read(skill);
      if (matches.isEmpty()) {
        if (unread.isEmpty()) {
          unread = new ArrayList<>(2);
        }
        if (!unread.contains(skill)) {
          unread.add(skill);
        }
        continue;
      }
      for (Phrases.Match<Meaning> m : matches) {
        out.add(new SkillSignal(skill, m.phrase(), m.value().competency(), m.value().trioArea()));
      }
    }
    return new SkillReading(out, unread);
  }

  /** The phrases of a skill in text order; where phrases overlap, the longer wins. */
  private List<Phrases.Match<Meaning>> find(String skill) {
    String[] tokens = phrases.tokens(skill);
    List<Phrases.Match<Meaning>> matches = phrases.find(tokens);
    if (matches.size() > 1) {
      matches = new ArrayList<>(matches);
      matches.sort(LONGEST_FIRST);
      boolean[] taken = new boolean[tokens.length];
      int count = 0;
      for (Phrases.Match<Meaning> m : matches) {
        if (isFree(taken, m)) {
          for (int i = m.start(); i < m.start() + m.length(); i++) {
            taken[i] = true;
          }
          matches.set(count++, m);
        }
      }
      matches.subList(count, matches.size()).clear();
      matches.sort(IN_TEXT_ORDER);
    }
    return List.copyOf(matches);
  }

  private static boolean isFree(boolean[] taken, Phrases.Match<?> m) {
    for (int i = m.start(); i < m.start() + m.length(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
