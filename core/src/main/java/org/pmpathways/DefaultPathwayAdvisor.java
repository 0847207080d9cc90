package org.pmpathways;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.pmpathways.advice.Advice;
import org.pmpathways.engine.AdviceRun;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleReading;

/**
 * The advisor over one compiled rule set at a time; a fresh session per call keeps calls
 * independent. Replacing the host's rules swaps the whole rule set in one step.
 */
final class DefaultPathwayAdvisor implements PathwayAdvisor {
  private final AtomicReference<AdviceRun> run;
  private final int maxRuleFirings;

  DefaultPathwayAdvisor(RuleSet rules, int maxRuleFirings) {
    this.maxRuleFirings = maxRuleFirings;
    this.run = new AtomicReference<>(new AdviceRun(rules, maxRuleFirings));
  }

  @Override
  public Advice advise(Profile profile) {
    Objects.requireNonNull(profile, "profile must not be null");
    return run.get().advise(profile);
  }

  @Override
  public RoleFamily classifyTitle(String title) {
    Objects.requireNonNull(title, "title must not be null");
    return readTitle(title).family();
  }

  @Override
  public TitleReading readTitle(String title) {
    Objects.requireNonNull(title, "title must not be null");
    return run.get().rules().vocabulary().readTitle(title);
  }

  @Override
  public synchronized void replaceHostRules(List<RuleSource> hostRules) {
    List<RuleSource> sources = List.copyOf(Objects.requireNonNull(hostRules, "hostRules must not be null"));
    RuleSet next = run.get().rules().withHostRules(sources);
    run.set(new AdviceRun(next, maxRuleFirings));
  }
}
