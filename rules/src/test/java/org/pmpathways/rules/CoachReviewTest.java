package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.ProfileJson;

/**
 * The coach review set (rules/src/test/resources/coach-review): profiles with the advice a product
 * management coach would give, written before the advisor was run on them, scored against the real
 * advisor with the real rules.
 *
 * <p>The scorer prints a report per case (which expectations failed and why) and totals, and writes
 * it to {@code target/coach-review/report.txt}. It asserts a ratchet: the advice may get better on
 * this set, never worse. The hold-out set ({@code holdout.json}, written blind by another author) is
 * scored the same way into {@code target/coach-review/holdout-report.txt}, with its own ratchet. The
 * sets' own validity (profiles of the contract, ids of the catalogue, order pairs that follow the
 * catalogue's dependencies) is checked on both.
 */
class CoachReviewTest {

  /**
   * Cases whose every checkable expectation holds, measured on 2026-11-27 before the redesign of
   * issue 10 (9 before titles were read on ESCO, 10 after): raised by the redesign; the issue's goal
   * is 90% (of the independent set).
   */
  static final int SATISFIED_CASES_AT_LEAST = 59; // 58 before engineering managers were developers, 10 before issue 10

  /** Checkable expectations met, measured the same day: raised by the redesign, never lowered. */
  static final int EXPECTATIONS_MET_AT_LEAST = 819; // 818 before session 5, 585 before the redesign, 577 before ESCO

  /**
   * Cases of the hold-out set (holdout.json) whose every checkable expectation holds, measured on 2026-11-27
   * when the set was first scored, after it had been written and committed blind: raised when the advice
   * improves, never lowered.
   */
  static final int HOLDOUT_SATISFIED_CASES_AT_LEAST = 56; // 50 when first run, before its failures were read

  /** Checkable expectations of the hold-out set met, measured the same run: raised, never lowered. */
  static final int HOLDOUT_EXPECTATIONS_MET_AT_LEAST = 774; // 768 when first run

  /** The kinds of failure issue 10 lists; each must be the subject of at least two cases. */
  static final List<String> FAILURE_KINDS = List.of("PROOF_BY_OUTCOMES", "ORDER_OF_DEPENDENCIES",
      "NETWORKING_WITHOUT_PMS", "READY_STAGE", "ADVICE_AGAINST_FACTS", "STORY_AND_INTERVIEW_PREP");

  static final Set<String> STAGES = Set.of("GETTING_STARTED", "BUILDING_PROOF", "READY");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<CoachCase> cases;
  private static List<CoachCase> holdout;
  /** Both sets: the checks of the set itself apply to each case of either. */
  private static List<CoachCase> everyCase;
  private static CoachCatalogue catalogue;

  @BeforeAll
  static void load() {
    cases = CoachCase.load(CoachCase.SET);
    holdout = CoachCase.load(CoachCase.HOLDOUT);
    everyCase = new ArrayList<>(cases);
    everyCase.addAll(holdout);
    catalogue = CoachCatalogue.load();
  }

  // ---- the set itself ----

  @Test
  void theSetHasAtLeast45CasesTheHoldOutAtLeast40WithDistinctIdsEachNamingItsProfile() {
    assertTrue(cases.size() >= 45, "the set has " + cases.size() + " cases; at least 45 are required");
    assertTrue(holdout.size() >= 40, "the hold-out set has " + holdout.size() + " cases; at least 40 are required");
    Set<String> ids = new HashSet<>();
    for (CoachCase c : everyCase) {
      assertTrue(ids.add(c.id()), "two cases have the id " + c.id());
      String profileId;
      try {
        profileId = ProfileJson.read(c.profileJson()).id().orElse(null);
      } catch (InvalidProfileException e) {
        continue; // reported by everyProfileIsValidUnderTheContract
      }
      assertEquals(c.id(), profileId, "case " + c.id() + ": its profile's id should be the case id");
    }
  }

