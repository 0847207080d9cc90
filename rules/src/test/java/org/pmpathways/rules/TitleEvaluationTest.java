package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Floors under the title reader's measured accuracy (see {@link TitleEvaluation} and BENCHMARKS.md):
 * a change that makes reading worse fails here. Set -Dtitle.report=true to print the whole report.
 */
class TitleEvaluationTest {
  @Test
  void readingStaysAboveItsMeasuredFloors() {
    if (Boolean.getBoolean("title.report")) {
      System.out.println(TitleEvaluation.report(Fixtures.ADVISOR));
    }
    // Floors a little under the figures measured on 2026-11-27 (BENCHMARKS.md, "Reading titles and skills").
    check("titles/talent-frameworks.tsv", false, 0.74, 0.60);
    check("titles/talent-frameworks.tsv", true, 0.74, 0.60);
    check("titles/general-heldout.tsv", false, 0.86, 0.84);
    check("titles/tech-and-business.tsv", false, 0.97, 0.98);
    check("titles/esco-heldout.tsv", false, 0.64, 0.47);
  }

  private static void check(String resource, boolean variants, double accuracyFloor, double macroFloor) {
    var titles = TitleEvaluation.load(resource);
    var result = TitleEvaluation.measure(resource, variants ? TitleEvaluation.everydayVariants(titles) : titles,
        Fixtures.ADVISOR::classifyTitle);
    assertTrue(result.accuracy() >= accuracyFloor, resource + ": accuracy fell to " + result.accuracy());
    assertTrue(result.macro() >= macroFloor, resource + ": macro accuracy fell to " + result.macro());
  }
}
