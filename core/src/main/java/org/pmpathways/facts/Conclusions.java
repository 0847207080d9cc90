package org.pmpathways.facts;

import org.pmpathways.advice.Competency;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;

/**
 * Where rules put what they conclude: the global {@code conclusions} of every session. The advisor
 * records each conclusion with the rule that drew it and the facts that rule matched, and, once the
 * rules of a phase have fired, adds them up in one place (the scores, the primary pathway, the
 * competency levels, the stage, the plan's order). No rule joins on another's conclusions.
 *
 * <pre>{@code
 * global org.pmpathways.facts.Conclusions conclusions;
 *
 * rule "Bootcamp: graduates meet a mentor first"
 *   agenda-group "plan"
 * when
 *   Candidate(aspirant, yearsExperience < 2)
 * then
 *   conclusions.propose("BOOTCAMP_MENTOR_SESSION", "bootcamp.mentor");
 * end
 * }</pre>
 *
 * <p>Texts are message keys with arguments, never sentences: numbers stay numbers (a text chooses its
 * plural), enums and {@link Project}s are named in words by the bundle.
 *
 * <p>Not thread-safe: one per session, used by the thread firing its rules.
 */
public interface Conclusions {
  /** The agenda group of the rules that weigh the candidate: points, evidence, stage, warnings. */
  String WEIGH = "weigh";
  /**
   * The agenda group of the rules that propose actions. They fire once the scores are added up and
   * can match the {@link Standing}.
   */
  String PLAN = "plan";

  /** Gives a pathway points (negative points take some away); {@code reason.KEY} is the reason. */
  void points(Pathway pathway, int points, String reason, Object... args);

  /** Adds evidence for a competency; {@code evidence.KEY} is its text. */
  void evidence(Competency competency, int points, boolean demonstrated, String reason, Object... args);

  /** Finds that the candidate has reached a stage; {@code reason.KEY} is the reason. */
  void stage(Stage stage, String reason, Object... args);

  /** Raises a warning whose text is {@code warning.ID}. */
  void warn(String warningId, Object... args);

  /** Raises a warning whose text is {@code warning.ID.VARIANT}, for one of its reasons. */
  void warnBecause(String warningId, String variant, Object... args);

  /** Proposes an action; {@code reason.KEY} is why. Proposals of one id become one action. */
  void propose(String actionId, String reason, Object... args);
}
