package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmpathways.rules.Fixtures.person;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmpathways.AdvisorException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleCompilationException;
import org.pmpathways.RuleError;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** A host's own rules: added at build time, listed error by error when broken, replaced atomically. */
class HostRulesTest {
  private static final Profile GRADUATE = person(RoleFamily.OTHER, 0).build();
  private static final RuleSource BOOTCAMP = RuleSource.classpath("host/bootcamp.drl");
  private static final String BROKEN = """
      package com.example.broken;
      import org.pmpathways.facts.*;
      rule "Broken: unknown fact"
        agenda-group "weigh"
      when
        NoSuchFact()
      then
      end
      rule "Broken: unknown method"
        agenda-group "weigh"
      when
        $c : Candidate()
      then
        $c.launchRockets();
      end
      """;

  private static PathwayAdvisor withBootcamp() {
    return PathwayAdvisor.builder().addRules(BOOTCAMP).addMessages("host.pathways").build();
  }

  @Test
  void aHostRuleAddsAnActionWithItsOwnIdAndTexts() {
    Advice a = withBootcamp().advise(GRADUATE);
    assertEquals("Book a session with your bootcamp mentor", a.action("BOOTCAMP_MENTOR_SESSION").orElseThrow().title());
    assertEquals(List.of("Graduates of our bootcamp get a free mentor session."),
        a.action("BOOTCAMP_MENTOR_SESSION").orElseThrow().because());
    assertTrue(Fixtures.fired(a, "Bootcamp: early careers get a mentor session"));
  }

  @Test
  void aHostRuleAdjustsAPathwayScore() {
    int before = Fixtures.score(Fixtures.advise(person(RoleFamily.DEVELOPER, 4).employer(Fixtures.DIGITAL_WITH_PMS).build()),
        Pathway.BUILD_YOUR_OWN);
    Advice a = withBootcamp().advise(person(RoleFamily.DEVELOPER, 4).employer(Fixtures.DIGITAL_WITH_PMS).build());
    assertEquals(before + 15, Fixtures.score(a, Pathway.BUILD_YOUR_OWN));
    assertTrue(Fixtures.reasons(a, Pathway.BUILD_YOUR_OWN).contains("Our bootcamp cohorts build products together."));
  }

  @Test
  void theRuleSourceJavadocExampleBuildsAndItsActionCanBeMarkedDone() {
    String drl = """
        package com.example.rules;
        import org.pmpathways.facts.*;
        global org.pmpathways.facts.Conclusions conclusions;
        rule "Bootcamp: early careers get a mentor session"
          agenda-group "plan"
        when
          Standing(buildYourOwnInPlay, candidate.aspirant, candidate.yearsExperience < 2)
        then
          conclusions.propose("BOOTCAMP_MENTOR_SESSION", "bootcamp.mentor");
        end
        """;
    PathwayAdvisor advisor = PathwayAdvisor.builder().addRules(RuleSource.text("bootcamp.drl", drl))
        .addMessages("host.pathways").build();
    assertTrue(advisor.advise(GRADUATE).action("BOOTCAMP_MENTOR_SESSION").isPresent());
    assertEquals("BOOTCAMP_MENTOR_SESSION", advisor.whatIf(GRADUATE, "BOOTCAMP_MENTOR_SESSION").actionId());
    assertFalse(advisor.advise(GRADUATE.withCompleted("BOOTCAMP_MENTOR_SESSION")).action("BOOTCAMP_MENTOR_SESSION")
        .isPresent(), "done, it is not proposed again");
  }

  @Test
  void aProposedActionIdThatAProfileCouldNotListAsDoneIsRefusedAtBuild() {
    String drl = """
        package com.example.rules;
        import org.pmpathways.facts.*;
        global org.pmpathways.facts.Conclusions conclusions;
        rule "Bootcamp: a lower-case id"
          agenda-group "plan"
        when
          Candidate(aspirant)
        then
          conclusions.propose("bootcamp.mentor", "bootcamp.mentor");
        end
        """;
    AdvisorException e = assertThrows(AdvisorException.class, () -> PathwayAdvisor.builder()
        .addRules(RuleSource.text("lower.drl", drl)).addMessages("host.pathways").build());
    assertTrue(e.getMessage().contains("Bootcamp: a lower-case id") && e.getMessage().contains("lower.drl, line 9")
        && e.getMessage().contains("'bootcamp.mentor', which is not an action id"), e.getMessage());
  }

