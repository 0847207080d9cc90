package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/** candidate.drl: who the candidate is (aspirant, trio member, proof of a built product). */
class CandidateRulesTest {

  static List<RuleCase> cases() {
    return List.of(
        rule("Anyone not yet a product manager is an aspirant",
            person(RoleFamily.DEVELOPER, 4).build(),
            a -> assertEquals(3, a.pathways().size()),
            person(RoleFamily.PRODUCT_MANAGER, 4).build()),
        rule("Developers, designers and analysts work in the product trio",
            person(RoleFamily.DESIGNER, 3).build(),
            a -> assertTrue(score(a, Pathway.PRODUCT_TRIO) >= 50),
            person(RoleFamily.SALES, 3).build()),
        rule("A launched product with users or revenue proves you can build a product",
            person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL)
                .sideProject(project("Jam shop", ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED, 0, 50, false, false, false))
                .build(),
            a -> assertTrue(a.action("SHOWCASE_PRODUCT_PROOF").isPresent()),
            person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL)
                .sideProject(project("Jam shop", ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED, 0, 0, false, false, false))
                .build()),
        rule("Published product work with a defined problem, user research and success metrics is proof too",
            person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL)
                .sideProject(project("Redesign", ProjectKind.FEATURE_REDESIGN, ProjectStage.LAUNCHED, 0, 0, true, true, true))
                .build(),
            a -> assertTrue(a.action("SHOWCASE_PRODUCT_PROOF").isPresent()),
            person(RoleFamily.OTHER, 8).employer(NOT_DIGITAL)
                .sideProject(project("Redesign", ProjectKind.FEATURE_REDESIGN, ProjectStage.LAUNCHED, 0, 0, true, true, false))
                .build()));
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }

  @ParameterizedTest
  @EnumSource(value = RoleFamily.class, names = {"DEVELOPER", "DESIGNER", "BUSINESS_ANALYST", "DATA_ANALYST"})
  void everyTrioRoleIsInTheTrio(RoleFamily role) {
    assertTrue(fired(advise(person(role, 2).build()), "Developers, designers and analysts work in the product trio"));
  }

  @ParameterizedTest
  @EnumSource(value = RoleFamily.class, names = {"PROJECT_MANAGER", "MARKETING", "SALES", "CUSTOMER_SUCCESS", "OTHER"})
  void otherRolesAreOutsideTheTrio(RoleFamily role) {
    assertFalse(fired(advise(person(role, 2).build()), "Developers, designers and analysts work in the product trio"));
  }

  @Test
  void aProductInProgressOrWrittenWorkWithUsersIsNotProof() {
    assertFalse(advise(person(RoleFamily.OTHER, 3).sideProject(
        project("App", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS, 40, 0, true, true, true)).build())
        .action("SHOWCASE_PRODUCT_PROOF").isPresent());
    assertFalse(advise(person(RoleFamily.OTHER, 3).sideProject(
        project("Study", ProjectKind.CASE_STUDY, ProjectStage.LAUNCHED, 40, 0, true, false, true)).build())
        .action("SHOWCASE_PRODUCT_PROOF").isPresent());
  }
}
