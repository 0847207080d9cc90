package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Explanation;
import org.pmpathways.profile.RoleFamily;

/**
 * The library's rules are shaped for the engine: a planning rule reads the candidate through the
 * {@code Standing} ({@code Standing(ready, candidate.aspirant)}) rather than joining the standing with
 * the candidate, so that no join node weighs it. Only a rule about one project joins that project to
 * what it reads of the candidate. The explanation of a rule that read the candidate through its
 * standing still names both facts.
 */
class RuleShapeTest {
  @Test
  void noRuleJoinsTheStandingWithTheCandidate() throws Exception {
    List<String> joined = new ArrayList<>();
    int readThroughStanding = 0;
    for (Map.Entry<String, String> drl : RuleRemovalCheck.libraryDrl().entrySet()) {
      PackageDescr parsed = new DrlParser().parse(false, drl.getValue());
      assertTrue(parsed != null && !parsed.getRules().isEmpty(), drl.getKey());
      for (RuleDescr rule : parsed.getRules()) {
        List<String> types = new ArrayList<>();
        for (BaseDescr element : rule.getLhs().getDescrs()) {
          if (element instanceof PatternDescr pattern) {
            types.add(pattern.getObjectType());
          }
        }
        if (types.contains("Standing") && types.contains("Candidate")) {
          joined.add(rule.getName() + " " + types);
        }
        if (types.contains("Standing") && !types.contains("Project")) {
          assertEquals(List.of("Standing"), types, rule.getName());
          readThroughStanding++;
        }
      }
    }
    assertEquals(List.of(), joined);
    assertTrue(readThroughStanding >= 20, "rules that read the candidate through the standing: " + readThroughStanding);
  }

  @Test
  void aRuleThatReadTheCandidateThroughItsStandingIsExplainedWithBoth() {
    Advice advice = Fixtures.advise(Fixtures.person(RoleFamily.OTHER, 1).sideProject(Fixtures.shippedApp()).build());
    Explanation showcase = advice.explanation().stream()
        .filter(e -> e.rule().equals("Ready: put the product you built in front of hiring managers"))
        .findFirst().orElseThrow();
    assertEquals(2, showcase.facts().size(), showcase.facts().toString());
    assertTrue(showcase.facts().get(0).startsWith("the scores added up"), showcase.facts().toString());
    assertTrue(showcase.facts().get(1).startsWith("the candidate:"), showcase.facts().toString());
  }
}
