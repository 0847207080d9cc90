package org.pmpathways.rules;

import java.util.List;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;

/** Profiles and look-ups shared by the rule tests. One advisor, with the real rules, serves them all. */
final class Fixtures {
  static final PathwayAdvisor ADVISOR = PathwayAdvisor.builder().build();
  /** The same rules, with texts that are their message keys and arguments: see {@link KeyedTexts}. */
  static final PathwayAdvisor KEYED_ADVISOR = KeyedTexts.advisor();

  static final Employer DIGITAL_WITH_PMS = Employer.of(true, true, false);
  static final Employer DIGITAL_NO_PMS = Employer.of(true, false, false);
  static final Employer DIGITAL_FORMAL = Employer.of(true, true, true);
  static final Employer NOT_DIGITAL = Employer.of(false, false, false);

  private Fixtures() {}

  static Advice advise(Profile profile) {
    return ADVISOR.advise(profile);
  }

  /** Advice whose texts are message keys with their arguments, as {@link #text} writes them. */
  static Advice adviseKeyed(Profile profile) {
    return KEYED_ADVISOR.advise(profile);
  }

  /** A text of {@link #adviseKeyed} advice: the message key, then its arguments. */
  static String text(String key, Object... args) {
    return KeyedTexts.text(key, args);
  }

  /** A candidate with a role and years, no employer, nothing else. */
  static Profile.Builder person(RoleFamily role, int years) {
    return Profile.builder().role(role).yearsExperience(years);
  }

  static SideProject project(String name, ProjectKind kind, ProjectStage stage, long users, double revenue,
      boolean problem, boolean research, boolean metrics) {
    return new SideProject(name, kind, stage, users, revenue, problem, research, metrics);
  }

  /** Someone early in a career, far from product, with no employer: build your own is their way in. */
  static Profile.Builder newcomer() {
    return person(RoleFamily.OTHER, 1);
  }

  /** A named side project of a kind, at a stage, with no users, no revenue and no product work done. */
  static SideProject project(String name, ProjectKind kind, ProjectStage stage) {
    return project(name, kind, stage, 0, 0, false, false, false);
  }

  /** A launched no-code app with users and all product work done: proof of a built product. */
  static SideProject shippedApp() {
    return project("Shift swap", ProjectKind.NO_CODE_APP, ProjectStage.LAUNCHED, 600, 0, true, true, true);
  }

  static boolean fired(Advice advice, String rule) {
    return advice.explanation().stream().anyMatch(e -> e.rule().equals(rule));
  }

  static long firings(Advice advice, String rule) {
    return advice.explanation().stream().filter(e -> e.rule().equals(rule)).count();
  }

  static int score(Advice advice, Pathway pathway) {
    return advice.pathway(pathway).map(PathwayScore::score)
        .orElseThrow(() -> new AssertionError("no score for " + pathway + " in " + advice.pathways()));
  }

  static List<String> reasons(Advice advice, Pathway pathway) {
    return advice.pathway(pathway).map(PathwayScore::reasons)
        .orElseThrow(() -> new AssertionError("no score for " + pathway + " in " + advice.pathways()));
  }

  static List<String> actionIds(Advice advice) {
    return advice.actions().stream().map(Action::id).toList();
  }

  static List<String> because(Advice advice, String actionId) {
    return advice.action(actionId).map(Action::because).orElseThrow(
        () -> new AssertionError("no action " + actionId + " in " + actionIds(advice)));
  }

  static CompetencyLevel level(Advice advice, Competency competency) {
    return advice.competency(competency).orElseThrow().level();
  }

  static List<String> evidence(Advice advice, Competency competency) {
    return advice.competency(competency).orElseThrow().evidence();
  }
}
