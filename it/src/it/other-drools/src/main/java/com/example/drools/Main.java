package com.example.drools;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.pmpathways.AdvisorException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Warning;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** Advises on the host's Drools version, which differs from the one the rules were precompiled with. */
public final class Main {
  private static final Employer DIGITAL_WITH_PMS = Employer.of(true, true, false);

  public static void main(String[] args) {
    String drools = System.getProperty("host.drools.version");
    boolean withDrl = Boolean.getBoolean("host.with.drl");
    String running = org.drools.core.impl.RuleBaseFactory.class.getPackage().getImplementationVersion();
    System.out.println("Drools on the classpath: " + running + (withDrl ? ", with" : ", without") + " the DRL compiler");
    check(drools.equals(running), "expected Drools " + drools + ", found " + running);
    Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.contains("drools-model-compiler") || e.contains("drools-canonical-model"))
        .forEach(e -> check(e.contains(drools), "not the host's Drools version: " + e));

    if (!withDrl) {
      // Without the compiler the precompiled rules are the only way: they load on some other versions
      // (the host's build says which, in host.precompiled.loads) and must then advise as they do at
      // home; elsewhere the build must fail naming what to add.
      boolean loads = Boolean.getBoolean("host.precompiled.loads");
      PathwayAdvisor advisor;
      try {
        advisor = PathwayAdvisor.builder().build();
      } catch (AdvisorException e) {
        check(!loads, "the precompiled rules should load on Drools " + drools + ": " + e.getMessage());
        String coordinates = "org.pmpathways:pm-pathways-drl:" + System.getProperty("pm.version");
        check(e.getMessage().contains(coordinates), "the error does not name " + coordinates + ": " + e.getMessage());
        System.out.println("without the DRL compiler: " + e.getMessage());
        System.out.println("other Drools host (" + drools + ", light runtime): OK");
        return;
      }
      check(loads, "an advisor was built on Drools " + drools + " without the DRL compiler");
      adviseAsAtHome(advisor);
      System.out.println("other Drools host (" + drools + ", light runtime, precompiled rules): OK");
      return;
    }

    // Two advisors, one notice: why the DRL is compiled is logged once.
    PrintStream stderr = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    PathwayAdvisor advisor;
    try {
      System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
      PathwayAdvisor.builder().build();
      advisor = PathwayAdvisor.builder().build();
    } finally {
      System.setErr(stderr);
    }
    String log = logged.toString(StandardCharsets.UTF_8);
    System.out.print("logged: " + log);
    String notice = "compiling the library's DRL instead";
    check(log.indexOf(notice) >= 0 && log.indexOf(notice) == log.lastIndexOf(notice),
        "the reason the DRL is compiled should be logged once: " + log);
    check(log.contains("precompiled with Drools") && log.contains(drools), "the notice does not say why: " + log);

    Advice developer = adviseAsAtHome(advisor);

    Advice withHost = PathwayAdvisor.builder().addRules(RuleSource.text("host.drl", """
        package com.example.rules;
        import org.pmpathways.facts.*;
        import org.pmpathways.advice.*;
        global org.pmpathways.facts.Conclusions conclusions;
        rule "Host: a bonus for the build-your-own pathway"
          agenda-group "weigh"
        when
          Candidate(aspirant)
        then
          conclusions.points(Pathway.BUILD_YOUR_OWN, 7, "host.bonus");
        end
        """)).addMessages("com.example.drools.texts").build().advise(Profile.builder().role(RoleFamily.DEVELOPER)
        .yearsExperience(5).employer(DIGITAL_WITH_PMS).build());
    int bonus = withHost.pathway(Pathway.BUILD_YOUR_OWN).orElseThrow().score()
        - developer.pathway(Pathway.BUILD_YOUR_OWN).orElseThrow().score();
    check(bonus == 7, "the host rule gave " + bonus + " points, not 7");
    System.out.println("other Drools host (" + drools + ", with the DRL compiler): OK");
  }

  /** The bundled rules' advice for three kinds of candidate, as on the Drools they were built with. */
  private static Advice adviseAsAtHome(PathwayAdvisor advisor) {
    Advice developer = advisor.advise(Profile.builder().role(RoleFamily.DEVELOPER).yearsExperience(5)
        .employer(DIGITAL_WITH_PMS).build());
    check(developer.primaryPathway() == Pathway.PRODUCT_TRIO, "developer: " + developer.primaryPathway());
    check(developer.action("DEVELOPER_PRACTICE_PRIORITIZATION").isPresent(), "developer: " + developer.actions());
    Advice success = advisor.advise(Profile.builder().role(RoleFamily.CUSTOMER_SUCCESS).yearsExperience(4)
        .employer(DIGITAL_WITH_PMS).build());
    check(success.primaryPathway() == Pathway.INTERNAL_MOVE, "customer success: " + success.primaryPathway());
    Advice collector = advisor.advise(Profile.builder().role(RoleFamily.OTHER).yearsExperience(3)
        .certification("PMP").build());
    check(collector.primaryPathway() == Pathway.BUILD_YOUR_OWN, "certificate collector: " + collector.primaryPathway());
    check(collector.warnings().stream().map(Warning::id).anyMatch("CERTIFICATIONS_ARE_NOT_PROOF"::equals),
        "certificate collector: " + collector.warnings());
    check(!developer.explanation().isEmpty(), "no explanation");

    return developer;
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
