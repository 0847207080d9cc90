package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

class AdvisorLifecycleTest {
  private static final Profile DEVELOPER = Profile.builder().role(RoleFamily.DEVELOPER).yearsExperience(4).build();
  private static final RuleSource GATE = RuleSource.classpath("org/pmpathways/rules/test/gate.drl");

  @Test
  void aClosedAdvisorRefusesCallsAndClosingTwiceDoesNothing() {
    PathwayAdvisor advisor = PathwayAdvisor.builder().build();
    advisor.advise(DEVELOPER);
    advisor.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> advisor.advise(DEVELOPER));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> advisor.replaceHostRules(List.of()));
    assertThrows(IllegalStateException.class, () -> advisor.classifyTitle("Developer"));
    advisor.close();
  }

  @Test
  void tryWithResourcesClosesTheAdvisor() {
    PathwayAdvisor kept;
    try (PathwayAdvisor advisor = PathwayAdvisor.builder().build()) {
      advisor.advise(DEVELOPER);
      kept = advisor;
    }
    assertThrows(IllegalStateException.class, () -> kept.advise(DEVELOPER));
  }

  @Test
  void aCallUnderWayFinishesWhenTheAdvisorIsClosed() throws Exception {
    Gate.reset();
    PathwayAdvisor advisor = PathwayAdvisor.builder().addRules(GATE).build();
    CompletableFuture<Advice> call = CompletableFuture.supplyAsync(() -> advisor.advise(DEVELOPER));
    assertTrue(Gate.arrived.await(10, TimeUnit.SECONDS), "the call reached the rules");
    advisor.close();
    assertThrows(IllegalStateException.class, () -> advisor.advise(DEVELOPER));
    Gate.open.countDown();
    Advice advice = call.get(10, TimeUnit.SECONDS);
    assertEquals(RoleFamily.DEVELOPER, advice.roleFamily());
  }

  @Test
  void aCallUnderWayFinishesOnTheRulesItStartedWithWhenTheyAreReplaced() throws Exception {
    Gate.reset();
    PathwayAdvisor advisor = PathwayAdvisor.builder().addRules(GATE).build();
    CompletableFuture<Advice> call = CompletableFuture.supplyAsync(() -> advisor.advise(DEVELOPER));
    assertTrue(Gate.arrived.await(10, TimeUnit.SECONDS), "the call reached the rules");
    advisor.replaceHostRules(List.of());
    Advice after = advisor.advise(DEVELOPER); // the new rules have no gate
    Gate.open.countDown();
    Advice during = call.get(10, TimeUnit.SECONDS);
    assertEquals(after.actions(), during.actions());
    assertTrue(during.explanation().stream().anyMatch(e -> e.rule().equals("Test: every call waits at the gate")));
    assertTrue(after.explanation().stream().noneMatch(e -> e.rule().equals("Test: every call waits at the gate")));
    advisor.close();
  }

  @Test
  void aWarmedUpAdvisorGivesTheSameAdvice() {
    try (PathwayAdvisor cold = PathwayAdvisor.builder().build();
        PathwayAdvisor warm = PathwayAdvisor.builder().warmUp().build()) {
      assertEquals(cold.advise(DEVELOPER), warm.advise(DEVELOPER));
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PathwayAdvisor.builder().warmUp().warmUp());
    assertTrue(e.getMessage().contains("warmUp"), e.getMessage());
  }

  /**
   * Sessions are kept from call to call with their facts deleted. A host rule that inserts a fact of
   * its own leaves the session unfit for reuse: it is disposed of, and the next call starts clean.
   */
  @Test
  void aFactAHostRuleInsertedNeverReachesTheNextCall() {
    String drl = """
        package com.example.marker;
        import org.pmpathways.facts.*;
        import org.pmpathways.advice.*;
        global org.pmpathways.facts.Conclusions conclusions;
        declare Marker end
        rule "Marker: the first rule of a call leaves a marker"
          agenda-group "weigh"
        when
          Candidate(aspirant)
          not Marker()
        then
          insert(new Marker());
          conclusions.points(Pathway.BUILD_YOUR_OWN, 0, "build.open-to-all");
        end
        """;
    try (PathwayAdvisor advisor = PathwayAdvisor.builder().addRules(RuleSource.text("marker.drl", drl)).build()) {
      for (int call = 0; call < 5; call++) {
        Advice advice = advisor.advise(DEVELOPER);
        assertTrue(advice.explanation().stream().anyMatch(e -> e.rule().equals("Marker: the first rule of a call leaves a marker")),
            "call " + call + " saw a marker left by an earlier call");
      }
    }
  }

  @Test
  void aSessionGivenBackCleanGivesTheSameAdviceAsAFreshOne() {
    try (PathwayAdvisor reused = PathwayAdvisor.builder().build()) {
      List<Profile> profiles = RandomProfiles.generate(11L, 300);
      List<String> first = profiles.stream().map(p -> org.pmpathways.json.AdviceJson.write(reused.advise(p))).toList();
      for (int i = profiles.size() - 1; i >= 0; i--) {
        try (PathwayAdvisor fresh = i % 50 == 0 ? PathwayAdvisor.builder().build() : null) {
          String again = org.pmpathways.json.AdviceJson.write(reused.advise(profiles.get(i)));
          assertEquals(first.get(i), again, "reused sessions, in another order");
          if (fresh != null) {
            assertEquals(first.get(i), org.pmpathways.json.AdviceJson.write(fresh.advise(profiles.get(i))));
          }
        }
      }
    }
  }
}
