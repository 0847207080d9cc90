package org.pmpathways;

import java.util.Objects;
import org.pmpathways.advice.Advice;
import org.pmpathways.engine.AdviceRun;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** The advisor over one compiled rule set; a fresh session per call keeps calls independent. */
final class DefaultPathwayAdvisor implements PathwayAdvisor {
  private final RuleSet rules;
  private final AdviceRun run;

  DefaultPathwayAdvisor(RuleSet rules, int maxRuleFirings) {
    this.rules = rules;
    this.run = new AdviceRun(rules, maxRuleFirings);
  }

  @Override
  public Advice advise(Profile profile) {
    Objects.requireNonNull(profile, "profile must not be null");
    return run.advise(profile);
  }

  @Override
  public RoleFamily classifyTitle(String title) {
    Objects.requireNonNull(title, "title must not be null");
    return rules.titles().read(title).family();
  }
}
