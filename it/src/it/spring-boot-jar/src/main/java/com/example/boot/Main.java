package com.example.boot;

import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** Runs from the Spring Boot jar, through Spring Boot's launcher. */
public final class Main {
  public static void main(String[] args) {
    ClassLoader loader = Main.class.getClassLoader();
    check(loader.getClass().getName().startsWith("org.springframework.boot.loader."),
        "not run by Spring Boot's launcher: " + loader);
    Profile developer = Profile.builder().role(RoleFamily.DEVELOPER).yearsExperience(5)
        .employer(Employer.of(true, true, false)).build();
    Advice alone = PathwayAdvisor.builder().build().advise(developer);
    check(alone.primaryPathway() == Pathway.PRODUCT_TRIO, "the library's rules: " + alone.primaryPathway());
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
          conclusions.points(Pathway.BUILD_YOUR_OWN, 7, "boot.bonus");
        end
        """)).addMessages("com.example.boot.texts").build().advise(developer);
    int bonus = withHost.pathway(Pathway.BUILD_YOUR_OWN).orElseThrow().score()
        - alone.pathway(Pathway.BUILD_YOUR_OWN).orElseThrow().score();
    check(bonus == 7, "the host rule gave " + bonus + " points, not 7");
    System.out.println("Spring Boot jar host (" + loader.getClass().getSimpleName() + "): OK");
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
