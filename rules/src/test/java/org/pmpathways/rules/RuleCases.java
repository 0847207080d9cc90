package org.pmpathways.rules;

import java.util.List;
import java.util.stream.Stream;

/** The {@link RuleCase}s of every rule, one test class per DRL file. */
final class RuleCases {
  private RuleCases() {}

  static List<RuleCase> all() {
    return Stream.of(ProductTrioRulesTest.cases(), InternalMoveRulesTest.cases(), BuildYourOwnRulesTest.cases(),
            NetworkingRulesTest.cases(), GettingHiredRulesTest.cases(), StageRulesTest.cases(),
            CompetencyRulesTest.cases(), WarningRulesTest.cases())
        .flatMap(List::stream).toList();
  }
}