  @Test
  void everyProfileIsValidUnderTheContract() {
    List<String> refused = new ArrayList<>();
    for (CoachCase c : everyCase) {
      try {
        ProfileJson.read(c.profileJson());
      } catch (InvalidProfileException e) {
        refused.add(c.id() + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), refused, "profiles refused by the contract");
  }

  @Test
  void everyExpectationUsesIdsAndValuesOfTheCatalogue() {
    List<String> problems = new ArrayList<>();
    for (CoachCase c : everyCase) {
      CoachCase.Expect e = c.expect();
      List<String> actionIds = new ArrayList<>(e.mustHave());
      actionIds.addAll(e.mustNotHave());
      e.order().forEach(p -> actionIds.addAll(List.of(p.before(), p.after())));
      actionIds.stream().filter(id -> !catalogue.actions().containsKey(id))
          .forEach(id -> problems.add(c.id() + ": action " + id + " is not in the catalogue"));
      List<String> warningIds = new ArrayList<>(e.warnings());
      warningIds.addAll(e.noWarnings());
      warningIds.stream().filter(id -> !catalogue.warnings().containsKey(id))
          .forEach(id -> problems.add(c.id() + ": warning " + id + " is not in the catalogue"));
      if (e.primaryPathway() != null && !names(Pathway.values()).contains(e.primaryPathway())) {
        problems.add(c.id() + ": pathway " + e.primaryPathway() + " is not one of " + names(Pathway.values()));
      }
      if (e.stage() != null && !STAGES.contains(e.stage())) {
        problems.add(c.id() + ": stage " + e.stage() + " is not one of " + STAGES);
      }
      e.competencies().forEach((competency, level) -> {
        if (!names(Competency.values()).contains(competency)) {
          problems.add(c.id() + ": competency " + competency + " is not one of " + names(Competency.values()));
        }
        if (!names(CompetencyLevel.values()).contains(level.startsWith("!") ? level.substring(1) : level)) {
          problems.add(c.id() + ": level " + level + " is not a level of " + names(CompetencyLevel.values())
              + ", or one of them after '!'");
        }
      });
      c.covers().stream().filter(k -> !FAILURE_KINDS.contains(k))
          .forEach(k -> problems.add(c.id() + ": covers " + k + ", which is not one of " + FAILURE_KINDS));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyCaseIsConsistentWithItself() {
    List<String> problems = new ArrayList<>();
    for (CoachCase c : everyCase) {
      CoachCase.Expect e = c.expect();
      for (CoachCase.Pair p : e.order()) {
        if (!e.mustHave().contains(p.before()) || !e.mustHave().contains(p.after())) {
          problems.add(c.id() + ": order pair " + p + " names an action that is not in mustHave");
        }
        if (!catalogue.requiresOrder(p.before(), p.after())) {
          problems.add(c.id() + ": order pair " + p + " does not follow from the catalogue's dependencies");
        }
      }
      e.mustHave().stream().filter(e.mustNotHave()::contains)
          .forEach(id -> problems.add(c.id() + ": " + id + " is both in mustHave and in mustNotHave"));
      e.warnings().stream().filter(e.noWarnings()::contains)
          .forEach(id -> problems.add(c.id() + ": " + id + " is both in warnings and in noWarnings"));
      if (e.hasPathway() && e.primaryPathway() == null
          && !(e.warnings().contains("ALREADY_PRODUCT_MANAGER") && e.mustHave().isEmpty())) {
        problems.add(c.id() + ": a null pathway means a current PM, who has ALREADY_PRODUCT_MANAGER and no actions");
      }
      // Any dependency between two actions the case requires must be stated as an order pair, so that no
      // case can be satisfied by a plan that puts them the wrong way round.
      for (String before : e.mustHave()) {
        for (String after : e.mustHave()) {
          if (catalogue.thenCome().getOrDefault(before, Set.of()).contains(after)
              && !e.order().contains(new CoachCase.Pair(before, after))) {
            problems.add(c.id() + ": requires " + before + " and " + after + " but not their order");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void eachKindOfFailureInTheIssueIsTheSubjectOfAtLeastTwoCases() {
    Map<String, Long> covered = cases.stream().flatMap(c -> c.covers().stream())
        .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
    for (String kind : FAILURE_KINDS) {
      assertTrue(covered.getOrDefault(kind, 0L) >= 2, kind + " is covered by " + covered.getOrDefault(kind, 0L) + " cases");
    }
  }

  // ---- the scorer ----

  @Test
  void theAdviceIsNoWorseOnTheCoachReviewSetThanWhenItWasWritten() throws IOException {
    assertNoWorse(cases, "Coach review set", "coach review set", "report.txt", SATISFIED_CASES_AT_LEAST,
        EXPECTATIONS_MET_AT_LEAST);
  }

  @Test
  void theAdviceIsNoWorseOnTheHoldOutSetThanWhenItWasFirstScored() throws IOException {
    assertNoWorse(holdout, "Coach hold-out set", "hold-out set", "holdout-report.txt",
        HOLDOUT_SATISFIED_CASES_AT_LEAST, HOLDOUT_EXPECTATIONS_MET_AT_LEAST);
  }

  /** Scores a set, writes its report, and fails if fewer cases or expectations are met than the ratchet. */
  private static void assertNoWorse(List<CoachCase> set, String title, String name, String report, long casesAtLeast,
      long metAtLeast) throws IOException {
    List<CoachScore.Result> results = scoreAndReport(set, title, report);
    long satisfied = results.stream().filter(CoachScore.Result::satisfiedAsFarAsCheckable).count();
    long met = results.stream().mapToLong(r -> r.count(CoachScore.Outcome.MET)).sum();
    if (satisfied < casesAtLeast || met < metAtLeast) {
      fail("the advice got worse on the " + name + ": " + satisfied + " cases satisfied (at least " + casesAtLeast
          + " before), " + met + " expectations met (at least " + metAtLeast + " before); see target/coach-review/"
          + report);
    }
  }

  /** Advises every case with the real rules, scores it, prints the report and writes it to target/coach-review. */
  private static List<CoachScore.Result> scoreAndReport(List<CoachCase> set, String title, String file)
      throws IOException {
    List<CoachScore.Result> results = new ArrayList<>();
    for (CoachCase c : set) {
      JsonNode advice = JSON.readTree(AdviceJson.write(Fixtures.advise(ProfileJson.read(c.profileJson()))));
      results.add(CoachScore.score(c, advice));
    }
    String report = report(title, results);
    System.out.println(report);
    Path out = Path.of("target", "coach-review", file);
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    return results;
  }

  static String report(String title, List<CoachScore.Result> results) {
    StringBuilder b = new StringBuilder(title).append(": ").append(results.size()).append(" cases\n\n");
    for (CoachScore.Result r : results) {
      long failed = r.count(CoachScore.Outcome.FAILED);
      long open = r.count(CoachScore.Outcome.NOT_CHECKABLE);
      b.append(failed > 0 ? "[FAIL] " : "[ok]   ").append(r.coachCase().id()).append(": ")
          .append(r.count(CoachScore.Outcome.MET)).append(" met, ").append(failed).append(" failed, ")
          .append(open).append(" not checkable yet\n");
      if (failed > 0) {
        b.append("       ").append(r.coachCase().story()).append('\n');
        b.append("       plan: ").append(r.plan().isEmpty() ? "(no actions)" : numbered(r.plan())).append('\n');
      }
      for (CoachScore.Check check : r.checks()) {
        if (check.outcome() != CoachScore.Outcome.MET) {
          b.append("       ").append(check).append('\n');
        }
      }
    }

    long satisfied = results.stream().filter(CoachScore.Result::satisfiedAsFarAsCheckable).count();
    long full = results.stream().filter(CoachScore.Result::fullySatisfied).count();
    long met = results.stream().mapToLong(r -> r.count(CoachScore.Outcome.MET)).sum();
    long failed = results.stream().mapToLong(r -> r.count(CoachScore.Outcome.FAILED)).sum();
    long open = results.stream().mapToLong(r -> r.count(CoachScore.Outcome.NOT_CHECKABLE)).sum();
    List<CoachScore.Check> pathways = results.stream().map(CoachScore.Result::pathway)
        .filter(p -> p != null && p.outcome() != CoachScore.Outcome.NOT_CHECKABLE).toList();
    long agreed = pathways.stream().filter(p -> p.outcome() == CoachScore.Outcome.MET).count();

    b.append("\nTotals\n");
    b.append(String.format("  cases satisfied on every checkable expectation: %d of %d (%s)%n", satisfied,
        results.size(), percent(satisfied, results.size())));
    b.append(String.format("  cases fully satisfied (every expectation checked and met): %d of %d%n", full,
        results.size()));
    b.append(String.format("  expectations met: %d of %d checkable (%s); %d failed; %d not checkable yet%n", met,
        met + failed, percent(met, met + failed), failed, open));
    b.append(String.format("  pathway agreement: %d of %d cases that expect a pathway (%s)%n", agreed,
        pathways.size(), percent(agreed, pathways.size())));

    b.append("\nBy kind of expectation (met / checkable, not checkable yet)\n");
    Map<String, long[]> byKind = new LinkedHashMap<>();
    for (String kind : List.of("primaryPathway", "stage", "mustHave", "mustNotHave", "order", "warnings",
        "noWarnings", "competencies")) {
      byKind.put(kind, new long[3]);
    }
    results.forEach(r -> r.checks().forEach(c -> byKind.get(c.kind())[c.outcome().ordinal()]++));
    byKind.forEach((kind, n) -> b.append(String.format("  %-15s %3d / %3d, %d%n", kind, n[0], n[0] + n[1], n[2])));

    b.append("\nBy kind of failure in issue 10 (cases satisfied on every checkable expectation / cases)\n");
    for (String kind : FAILURE_KINDS) {
      List<CoachScore.Result> about = results.stream().filter(r -> r.coachCase().covers().contains(kind)).toList();
      long ok = about.stream().filter(CoachScore.Result::satisfiedAsFarAsCheckable).count();
      b.append(String.format("  %-25s %2d / %2d%n", kind, ok, about.size()));
    }
    return b.toString();
  }

  private static String numbered(List<String> plan) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      out.add((i + 1) + " " + plan.get(i));
    }
    return String.join(", ", out);
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format("%.1f%%", 100.0 * part / whole);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
