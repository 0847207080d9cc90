package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmpathways.rules.Concluded.points;
import static org.pmpathways.rules.Concluded.proposes;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/** build-your-own.drl: the points and actions of the BUILD_YOUR_OWN pathway, and the product work on side projects. */
class BuildYourOwnRulesTest {
  /** Build your own 20 (open to all), nothing else: the employer builds digital products, six years. */
  private static final Profile MARKETER = person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS).build();
  /** Build your own 20 + 45 (no employer) + 10 (far role) + 10 (early career) = 85, the primary pathway. */
  private static final Profile NEWCOMER = newcomer().build();

  private static Profile.Builder marketer() {
    return person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS);
  }

  private static Profile newcomerWith(String name, ProjectKind kind, ProjectStage stage) {
    return newcomer().sideProject(project(name, kind, stage)).build();
  }

  private static Profile newcomerWithWork(boolean problem, boolean research, boolean metrics) {
    return newcomer().sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 0, 0, problem,
        research, metrics)).build();
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Build your own: anyone can create product work without asking permission", MARKETER,
            points(Pathway.BUILD_YOUR_OWN, 20, "build.open-to-all"), person(RoleFamily.PRODUCT_MANAGER, 6).build()),
        rule("Build your own: without an employer your own work is the way in", person(RoleFamily.MARKETING, 6).build(),
            points(Pathway.BUILD_YOUR_OWN, 65, "build.no-employer"), MARKETER),
        rule("Build your own: an employer without digital products leaves your own work as the way in",
            person(RoleFamily.MARKETING, 6).employer(NOT_DIGITAL).build(),
            points(Pathway.BUILD_YOUR_OWN, 60, "build.no-digital-products"), person(RoleFamily.MARKETING, 6).build()),
        rule("Build your own: a role far from product needs proof made outside it",
            person(RoleFamily.OTHER, 6).employer(DIGITAL_WITH_PMS).build(),
            points(Pathway.BUILD_YOUR_OWN, 30, "build.far-role"), MARKETER),
        rule("Build your own: a role we could not read leans on proof made outside it",
            Profile.builder().title("Zorblax wrangler").yearsExperience(6).employer(DIGITAL_WITH_PMS).build(),
            points(Pathway.BUILD_YOUR_OWN, 30, "build.unread-role"),
            person(RoleFamily.OTHER, 6).employer(DIGITAL_WITH_PMS).build()),
        rule("Build your own: a founder has already built something of their own",
            person(RoleFamily.FOUNDER, 6).employer(DIGITAL_WITH_PMS).build(),
            points(Pathway.BUILD_YOUR_OWN, 50, "build.founder"), MARKETER),
        rule("Build your own: an early career aims at associate product roles",
            person(RoleFamily.MARKETING, 1).employer(DIGITAL_WITH_PMS).build(),
            points(Pathway.BUILD_YOUR_OWN, 30, "build.early-career"), MARKETER),
        rule("Build your own: a side project under way is momentum",
            marketer().sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS)).build(),
            points(Pathway.BUILD_YOUR_OWN, 25, "build.momentum"),
            marketer().sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IDEA)).build()),
        rule("Build your own: ship a tiny product that solves a real pain", NEWCOMER,
            proposes("SHIP_A_TINY_PRODUCT", "ship.no-product"),
            newcomerWith("Tide", ProjectKind.CODED_APP, ProjectStage.IDEA)),
        rule("Build your own: finish and launch the product you have started",
            newcomerWith("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS),
            proposes("SHIP_A_TINY_PRODUCT", "ship.finish", "Tide"),
            newcomerWith("Checkout redesign", ProjectKind.FEATURE_REDESIGN, ProjectStage.IN_PROGRESS)),
        rule("Build your own: find the first users of the product you launched",
            newcomerWith("Tide", ProjectKind.CODED_APP, ProjectStage.LAUNCHED),
            proposes("SHIP_A_TINY_PRODUCT", "ship.find-users", "Tide"),
            newcomerWith("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS)),
        rule("Developer: you can code the tiny product yourself", person(RoleFamily.DEVELOPER, 1).build(),
            proposes("SHIP_A_TINY_PRODUCT", "ship.can-code"), NEWCOMER),
        rule("Build your own: write a product case study", NEWCOMER,
            proposes("CREATE_A_PRODUCT_CASE_STUDY", "case-study.none"),
            newcomerWith("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS)),
        rule("Projects: define the problem your side project solves", newcomerWithWork(false, true, true),
            proposes("COMPLETE_PRODUCT_WORK_ON_PROJECT", "complete.problem", "Tide"), newcomerWithWork(true, false, false)),
        rule("Projects: research the users of your side project", newcomerWithWork(true, false, true),
            proposes("COMPLETE_PRODUCT_WORK_ON_PROJECT", "complete.research", "Tide"), newcomerWithWork(false, true, false)),
        rule("Projects: set success metrics for your side project", newcomerWithWork(true, true, false),
            proposes("COMPLETE_PRODUCT_WORK_ON_PROJECT", "complete.metrics", "Tide"), newcomerWithWork(false, false, true)),
        rule("Build your own: a course is optional and comes after real work", NEWCOMER,
            proposes("OPTIONAL_PM_COURSE", "course.optional"), newcomer().certification("CSPO").build()));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @Test
  void theShipActionTalksAboutTheProductAlreadyStarted() {
    // Found by a coach review: "Finish and launch Budget buddy" sat under a detail that said "find a
    // problem people already try to solve", as if there were no product yet.
    String started = detail(ADVISOR.advise(newcomer().sideProject(project("Budget buddy", ProjectKind.CODED_APP,
        ProjectStage.IN_PROGRESS)).build()));
    assertTrue(started.startsWith("Within six weeks, launch the smallest version of Budget buddy"), started);
    String launched = detail(ADVISOR.advise(newcomer().sideProject(project("Budget buddy", ProjectKind.CODED_APP,
        ProjectStage.LAUNCHED)).build()));
    assertTrue(launched.startsWith("Budget buddy is out"), launched);
    String none = detail(ADVISOR.advise(NEWCOMER));
    assertTrue(none.startsWith("Find a problem people already try to solve"), none);
  }

  private static String detail(Advice advice) {
    return advice.actions().stream().filter(a -> a.id().equals("SHIP_A_TINY_PRODUCT")).findFirst().orElseThrow()
        .detail();
  }
}
