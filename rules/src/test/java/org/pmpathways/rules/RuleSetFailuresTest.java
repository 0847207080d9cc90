package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;
import org.pmpathways.AdvisorException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** What the advisor does when its rules are missing, broken, failing or endless. */
class RuleSetFailuresTest {

  @Test
  void missingRulesAreReportedWithTheArtifactToAdd() {
    AdvisorException e = assertThrows(AdvisorException.class,
        () -> PathwayAdvisor.builder().classLoader(new IndexOverride("no/such/index.properties")).build());
    assertTrue(e.getMessage().contains("org.pmpathways:pm-pathways"), e.getMessage());
  }

  @Test
  void rulesThatDoNotCompileAreRefusedWithEveryError() {
    AdvisorException e = assertThrows(AdvisorException.class,
        () -> PathwayAdvisor.builder().classLoader(new IndexOverride("broken/ruleset.properties")).build());
    assertTrue(e.getMessage().startsWith("the rules do not compile"), e.getMessage());
    assertTrue(e.getMessage().contains("broken.drl"), e.getMessage());
    assertTrue(e.getMessage().contains("NoSuchFact"), e.getMessage());
    assertTrue(e.getMessage().contains("noSuchMethod"), e.getMessage());
  }

  @Test
  void anActionWeightBeyondTheBoundIsRefusedNamingTheActionAndTheBound() {
    AdvisorException e = assertThrows(AdvisorException.class,
        () -> PathwayAdvisor.builder().classLoader(new IndexOverride("heavy/ruleset.properties")).build());
    assertTrue(e.getMessage().contains("action catalogue: weight of COMPLETE_PRODUCT_WORK_ON_PROJECT is 2147483647;"
        + " it must be between -1000000 and 1000000"), e.getMessage());
  }

  @Test
  void aRuleThatThrowsFailsThatCallOnlyNamingTheRule() {
    PathwayAdvisor advisor = PathwayAdvisor.builder().classLoader(new IndexOverride("throwing/ruleset.properties")).build();
    AdvisorException e = assertThrows(AdvisorException.class,
        () -> advisor.advise(Profile.builder().title("Bobby Tables").yearsExperience(3).build()));
    assertTrue(e.getMessage().contains("Test: fails for candidates called Bobby Tables"), e.getMessage());
    assertTrue(e.getMessage().contains("a host rule failed"), e.getMessage());
    assertInstanceOf(RuntimeException.class, e.getCause());
    assertEquals(Pathway.PRODUCT_TRIO,
        advisor.advise(Profile.builder().role(RoleFamily.DEVELOPER).yearsExperience(3)
            .employer(Fixtures.DIGITAL_WITH_PMS).build()).primaryPathway(), "the next call is served");
  }

  @Test
  void aRuleThatNeverStopsIsStoppedByTheFiringLimit() {
    PathwayAdvisor advisor = PathwayAdvisor.builder().classLoader(new IndexOverride("looping/ruleset.properties"))
        .maxRuleFirings(5_000).build();
    AdvisorException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(AdvisorException.class,
        () -> advisor.advise(Profile.builder().title("Sisyphus").yearsExperience(3).build())));
    assertTrue(e.getMessage().contains("did not finish within 5000 firings"), e.getMessage());
    assertTrue(e.getMessage().contains("Test: the clock ticks for ever"), e.getMessage());
    assertTrue(advisor.advise(Profile.builder().title("Nurse").yearsExperience(3).build()).primary().isPresent());
  }

  @Test
  void aRunawayCallDoesNotDisturbCallsRunningBesideIt() throws Exception {
    PathwayAdvisor advisor = PathwayAdvisor.builder().classLoader(new IndexOverride("looping/ruleset.properties"))
        .maxRuleFirings(200_000).build();
    Profile nurse = Profile.builder().title("Nurse").yearsExperience(3).build();
    String expected = org.pmpathways.json.AdviceJson.write(advisor.advise(nurse));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Future<AdvisorException> runaway = pool.submit(() -> assertThrows(AdvisorException.class,
          () -> advisor.advise(Profile.builder().title("Sisyphus").yearsExperience(3).build())));
      java.util.concurrent.Future<Integer> beside = pool.submit(() -> {
        int calls = 0;
        while (!runaway.isDone()) {
          assertEquals(expected, org.pmpathways.json.AdviceJson.write(advisor.advise(nurse)));
          calls++;
        }
        return calls;
      });
      assertTrue(runaway.get().getMessage().contains("did not finish within 200000 firings"));
      assertTrue(beside.get() > 0, "calls ran while the runaway call was stopped");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aHostsOwnKmoduleDoesNotHideOurRules() {
    ClassLoader withHostKmodule = new ClassLoader(RuleSetFailuresTest.class.getClassLoader()) {
      @Override
      public URL getResource(String name) {
        return name.equals("META-INF/kmodule.xml") ? super.getResource("host-kmodule/META-INF/kmodule.xml")
            : super.getResource(name);
      }

      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals("META-INF/kmodule.xml")
            ? Collections.enumeration(Collections.list(super.getResources("host-kmodule/META-INF/kmodule.xml")))
            : super.getResources(name);
      }
    };
    PathwayAdvisor advisor = PathwayAdvisor.builder().classLoader(withHostKmodule).build();
    assertEquals(Pathway.INTERNAL_MOVE, advisor.advise(Profile.builder().role(RoleFamily.MARKETING).yearsExperience(5)
        .employer(Fixtures.DIGITAL_WITH_PMS).build()).primaryPathway());
  }

  @Test
  void builderSettingsAreSetOnceAndChecked() {
    assertThrows(IllegalArgumentException.class, () -> PathwayAdvisor.builder().maxRuleFirings(0));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PathwayAdvisor.builder().maxRuleFirings(10).maxRuleFirings(20));
    assertTrue(e.getMessage().contains("already set to 10"), e.getMessage());
    assertThrows(NullPointerException.class, () -> PathwayAdvisor.builder().locale(null));
    assertThrows(NullPointerException.class, () -> Fixtures.ADVISOR.advise(null));
    NullPointerException none = assertThrows(NullPointerException.class,
        () -> PathwayAdvisor.builder().addRules((org.pmpathways.RuleSource[]) null));
    assertEquals("sources must not be null", none.getMessage());
    NullPointerException second = assertThrows(NullPointerException.class, () -> PathwayAdvisor.builder()
        .addRules(org.pmpathways.RuleSource.text("a.drl", "package a;"), null));
    assertEquals("rule source 1 must not be null", second.getMessage());
  }
}