  @Test
  void aHostRuleInThePlanPhaseMatchesTheStanding() {
    String drl = """
        package com.example.derived;
        import org.pmpathways.facts.*;
        import org.pmpathways.advice.*;
        global org.pmpathways.facts.Conclusions conclusions;
        rule "Derived: aspirants with building your own in play meet a mentor"
          agenda-group "plan"
        when
          Standing(buildYourOwnInPlay)
          Candidate(aspirant)
        then
          conclusions.propose("BOOTCAMP_MENTOR_SESSION", "bootcamp.mentor");
        end
        """;
    PathwayAdvisor advisor = PathwayAdvisor.builder().addRules(RuleSource.text("derived.drl", drl))
        .addMessages("host.pathways").build();
    Advice a = advisor.advise(GRADUATE);
    assertTrue(a.action("BOOTCAMP_MENTOR_SESSION").isPresent(), AdviceJson.write(a));
    assertTrue(Fixtures.fired(a, "Derived: aspirants with building your own in play meet a mentor"));
    assertFalse(advisor.advise(person(RoleFamily.PRODUCT_MANAGER, 5).build()).action("BOOTCAMP_MENTOR_SESSION")
        .isPresent(), "a product manager is no aspirant");
  }

  @Test
  void aHostRuleWithoutAPhaseIsRefusedNamingIt() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> PathwayAdvisor.builder()
        .addRules(RuleSource.text("nophase.drl", """
            package com.example.nophase;
            import org.pmpathways.facts.*;
            rule "No phase: fires before the scores exist"
            when
              Candidate()
            then
            end
            """)).build());
    assertTrue(e.getMessage().contains("\"No phase: fires before the scores exist\" (nophase.drl, line 3) names no phase"),
        e.getMessage());
  }

  @Test
  void hostTextsOverrideTheLibrarys() {
    Advice a = PathwayAdvisor.builder().addMessages("host.pathways").build().advise(GRADUATE);
    assertEquals("Launch something small that real people use", a.action("SHIP_A_TINY_PRODUCT").orElseThrow().title());
    assertEquals(Fixtures.advise(GRADUATE).action("SHIP_A_TINY_PRODUCT").orElseThrow().detail(),
        a.action("SHIP_A_TINY_PRODUCT").orElseThrow().detail(), "keys the host leaves out keep the library's text");
  }

  @Test
  void rulesMayComeFromAFileOrAString(@TempDir Path dir) throws Exception {
    String drl = new String(HostRulesTest.class.getClassLoader().getResourceAsStream("host/bootcamp.drl").readAllBytes());
    Path file = dir.resolve("bootcamp.drl");
    Files.writeString(file, drl);
    for (RuleSource source : List.of(RuleSource.file(file), RuleSource.text("bootcamp.drl", drl))) {
      Advice a = PathwayAdvisor.builder().addRules(source).addMessages("host.pathways").build().advise(GRADUATE);
      assertTrue(a.action("BOOTCAMP_MENTOR_SESSION").isPresent(), source.toString());
    }
  }

  @Test
  void rulesThatDoNotCompileAreRefusedWithEveryErrorListed() {
    RuleCompilationException e = assertThrows(RuleCompilationException.class,
        () -> PathwayAdvisor.builder().addRules(RuleSource.text("broken.drl", BROKEN)).build());
    assertTrue(e.errors().size() >= 2, e.getMessage());
    for (RuleError error : e.errors()) {
      assertEquals("broken.drl", error.resource(), e.getMessage());
      assertTrue(error.line() > 0, "each error has a line: " + e.getMessage());
    }
    assertTrue(e.getMessage().contains("NoSuchFact") && e.getMessage().contains("launchRockets"), e.getMessage());
  }

  @Test
  void missingRuleSourcesAreReported(@TempDir Path dir) {
    AdvisorException e = assertThrows(AdvisorException.class,
        () -> PathwayAdvisor.builder().addRules(RuleSource.classpath("host/nope.drl")).build());
    assertTrue(e.getMessage().contains("host/nope.drl"), e.getMessage());
    e = assertThrows(AdvisorException.class,
        () -> PathwayAdvisor.builder().addRules(RuleSource.file(dir.resolve("nope.drl"))).build());
    assertTrue(e.getMessage().contains("nope.drl"), e.getMessage());
  }

  @Test
  void hostRulesWithoutTheirTextsFailTheBuildNamingEachRuleAndKey() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> PathwayAdvisor.builder().addRules(BOOTCAMP).build());
    assertTrue(e.getMessage().contains("\"Bootcamp: early careers get a mentor session\" (host/bootcamp.drl, line 13)"
        + " needs a text for 'action.BOOTCAMP_MENTOR_SESSION.title'"), e.getMessage());
    assertTrue(e.getMessage().contains("needs a text for 'reason.bootcamp.mentor'"), e.getMessage());
    assertTrue(e.getMessage().contains("\"Bootcamp: cohorts make building your own easier\" (host/bootcamp.drl, line 21)"
        + " needs a text for 'reason.bootcamp.cohort'"), e.getMessage());
    assertTrue(e.getMessage().contains("addMessages"), e.getMessage());
  }

  @Test
  void aReplacementWithoutItsTextsIsRefusedAndTheAdvisorKeepsItsRules() {
    PathwayAdvisor advisor = PathwayAdvisor.builder().build();
    Advice before = advisor.advise(GRADUATE);
    assertThrows(AdvisorException.class, () -> advisor.replaceHostRules(List.of(BOOTCAMP)));
    assertEquals(before, advisor.advise(GRADUATE));
  }

  @Test
  void keysComputedWhileTheRulesRunAreCheckedWhenUsed() {
    PathwayAdvisor advisor = PathwayAdvisor.builder().addRules(RuleSource.text("computed.drl", """
        package com.example.computed;
        import org.pmpathways.facts.*;
        import org.pmpathways.advice.*;
        global org.pmpathways.facts.Conclusions conclusions;
        rule "Computed: a reason key built at run time"
          agenda-group "weigh"
        when
          $c : Candidate()
        then
          conclusions.points(Pathway.BUILD_YOUR_OWN, 5, "computed." + $c.getYearsExperience());
        end
        """)).build();
    AdvisorException e = assertThrows(AdvisorException.class, () -> advisor.advise(GRADUATE));
    assertTrue(e.getMessage().contains("no text for message key 'reason.computed."), e.getMessage());
  }

  @Test
  void brokenReplacementRulesLeaveTheAdvisorAsItWas() {
    PathwayAdvisor advisor = withBootcamp();
    String before = AdviceJson.write(advisor.advise(GRADUATE));
    assertThrows(RuleCompilationException.class,
        () -> advisor.replaceHostRules(List.of(RuleSource.text("broken.drl", BROKEN))));
    assertEquals(before, AdviceJson.write(advisor.advise(GRADUATE)));
  }

  @Test
  void replacementRulesTakeEffectForLaterCalls() {
    PathwayAdvisor advisor = withBootcamp();
    assertTrue(advisor.advise(GRADUATE).action("BOOTCAMP_MENTOR_SESSION").isPresent());
    advisor.replaceHostRules(List.of());
    assertFalse(advisor.advise(GRADUATE).action("BOOTCAMP_MENTOR_SESSION").isPresent());
    advisor.replaceHostRules(List.of(BOOTCAMP));
    assertTrue(advisor.advise(GRADUATE).action("BOOTCAMP_MENTOR_SESSION").isPresent());
  }

  @Test
  void callsDuringAReplacementSeeTheOldRulesOrTheNewNeverAMix() throws Exception {
    PathwayAdvisor advisor = withBootcamp();
    String withRules = AdviceJson.write(advisor.advise(GRADUATE));
    advisor.replaceHostRules(List.of());
    String withoutRules = AdviceJson.write(advisor.advise(GRADUATE));
    Set<String> allowed = Set.of(withRules, withoutRules);

    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        readers.add(pool.submit(() -> {
          int calls = 0;
          while (!done.get()) {
            String json = AdviceJson.write(advisor.advise(GRADUATE));
            if (!allowed.contains(json)) {
              throw new AssertionError("advice from a half-applied rule set:\n" + json);
            }
            calls++;
          }
          return calls;
        }));
      }
      for (int i = 0; i < 6; i++) {
        advisor.replaceHostRules(i % 2 == 0 ? List.of(BOOTCAMP) : List.of());
      }
      done.set(true);
      for (Future<Integer> reader : readers) {
        assertTrue(reader.get() > 0);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
