package com.example.shaded;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.pmpathways.AdvisorException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** Runs inside the shaded jar; the argument says which: merged or unmerged service files. */
public final class Main {
  private static final Profile DEVELOPER = Profile.builder().role(RoleFamily.DEVELOPER).yearsExperience(5)
      .employer(Employer.of(true, true, false)).build();
  private static final RuleSource HOST_RULE = RuleSource.text("host.drl", """
      package com.example.rules;
      import org.pmpathways.facts.*;
      import org.pmpathways.advice.*;
      global org.pmpathways.facts.Conclusions conclusions;
      rule "Host: a bonus for the build-your-own pathway"
        agenda-group "weigh"
      when
        Candidate(aspirant)
      then
        conclusions.points(Pathway.BUILD_YOUR_OWN, 7, "shade.bonus");
      end
      """);

  public static void main(String[] args) throws IOException {
    boolean merged = args[0].equals("merged");
    Advice alone;
    try (PathwayAdvisor advisor = PathwayAdvisor.builder().build()) {
      alone = advisor.advise(DEVELOPER);
    }
    check(alone.primaryPathway() == Pathway.PRODUCT_TRIO, "the library's rules: " + alone.primaryPathway());

    String wiring = resource("META-INF/services/org.drools.wiring.api.ComponentsSupplier");
    boolean dynamicKept = wiring.contains("org.drools.wiring.dynamic.DynamicComponentsSupplier");
    System.out.println(args[0] + ": the jar registers " + wiring.replaceAll("(?m)^#.*$", "").trim().replace('\n', ' '));
    // Merged, both wirings are registered and Drools picks the dynamic one. Unmerged, the shade plugin
    // keeps the first jar's file: drools-wiring-static's, which comes with pm-pathways before pm-pathways-drl.
    check(dynamicKept == merged, merged ? "the merged jar lost the dynamic wiring"
        : "the unmerged jar kept the dynamic wiring's file (jar order changed?); this check needs the static one");
    try (PathwayAdvisor advisor = PathwayAdvisor.builder().addRules(HOST_RULE).addMessages("com.example.shaded.texts")
        .build()) {
      Advice withHost = advisor.advise(DEVELOPER);
      int bonus = withHost.pathway(Pathway.BUILD_YOUR_OWN).orElseThrow().score()
          - alone.pathway(Pathway.BUILD_YOUR_OWN).orElseThrow().score();
      check(bonus == 7, "the host rule gave " + bonus + " points, not 7");
      check(dynamicKept, "host rules were accepted though the dynamic wiring is not registered");
      System.out.println(args[0] + ": host rules work");
    } catch (AdvisorException e) {
      check(!dynamicKept, "host rules failed with the dynamic wiring registered: " + e);
      check(e.getMessage().contains("ServicesResourceTransformer"), "the error does not name the fix: " + e.getMessage());
      System.out.println(args[0] + ": host rules refused at build(): " + e.getMessage());
    }
    // Closed advisors leave nothing running behind them, host DRL compiled or not.
    List<String> left = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t != Thread.currentThread() && (!t.isDaemon() || t.getName().startsWith("drools-worker")))
        .map(Thread::getName).toList();
    check(left.isEmpty(), "threads left running after the advisors closed: " + left);
    System.out.println("shaded host (" + args[0] + "): OK");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Main.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
