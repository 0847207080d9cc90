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
 * unread.
 *
 * <p>Immutable and thread-safe.
 */
final class SkillReader {
  /** What a vocabulary phrase shows; either part may be {@code null}. */
  record Meaning(Competency competency, TrioArea trioArea) {}

  private static final Comparator<Phrases.Match<Meaning>> LONGEST_FIRST =
      Comparator.comparingInt((Phrases.Match<Meaning> m) -> -m.length()).thenComparingInt(Phrases.Match::start);

  private static final Comparator<Phrases.Match<Meaning>> IN_TEXT_ORDER =
      Comparator.comparingInt(Phrases.Match::start);
  private static final SkillReading NOTHING = new SkillReading(List.of(), List.of());

  private final Phrases<Meaning> phrases;

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
      String[] tokens = phrases.tokens(skill);
      List<Phrases.Match<Meaning>> matches = phrases.find(tokens);
      if (matches.isEmpty()) {
        if (unread.isEmpty()) {
          unread = new ArrayList<>(2);
        }
        if (!unread.contains(skill)) {
          unread.add(skill);
        }
        continue;
      }
      if (matches.size() > 1) { // where phrases overlap, the longer wins
        matches = new ArrayList<>(matches);
        matches.sort(LONGEST_FIRST);
        boolean[] taken = new boolean[tokens.length];
        int kept = 0;
        for (Phrases.Match<Meaning> m : matches) {
          if (isFree(taken, m)) {
            for (int i = m.start(); i < m.start() + m.length(); i++) {
              taken[i] = true;
            }
            matches.set(kept++, m);
          }
        }
        matches.subList(kept, matches.size()).clear();
        matches.sort(IN_TEXT_ORDER);
      }
      for (Phrases.Match<Meaning> m : matches) {
        out.add(new SkillSignal(skill, m.phrase(), m.value().competency(), m.value().trioArea()));
      }
    }
    return new SkillReading(out, unread);
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
