package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmpathways.rules.Fixtures.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;
import org.pmpathways.advice.WhatIf;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/**
 * The adding up (the engine's Tally) and the plan's order (PlanOrder, from {@code policy/actions.tsv}),
 * with the real rules: scores kept between 0 and 100, the primary pathway and its tie-break, the
 * pathways in play, the competency levels, the stage, the order of dependent actions, completed actions
 * and what-if.
 */
class TallyAndPlanOrderTest {
  private static final String CATALOGUE = "org/pmpathways/rules/policy/actions.tsv";

  /** One row of the action catalogue, as the test reads it. */
  private record Row(String id, List<String> dependsOn, boolean afterAll, List<String> completes) {}

  @Test
  void aScoreIsKeptAt100() {
    // a founder without an employer, early, with a project under way: 20 + 45 + 30 + 10 + 5 = 110 points
    Advice advice = adviseKeyed(person(RoleFamily.FOUNDER, 1)
        .sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS)).build());
    assertEquals(5, reasons(advice, Pathway.BUILD_YOUR_OWN).size(), reasons(advice, Pathway.BUILD_YOUR_OWN).toString());
    assertEquals(100, score(advice, Pathway.BUILD_YOUR_OWN));
  }

  @Test
  void aScoreIsKeptAt0() {
    String drl = """
        package com.example.rules;
        import org.pmpathways.facts.*;
        import org.pmpathways.advice.*;
        global org.pmpathways.facts.Conclusions conclusions;
        rule "Test: the trio loses 80 points"
          agenda-group "weigh"
        when
          Candidate(aspirant)
        then
          conclusions.points(Pathway.PRODUCT_TRIO, -80, "trio.not-in-trio");
        end
        """;
    try (PathwayAdvisor advisor = PathwayAdvisor.builder().addRules(RuleSource.text("minus.drl", drl)).build()) {
      // a developer at a digital employer: 75 - 80 = -5 points
      Advice advice = advisor.advise(person(RoleFamily.DEVELOPER, 4).employer(DIGITAL_WITH_PMS).build());
      assertEquals(0, score(advice, Pathway.PRODUCT_TRIO));
    }
  }

  @Test
  void onATieThePathwayCloserToProductWorkIsPrimary() {
    // trio 50 + 0 + 10 and build your own 20 + 40: 60 each
    Advice advice = adviseKeyed(person(RoleFamily.DEVELOPER, 4).employer(NOT_DIGITAL)
        .pmLikeWork(PmLikeWork.RAN_EXPERIMENT).build());
    assertEquals(60, score(advice, Pathway.PRODUCT_TRIO));
    assertEquals(60, score(advice, Pathway.BUILD_YOUR_OWN));
    assertEquals(Pathway.PRODUCT_TRIO, advice.primaryPathway());
  }

  @Test
  void aPathwayBesidesThePrimaryIsInPlayFrom50Points() {
    // internal move 45 + 5 for two years = 50, beside the primary trio's 75: its actions are proposed
    Advice at50 = adviseKeyed(person(RoleFamily.DEVELOPER, 2).employer(DIGITAL_NO_PMS).build());
    assertEquals(Pathway.PRODUCT_TRIO, at50.primaryPathway());
    assertEquals(50, score(at50, Pathway.INTERNAL_MOVE));
    assertTrue(at50.action("OWN_A_PRODUCT_PROBLEM").isPresent(), actionIds(at50).toString());
    // one year: 45, not in play
    Advice at45 = adviseKeyed(person(RoleFamily.DEVELOPER, 1).employer(DIGITAL_NO_PMS).build());
    assertEquals(45, score(at45, Pathway.INTERNAL_MOVE));
    assertFalse(at45.action("OWN_A_PRODUCT_PROBLEM").isPresent(), actionIds(at45).toString());
  }

  @Test
  void thePrimaryPathwayIsInPlayEvenBelow50() {
    // build your own 20 + 40 (no digital products) + 10 (far role) - 40 (the test rule) = 30
    try (PathwayAdvisor lowered = lowered()) {
      Advice advice = lowered.advise(person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL).build());
      assertEquals(Pathway.BUILD_YOUR_OWN, advice.primaryPathway());
      assertEquals(30, score(advice, Pathway.BUILD_YOUR_OWN));
      assertTrue(advice.action("SHIP_A_TINY_PRODUCT").isPresent(), actionIds(advice).toString());
    }
  }

  @Test
  void trioActionsWaitWhileTheTrioIsNotInPlay() {
    try (PathwayAdvisor lowered = lowered()) {
      for (RoleFamily role : List.of(RoleFamily.DEVELOPER, RoleFamily.DESIGNER, RoleFamily.DATA_ANALYST)) {
        // trio 50 - 40 = 10, build your own 20 + 40 - 40 = 20
        Advice advice = lowered.advise(person(role, 4).employer(NOT_DIGITAL).build());
        assertEquals(Pathway.BUILD_YOUR_OWN, advice.primaryPathway(), role.toString());
        for (String id : List.of("VOLUNTEER_FOR_PM_TASKS", "DEVELOPER_PRACTICE_PRIORITIZATION",
            "DESIGNER_LEARN_BUSINESS_STRATEGY", "ANALYST_JOIN_DISCOVERY")) {
          assertFalse(advice.action(id).isPresent(), id + " for " + role + ": " + actionIds(advice));
        }
      }
    }
  }

  /** The real rules plus one test rule that takes 40 points from every pathway. */
  private static PathwayAdvisor lowered() {
    return PathwayAdvisor.builder().classLoader(new IndexOverride("lowered/ruleset.properties")).build();
  }

  @Test
  void aCompetencyIsStrongOnlyWithDemonstratedWorkAndFourPoints() {
    // eight points of business sense from the role and skills, none demonstrated
    Advice suggested = adviseKeyed(person(RoleFamily.MARKETING, 1).skill("SQL").skill("Tableau").skill("pricing")
        .skill("A/B testing").skill("launch strategy").skill("Excel").skill("market research").build());
    assertEquals(8, evidence(suggested, Competency.BUSINESS_SENSE).size());
    assertEquals(CompetencyLevel.DEVELOPING, level(suggested, Competency.BUSINESS_SENSE));
    // two points demonstrated: developing; four: strong
    Advice two = adviseKeyed(person(RoleFamily.OTHER, 1).pmLikeWork(PmLikeWork.RAN_USER_RESEARCH).build());
    assertEquals(CompetencyLevel.DEVELOPING, level(two, Competency.CUSTOMER_EMPATHY));
    Advice four = adviseKeyed(person(RoleFamily.OTHER, 1).pmLikeWork(PmLikeWork.RAN_USER_RESEARCH)
        .pmLikeWork(PmLikeWork.DEFINED_PROBLEM).build());
    assertEquals(CompetencyLevel.STRONG, level(four, Competency.CUSTOMER_EMPATHY));
    // nothing at all: a gap
    assertEquals(CompetencyLevel.GAP, level(two, Competency.BUSINESS_SENSE));
  }

  @Test
  void theFurthestStageFoundIsTheCandidates() {
    Advice advice = adviseKeyed(person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS)
        .sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS))
        .pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build());
    assertTrue(fired(advice, "Stage: a side project, whatever its stage, is proof being built"));
    assertTrue(fired(advice, "Stage: an item on the roadmap, or cross-team work led with product judgement, makes the candidate ready"));
    assertEquals(Stage.READY, advice.stage());
  }

  @Test
  void someoneAlreadyAProductManagerHasNoScoresAndNoStage() {
    Advice advice = adviseKeyed(person(RoleFamily.PRODUCT_MANAGER, 5).build());
    assertEquals(List.of(), advice.pathways());
    assertEquals(null, advice.primaryPathway());
    assertEquals(null, advice.stage());
  }

  @Test
  void aPlanNeverPutsAnActionBeforeOneItDependsOnAndTheCourseComesLast() throws IOException {
    Map<String, Row> catalogue = catalogue();
    List<Profile> profiles = new ArrayList<>(RandomProfiles.generate(11L, 400));
    RuleCases.all().forEach(c -> profiles.add(c.firesFor()));
    int checkedDependencies = 0;
    for (Profile profile : profiles) {
      Advice advice = advise(profile);
      List<String> ids = actionIds(advice);
      for (int i = 0; i < ids.size(); i++) {
        assertEquals(i + 1, advice.actions().get(i).priority(), "priorities count from 1 in " + ids);
        Row row = catalogue.get(ids.get(i));
        assertNotNull(row, ids.get(i) + " is in the catalogue");
        for (String dependency : row.dependsOn()) {
          int at = ids.indexOf(dependency);
          if (at >= 0) {
            checkedDependencies++;
            assertTrue(at < i, ids.get(i) + " comes after " + dependency + " in " + ids + " for " + profile);
          }
        }
        if (row.afterAll()) {
          assertEquals(ids.size() - 1, i, ids.get(i) + " comes last in " + ids);
        }
      }
    }
    assertTrue(checkedDependencies > 100, "dependencies met in the plans: " + checkedDependencies);
  }

  @Test
  void aCompletedActionIsNeverProposedAgain() {
    int checked = 0;
    for (Profile profile : RandomProfiles.generate(12L, 60)) {
      for (Action action : advise(profile).actions()) {
        Advice next = advise(profile.withCompleted(action.id()));
        assertFalse(next.action(action.id()).isPresent(), action.id() + " proposed again after it was completed: "
            + actionIds(next));
        checked++;
      }
    }
    assertTrue(checked > 200, "completed actions checked: " + checked);
  }

  /** Each catalogue row's "completes" column, checked on the next plan of a candidate who completed it. */
  @Test
  void aCompletedActionCountsAsTheCatalogueSays() throws IOException {
    Profile marketer = person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).build();
    Profile noPms = person(RoleFamily.MARKETING, 6).employer(DIGITAL_NO_PMS).build();
    Profile newcomer = newcomer().build();
    Profile withProject = newcomer().sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS)).build();
    Set<String> kinds = new HashSet<>();
    for (Row row : catalogue().values()) {
      for (String effect : row.completes()) {
        String kind = effect.contains(":") ? effect.substring(0, effect.indexOf(':')) : effect;
        String value = effect.contains(":") ? effect.substring(effect.indexOf(':') + 1) : "";
        String where = row.id() + " completes " + effect;
        kinds.add(kind);
        switch (kind) {
          case "work" -> {
            Advice advice = adviseKeyed(marketer.withCompleted(row.id()));
            String shown = text("evidence.work." + PmLikeWork.valueOf(value).name());
            assertTrue(advice.competencies().stream().anyMatch(c -> c.evidence().contains(shown)), where);
          }
          case "contacts" -> {
            Advice advice = adviseKeyed(marketer.withCompleted(row.id()));
            assertTrue(reasons(advice, Pathway.INTERNAL_MOVE).contains(text("reason.internal.pm-contacts",
                Integer.parseInt(value))), where + ": " + reasons(advice, Pathway.INTERNAL_MOVE));
            assertFalse(fired(advice, "Networking: get to know the product managers at work over coffee"), where);
          }
          case "interviews" -> {
            Advice advice = adviseKeyed(noPms.withCompleted(row.id()));
            assertEquals(5, Integer.parseInt(value), where);
            assertFalse(fired(advice,
                "Networking: with no product managers at work, meet some outside for informational interviews"), where);
          }
          case "shipped" -> assertEquals(Stage.READY, adviseKeyed(newcomer.withCompleted(row.id())).stage(), where);
          case "concept" -> {
            Advice advice = adviseKeyed(newcomer.withCompleted(row.id()));
            assertEquals(Stage.BUILDING_PROOF, advice.stage(), where);
            assertFalse(advice.action("CREATE_A_PRODUCT_CASE_STUDY").isPresent(), where);
          }
          case "project-work" -> {
            Advice advice = adviseKeyed(withProject.withCompleted(row.id()));
            assertTrue(evidence(advice, Competency.CUSTOMER_EMPATHY).contains(text("evidence.project.research", "Tide")), where);
            assertTrue(evidence(advice, Competency.CUSTOMER_EMPATHY).contains(text("evidence.project.problem", "Tide")), where);
            assertTrue(evidence(advice, Competency.BUSINESS_SENSE).contains(text("evidence.project.metrics", "Tide")), where);
          }
          default -> throw new AssertionError("no check for what " + where + " counts as");
        }
      }
    }
    assertEquals(Set.of("work", "contacts", "interviews", "shipped", "concept", "project-work"), kinds);
  }

  @Test
  void whatIfShowsTheEffectOfCompletingAnAction() {
    Profile newcomer = newcomer().build();
    WhatIf ship = ADVISOR.whatIf(newcomer, "SHIP_A_TINY_PRODUCT");
    assertEquals(Stage.GETTING_STARTED, ship.before().stage());
    assertEquals(Stage.READY, ship.after().stage());
    assertTrue(ship.changesStage());
    assertTrue(ship.unlocked().containsAll(List.of("SHOWCASE_PRODUCT_PROOF", "APPLY_TO_ENTRY_PM_ROLES")), ship.unlocked().toString());

    // three product managers met: internal move +5 for the relationships begun
    WhatIf coffee = ADVISOR.whatIf(person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).build(), "COFFEE_CHATS_WITH_PMS");
    assertEquals(5, coffee.scoreChange(Pathway.INTERNAL_MOVE));
    assertFalse(coffee.changesStage());

    IllegalArgumentException notInPlan = assertThrows(IllegalArgumentException.class,
        () -> ADVISOR.whatIf(newcomer, "ASK_FOR_PM_ROLE_INTERNALLY"));
    assertTrue(notInPlan.getMessage().contains("SHIP_A_TINY_PRODUCT"), notInPlan.getMessage());
  }

  /** The action catalogue, by id, in its order. */
  private static Map<String, Row> catalogue() throws IOException {
    Map<String, Row> rows = new TreeMap<>();
    try (InputStream in = TallyAndPlanOrderTest.class.getClassLoader().getResourceAsStream(CATALOGUE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        boolean afterAll = cells[4].equals("*");
        List<String> dependsOn = afterAll || cells[4].equals("-") ? List.of() : Arrays.asList(cells[4].split(","));
        List<String> completes = cells[5].equals("-") ? List.of() : Arrays.asList(cells[5].split(","));
        rows.put(cells[0], new Row(cells[0], dependsOn, afterAll, completes));
      }
    }
    assertTrue(rows.size() > 15, "catalogue rows: " + rows.size());
    return rows;
  }
}
