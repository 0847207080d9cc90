package org.pmpathways.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pmpathways.advice.Pathway;

/**
 * The collector orders conclusions by rule name through the names' ranks in the rule base; a rule the
 * ranks do not know (none should be missing, but the order must not depend on it) is placed by its name.
 */
class CollectorOrderTest {
  @Test
  void ranksFollowTheNamesNaturalOrder() {
    Collector.RuleRanks ranks = Collector.RuleRanks.of(List.of("b", "Weigh: x", "a", "Weigh: x", "B"));
    assertEquals(0, ranks.rank("B"));
    assertEquals(1, ranks.rank("Weigh: x"));
    assertEquals(2, ranks.rank("a"));
    assertEquals(3, ranks.rank("b"));
    assertEquals(-1, ranks.rank("c"));
  }

  @Test
  void conclusionsComeInTheOrderOfTheirRulesNamesKnownOrNot() {
    List<String> known = List.of("Plan: a", "Plan: c", "Weigh: b", "Weigh: d", "Weigh: f");
    List<String> fired = new ArrayList<>(known);
    fired.addAll(List.of("Plan: b", "Weigh: a", "Weigh: e", "Z unknown", "0 unknown"));
    Collections.shuffle(fired, new Random(11));
    Collector collector = new Collector(List.of(), Collector.RuleRanks.of(known));
    for (String rule : fired) {
      collector.fire(rule).points(Pathway.PRODUCT_TRIO, 1, "reason");
      collector.fire(rule).points(Pathway.INTERNAL_MOVE, 2, "reason"); // a second firing: after the first
    }
    List<String> expected = new ArrayList<>();
    fired.stream().sorted().forEach(rule -> {
      expected.add(rule + " 1");
      expected.add(rule + " 2");
    });
    List<String> got = collector.entries().stream()
        .map(e -> e.rule() + " " + ((org.pmpathways.facts.PathwayPoints) e.conclusion()).points()).toList();
    assertEquals(expected, got);
  }
}
