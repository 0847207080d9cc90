package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.pmpathways.advice.Advice;
import org.pmpathways.profile.Profile;

/**
 * How one rule is tested: a profile it must fire for, with a check of what it concluded
 * ({@link Concluded}), and a profile it must stay silent for. Removing the rule fails the first half,
 * through the check alone ({@link RuleRemovalCheck} proves it for every rule); inverting one of its
 * conditions fails one half or the other. The advice has keyed texts ({@link Fixtures#adviseKeyed}),
 * so a check names the message key a rule gave and its arguments, not its English wording.
 */
record RuleCase(String rule, Profile firesFor, Consumer<Advice> then, Profile silentFor) {

  static RuleCase rule(String rule, Profile firesFor, Consumer<Advice> then, Profile silentFor) {
    return new RuleCase(rule, firesFor, then, silentFor);
  }

  static Stream<DynamicTest> tests(List<RuleCase> cases) {
    return cases.stream().flatMap(c -> Stream.of(
        DynamicTest.dynamicTest(c.rule() + " — fires", () -> {
          Advice advice = Fixtures.adviseKeyed(c.firesFor());
          assertTrue(Fixtures.fired(advice, c.rule()), "rule '" + c.rule() + "' should fire for " + c.firesFor());
          c.then().accept(advice);
        }),
        DynamicTest.dynamicTest(c.rule() + " — stays silent", () -> {
          Advice advice = Fixtures.adviseKeyed(c.silentFor());
          assertFalse(Fixtures.fired(advice, c.rule()),
              "rule '" + c.rule() + "' should not fire for " + c.silentFor());
        })));
  }
}
