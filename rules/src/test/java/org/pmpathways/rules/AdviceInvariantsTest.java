package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;

/** What holds for every profile, checked over 400 generated ones. */
class AdviceInvariantsTest {
  private static final List<Profile> PROFILES = RandomProfiles.generate(20261122L, 400);

  @Test
  void adviceHasItsShapeForEveryProfile() {
    for (Profile p : PROFILES) {
      Advice a = Fixtures.advise(p);
      String where = p.toString();
      if (a.roleFamily() == RoleFamily.PRODUCT_MANAGER) {
        assertNull(a.primaryPathway(), where);
        assertTrue(a.pathways().isEmpty() && a.actions().isEmpty(), where);
        assertTrue(a.hasWarning("ALREADY_PRODUCT_MANAGER"), where);
        continue;
      }
      assertEquals(3, a.pathways().size(), where);
      assertNotNull(a.primaryPathway(), where);
      int best = a.pathways().stream().mapToInt(PathwayScore::score).max().orElseThrow();
      assertEquals(a.primaryPathway(), a.pathways().get(0).pathway(), where);
      assertEquals(best, a.pathways().get(0).score(), where);
      a.pathways().forEach(s -> assertFalse(s.reasons().isEmpty(), "score without reasons: " + where));

      assertFalse(a.actions().isEmpty(), "an aspirant always has a next step: " + where);
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < a.actions().size(); i++) {
        Action action = a.actions().get(i);
        assertTrue(ids.add(action.id()), "duplicate " + action.id() + ": " + where);
        assertEquals(i + 1, action.priority(), where);
        assertFalse(action.because().isEmpty(), "action without reasons: " + where);
      }
      assertEquals(3, a.competencies().size(), where);
      assertFalse(a.explanation().isEmpty(), where);

      Set<String> fired = new HashSet<>(a.explanation().stream().map(e -> e.rule()).toList());
      for (PathwayScore s : a.pathways()) {
        assertFalse(s.rules().isEmpty(), "score without rules: " + where);
        assertTrue(fired.containsAll(s.rules()), where);
      }
      for (Action action : a.actions()) {
        assertFalse(action.rules().isEmpty(), "action without rules: " + where);
        assertTrue(fired.containsAll(action.rules()), where);
      }
      a.competencies().forEach(c -> {
        // a gap is the absence of evidence; the level itself is concluded by the adding up, named among the rules
        assertEquals(c.level() == CompetencyLevel.GAP, c.evidence().isEmpty(), "level and its evidence: " + where);
        assertFalse(c.rules().isEmpty(), "a level without the rules behind it: " + where);
        assertTrue(fired.containsAll(c.rules()), where);
        assertEquals(c.level() == CompetencyLevel.GAP, c.evidence().isEmpty(), "level and its evidence: " + where);
        assertTrue(fired.containsAll(c.rules()), where);
      });
    }
  }

  @Test
  void noActionAsksForWhatTheProfileAlreadyShows() {
    for (Profile p : PROFILES) {
      Advice a = Fixtures.advise(p);
      List<String> ids = a.actions().stream().map(Action::id).toList();
      String where = ids + " for " + p;
      if (p.sideProjects().stream().anyMatch(AdviceInvariantsTest::outcomeProof)) {
        assertFalse(ids.contains("SHIP_A_TINY_PRODUCT"), where);
      }
      if (p.sideProjects().stream().anyMatch(s -> s.stage() != ProjectStage.IDEA || concept(s))) {
        assertFalse(ids.contains("CREATE_A_PRODUCT_CASE_STUDY"), where);
      }
      if (p.pmLikeWork().containsAll(Set.of(PmLikeWork.PRIORITIZED_BACKLOG, PmLikeWork.LED_CROSS_FUNCTIONAL_WORK))) {
        assertFalse(ids.contains("DEVELOPER_PRACTICE_PRIORITIZATION"), where);
      }
      if (p.pmLikeWork().containsAll(Set.of(PmLikeWork.RAN_USER_RESEARCH, PmLikeWork.DEFINED_PROBLEM))) {
        assertFalse(ids.contains("ANALYST_JOIN_DISCOVERY"), where);
      }
      if (p.pmLikeWork().contains(PmLikeWork.GOT_ITEM_ON_ROADMAP)) {
        assertFalse(ids.contains("OWN_A_PRODUCT_PROBLEM"), where);
      }
      if (p.pmLikeWork().contains(PmLikeWork.DOCUMENTED_PRODUCT_PROCESS)
          || p.employer().map(e -> e.formalProductProcess() && e.hasProductManagers()).orElse(false)) {
        assertFalse(ids.contains("INTRODUCE_PRODUCT_PRACTICES"), where);
      }
      if (p.informationalInterviews() >= 5) {
        assertFalse(ids.contains("INFORMATIONAL_INTERVIEWS"), where);
      }
      if (p.employer().isEmpty()) {
        for (String atWork : List.of("VOLUNTEER_FOR_PM_TASKS", "OWN_A_PRODUCT_PROBLEM", "INTRODUCE_PRODUCT_PRACTICES",
            "ASK_FOR_PM_ROLE_INTERNALLY", "COFFEE_CHATS_WITH_PMS", "DEVELOPER_PRACTICE_PRIORITIZATION",
            "ANALYST_JOIN_DISCOVERY")) {
          assertFalse(ids.contains(atWork), "nothing at work without an employer: " + where);
        }
      }
      if (p.pmContacts() >= 3 || !p.employer().map(Employer::hasProductManagers).orElse(false)) {
        assertFalse(ids.contains("COFFEE_CHATS_WITH_PMS"), where);
      }
      if (p.sideProjects().stream().allMatch(s -> s.problemDefined() && s.userResearch() && s.successMetrics())) {
        assertFalse(ids.contains("COMPLETE_PRODUCT_WORK_ON_PROJECT"), where);
      }
    }
  }

  @Test
  void noTextAssumesAnEmployerTheCandidateDoesNotHave() {
    // Found by a coach review: a developer with no employer was told to ask product managers "outside
    // your company" and that "there are none at work to learn from".
    List<String> workplace = List.of("at work", "your company", "your employer", "where you work", "your manager",
        "your team");
    for (Profile p : PROFILES) {
      if (p.employer().isPresent()) {
        continue;
      }
      Advice a = Fixtures.advise(p);
      List<String> texts = new ArrayList<>();
      a.pathways().forEach(s -> texts.addAll(s.reasons()));
      a.actions().forEach(action -> {
        texts.add(action.title());
        texts.add(action.detail());
        texts.addAll(action.because());
      });
      a.warnings().forEach(w -> texts.add(w.message()));
      for (String text : texts) {
        for (String words : workplace) {
          if (words.equals("your company") && a.roleFamily() == RoleFamily.FOUNDER) {
            continue; // a founder's company is their own
          }
          assertFalse(java.util.regex.Pattern.compile("\\b" + words + "\\b").matcher(text.toLowerCase(java.util.Locale.ROOT))
              .find(), "'" + words + "' in \"" + text
              + "\" for " + p);
        }
      }
    }
  }

  @Test
  void aPlanNeverRepeatsACompletedActionNorPutsAnActionBeforeOneItDependsOn() {
    Map<String, List<String>> dependsOn = Map.of(
        "SHOWCASE_PRODUCT_PROOF", List.of("COMPLETE_PRODUCT_WORK_ON_PROJECT", "SHIP_A_TINY_PRODUCT",
            "CREATE_A_PRODUCT_CASE_STUDY"),
        "APPLY_TO_ENTRY_PM_ROLES", List.of("SHOWCASE_PRODUCT_PROOF", "ARTICULATE_TRANSFERABLE_SKILLS",
            "PREPARE_COMPETENCY_STORIES", "COFFEE_CHATS_WITH_PMS", "INFORMATIONAL_INTERVIEWS"),
        "APPLY_TO_PM_ROLES", List.of("SHOWCASE_PRODUCT_PROOF", "ARTICULATE_TRANSFERABLE_SKILLS",
            "PREPARE_COMPETENCY_STORIES", "COFFEE_CHATS_WITH_PMS", "INFORMATIONAL_INTERVIEWS"),
        "ASK_FOR_PM_ROLE_INTERNALLY", List.of("ARTICULATE_TRANSFERABLE_SKILLS", "COFFEE_CHATS_WITH_PMS"),
        "OWN_A_PRODUCT_PROBLEM", List.of("COFFEE_CHATS_WITH_PMS"));
    for (Profile p : PROFILES) {
      List<String> ids = Fixtures.advise(p).actions().stream().map(Action::id).toList();
      for (Map.Entry<String, List<String>> e : dependsOn.entrySet()) {
        int at = ids.indexOf(e.getKey());
        for (String before : e.getValue()) {
          int dep = ids.indexOf(before);
          assertTrue(at < 0 || dep < 0 || dep < at, before + " must come before " + e.getKey() + ": " + ids);
        }
      }
      if (!ids.isEmpty() && ids.contains("OPTIONAL_PM_COURSE")) {
        assertEquals("OPTIONAL_PM_COURSE", ids.get(ids.size() - 1), "a course comes last: " + ids);
      }
      for (String id : ids) {
        Profile done = p.withCompleted(id);
        List<String> next = Fixtures.advise(done).actions().stream().map(Action::id).toList();
        assertFalse(next.contains(id), id + " completed, and proposed again: " + next + " for " + done);
      }
    }
  }

  @Test
  void theCertificatePolicyHoldsForEveryProfile() {
    for (Profile p : PROFILES) {
      Advice a = Fixtures.advise(p);
      List<String> ids = a.actions().stream().map(Action::id).toList();
      String where = ids + " for " + p;
      boolean certificates = !p.certifications().isEmpty();
      boolean proof = p.sideProjects().stream().anyMatch(AdviceInvariantsTest::outcomeProof);
      assertEquals(certificates && !proof && a.roleFamily() != RoleFamily.PRODUCT_MANAGER,
          a.hasWarning("CERTIFICATIONS_ARE_NOT_PROOF"), where);
      if (certificates) {
        assertFalse(ids.contains("OPTIONAL_PM_COURSE"), where);
      }
      if (!ids.isEmpty()) {
        assertFalse(ids.get(0).equals("OPTIONAL_PM_COURSE"), "a course is never first: " + where);
      }
    }
  }

  /** Written product thinking: never proof of shipping (policy/project-kinds.tsv, restated). */
  private static boolean concept(SideProject s) {
    return switch (s.kind()) {
      case CASE_STUDY, PROTOTYPE, FEATURE_PROPOSAL, FEATURE_REDESIGN -> true;
      default -> false;
    };
  }

  /**
   * Proof backed by outcomes, restated from the policy: a launched product with users or revenue, or a
   * delivered service (a workshop, another kind) with revenue, or with users and measured results.
   */
  private static boolean outcomeProof(SideProject s) {
    if (s.stage() != ProjectStage.LAUNCHED || concept(s)) {
      return false;
    }
    boolean service = s.kind() == ProjectKind.WORKSHOP || s.kind() == ProjectKind.OTHER;
    return service ? s.revenue() > 0 || (s.users() > 0 && s.successMetrics()) : s.users() > 0 || s.revenue() > 0;
  }

  @Test
  void roleSpecificActionsGoOnlyToTheirRoles() {
    for (Profile p : PROFILES) {
      Advice a = Fixtures.advise(p);
      RoleFamily role = a.roleFamily();
      Set<String> ids = Set.copyOf(a.actions().stream().map(Action::id).toList());
      if (role != RoleFamily.DEVELOPER) {
        assertFalse(ids.contains("DEVELOPER_PRACTICE_PRIORITIZATION"), p.toString());
      }
      if (role != RoleFamily.DESIGNER) {
        assertFalse(ids.contains("DESIGNER_LEARN_BUSINESS_STRATEGY"), p.toString());
      }
      if (role != RoleFamily.BUSINESS_ANALYST && role != RoleFamily.DATA_ANALYST) {
        assertFalse(ids.contains("ANALYST_JOIN_DISCOVERY"), p.toString());
      }
    }
  }

  @Test
  void theSameProfileAlwaysGetsTheSameBytes() {
    for (Profile p : PROFILES.subList(0, 50)) {
      assertEquals(AdviceJson.write(Fixtures.advise(p)), AdviceJson.write(Fixtures.advise(p)));
    }
  }

  @Test
  void sideProjectLabelsNameTheProject() {
    assertEquals("your coded app", new SideProject("", ProjectKind.CODED_APP,
        ProjectStage.IDEA, 0, 0, false, false, false).label());
  }
}
