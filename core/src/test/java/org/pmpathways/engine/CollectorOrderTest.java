package org.pmpathways.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.DSL;
import org.drools.model.PatternDSL;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
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
  void aRuleBaseRanksEveryRuleItHas() {
    KieBase base = KieBaseBuilder.createKieBaseFromModel(
        List.of(new ModelImpl()
            .addRule(PatternDSL.rule("org.pmpathways.test", "Weigh: b").build(DSL.execute(() -> { })))
            .addRule(PatternDSL.rule("org.pmpathways.test", "Plan: a").build(DSL.execute(() -> { })))
            .addRule(PatternDSL.rule("org.pmpathways.test", "Weigh: a").build(DSL.execute(() -> { })))),
        RuleBaseFactory.newKnowledgeBaseConfiguration(null, CollectorOrderTest.class.getClassLoader()));
    Collector.RuleRanks ranks = Collector.RuleRanks.of(base);
    assertEquals(List.of(0, 1, 2), List.of(ranks.rank("Plan: a"), ranks.rank("Weigh: a"), ranks.rank("Weigh: b")));
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
