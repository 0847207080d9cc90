package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.facts.SkillSignal;
import org.pmpathways.reading.SkillReading;
import org.pmpathways.reading.TitleReading;
import org.pmpathways.reading.Vocabulary;

/**
 * The vocabulary keeps the readings of the titles and skills it read first: a text met again gives
 * the reading it would have been given read afresh, and every skill still gives signals of its own.
 */
class ReadOnceTest {
  /** More texts than the vocabulary keeps the readings of (4,096 titles, 4,096 skills). */
  private static final int FILLERS = 5_000;

  private static Vocabulary vocabulary() throws IOException {
    ClassLoader loader = ReadOnceTest.class.getClassLoader();
    Properties index = new Properties();
    try (InputStream in = loader.getResourceAsStream(RuleSet.INDEX)) {
      index.load(in);
    }
    return Vocabulary.load(loader, index, RuleSet.INDEX);
  }

  /** The titles of the labelled sets, the second column of each line. */
  private static List<String> labelledTitles() throws IOException {
    List<String> titles = new ArrayList<>();
    for (String set : List.of("talent-frameworks.tsv", "tech-and-business.tsv", "blind-modifiers.tsv")) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          ReadOnceTest.class.getResourceAsStream("/titles/" + set), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] cells = line.split("\t");
          if (!line.startsWith("#") && cells.length > 1 && !cells[1].isBlank()) {
            titles.add(cells[1]);
          }
        }
      }
    }
    return titles;
  }

  @Test
  void aTitleMetAgainGetsTheReadingItGetsReadAfresh() throws IOException {
    List<String> titles = labelledTitles();
    assertTrue(titles.size() > 500, "the labelled sets hold " + titles.size() + " titles");
    Vocabulary keeping = vocabulary();
    for (String title : titles) {
      keeping.readTitle(title);
    }
    Vocabulary fresh = vocabulary();
    for (int i = 0; i < FILLERS; i++) {
      fresh.readTitle("filler title " + i); // fills what it keeps: from now on it reads each title
    }
    for (String title : titles) {
      TitleReading kept = keeping.readTitle(title);
      assertEquals(fresh.readTitle(title), kept, title);
      assertEquals(title, kept.title());
    }
  }

  @Test
  void aSkillReadAgainGivesEqualSignalsOfItsOwn() throws IOException {
    Vocabulary vocabulary = vocabulary();
    List<String> skills = List.of("SQL", "customer interviews and A/B testing", "basket weaving", "SQL");
    SkillReading first = vocabulary.readSkills(skills);
    SkillReading again = vocabulary.readSkills(skills);
    assertEquals(first, again);
    assertEquals(List.of("basket weaving"), again.unread());
    List<SkillSignal> sql = again.signals().stream().filter(s -> s.skill().equals("SQL")).toList();
    assertEquals(2, sql.size(), "a skill listed twice gives two signals: " + again.signals());
    assertNotSame(sql.get(0), sql.get(1));
    for (int i = 0; i < first.signals().size(); i++) {
      assertNotSame(first.signals().get(i), again.signals().get(i), "signals are facts: each reading makes its own");
    }
    Vocabulary fresh = vocabulary();
    for (int i = 0; i < FILLERS; i++) {
      fresh.readSkills(List.of("filler skill " + i));
    }
    assertEquals(first, fresh.readSkills(skills));
  }
}
