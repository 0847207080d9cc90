package org.pmpathways.engine;

import java.util.List;
import org.pmpathways.facts.Candidate;
import org.pmpathways.facts.Project;
import org.pmpathways.facts.SkillSignal;
import org.pmpathways.facts.Standing;

/**
 * The decisions of the rules written as plain Java, for measuring what the rule engine costs: the
 * benchmark's floor ({@code PlainJavaAdvisor} in the examples) implements it, and
 * {@link AdviceRun#adviseWithoutEngine} runs it with everything else of an advice as the advisor does
 * it (reading, facts, adding up, plan order, texts). Not for hosts: the policy lives in the DRL.
 *
 * <p>Implementations must be thread-safe if used from several threads.
 */
public interface PlainRules {
  /** The rules of the {@code weigh} phase: points, evidence, stage, warnings. */
  void weigh(Candidate candidate, List<Project> projects, List<SkillSignal> skills, RuleTrail trail);

  /** The rules of the {@code plan} phase, once the conclusions are added up. */
  void plan(Standing standing, Candidate candidate, List<Project> projects, RuleTrail trail);

  /** Where plain rules draw their conclusions: each firing names its rule and the facts it matched. */
  interface RuleTrail {
    /** A rule fires on these facts; the conclusions drawn through what it returns are that firing's. */
    org.pmpathways.facts.Conclusions fire(String rule, Object... facts);
  }
}
