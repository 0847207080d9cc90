package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmpathways.rules.Fixtures.because;
import static org.pmpathways.rules.Fixtures.level;
import static org.pmpathways.rules.Fixtures.reasons;
import static org.pmpathways.rules.Fixtures.score;
import static org.pmpathways.rules.Fixtures.text;

import java.util.List;
import java.util.function.Consumer;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;

/**
 * The checks a {@link RuleCase} makes of what its rule concluded, on advice with keyed texts
 * ({@link KeyedTexts}). Each names the message key a rule gave with its arguments, and the number or
 * level it leads to, as a host sees them in the advice: the reasons and score of a pathway, the
 * reasons of an action, the evidence and level of a competency, the warnings, the stage.
 *
 * <p>A stage's reason shows only in the explanation, so {@link #stage} checks it there after the stage
 * itself. {@link RuleRemovalCheck} sets {@link #visibleOnly} so that a rule counts as caught only when
 * what the host sees changes without it, never through the explanation alone.
 */
final class Concluded {
  /** When set, checks of the explanation pass: only the advice a host shows counts. */
  static volatile boolean visibleOnly;

  private Concluded() {}

  /** The pathway has the reason {@code reason.KEY[args]} and ends with this score. */
  static Consumer<Advice> points(Pathway pathway, int score, String reason, Object... args) {
    return a -> {
      String expected = text("reason." + reason, args);
      assertTrue(reasons(a, pathway).contains(expected), pathway + " should give the reason " + expected + ": "
          + reasons(a, pathway));
      assertEquals(score, score(a, pathway), pathway + " score; reasons " + reasons(a, pathway));
    };
  }

  /** The action is in the plan, for the reason {@code reason.KEY[args]} among its reasons. */
  static Consumer<Advice> proposes(String actionId, String reason, Object... args) {
    return a -> {
      String expected = text("reason." + reason, args);
      List<String> because = because(a, actionId);
      assertTrue(because.contains(expected), actionId + " should be proposed because " + expected + ": " + because);
    };
  }

  /** The competency has the evidence {@code evidence.KEY[args]} and this level. */
  static Consumer<Advice> evidence(Competency competency, CompetencyLevel level, String key, Object... args) {
    return a -> {
      String expected = text("evidence." + key, args);
      assertTrue(Fixtures.evidence(a, competency).contains(expected), competency + " should show " + expected + ": "
          + Fixtures.evidence(a, competency));
      assertEquals(level, level(a, competency), competency + " level; evidence " + Fixtures.evidence(a, competency));
    };
  }

  /** The candidate is at this stage, and the explanation gives the reason {@code reason.KEY[args]} for it. */
  static Consumer<Advice> stage(Stage stage, String reason, Object... args) {
    return a -> {
      assertEquals(stage, a.stage(), "stage");
      explained(text("explain.stage", stage, text("reason." + reason, args))).accept(a);
    };
  }

  /**
   * The advice has a warning with this id whose text has this keyed text (the texts of one warning's
   * several reasons are joined into one).
   */
  static Consumer<Advice> warns(String id, String message) {
    return a -> assertTrue(a.warnings().stream().anyMatch(w -> w.id().equals(id) && w.message().contains(message)),
        "should warn " + id + ": " + message + "; warnings " + a.warnings());
  }

  /** Some entry of the explanation has this keyed effect (passes when {@link #visibleOnly}). */
  static Consumer<Advice> explained(String effect) {
    return a -> {
      if (!visibleOnly) {
        assertTrue(a.explanation().stream().map(Explanation::effect).anyMatch(effect::equals),
            "the explanation should say " + effect);
      }
    };
  }

  /** All the checks, in order. */
  @SafeVarargs
  static Consumer<Advice> all(Consumer<Advice>... checks) {
    return a -> {
      for (Consumer<Advice> check : checks) {
        check.accept(a);
      }
    };
  }
}
