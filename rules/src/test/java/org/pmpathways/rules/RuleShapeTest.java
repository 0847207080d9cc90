package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
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
        collectPatternTypes(rule.getLhs(), types);
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
    // The policy's planning rules that read the candidate through the standing; a new one adds 1 here.
    assertEquals(25, readThroughStanding, "rules that read the candidate through the standing");
  }

  /**
   * The object types of every pattern in {@code element}, nested ones included: under {@code not},
   * {@code exists}, {@code or}, {@code forall}, and in the source of an {@code accumulate} or
   * {@code collect}.
   */
  private static void collectPatternTypes(BaseDescr element, List<String> types) {
    if (element instanceof PatternDescr pattern) {
      types.add(pattern.getObjectType());
      if (pattern.getSource() != null) {
        collectPatternTypes(pattern.getSource(), types);
      }
    } else if (element instanceof AccumulateDescr accumulate) {
      collectPatternTypes(accumulate.getInput(), types);
    } else if (element instanceof CollectDescr collect) {
      collectPatternTypes(collect.getInputPattern(), types);
    } else if (element instanceof ConditionalElementDescr nested) {
      for (BaseDescr inner : nested.getDescrs()) {
        collectPatternTypes(inner, types);
      }
    }
  }

  @Test
  void collectsNestedPatternsToo() throws Exception {
    PackageDescr parsed = new DrlParser().parse(false, """
        package p;
        rule "nested"
        when
          Standing(ready)
          not ( Candidate(aspirant) or exists ( Project() ) )
          Number() from accumulate ( Skill(), count(1) )
          java.util.List() from collect ( Action() )
        then
        end
        """);
    List<String> types = new ArrayList<>();
    collectPatternTypes(parsed.getRules().get(0).getLhs(), types);
    assertEquals(List.of("Standing", "Candidate", "Project", "Number", "Skill", "java.util.List", "Action"), types);
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
