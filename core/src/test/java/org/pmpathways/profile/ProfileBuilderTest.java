package org.pmpathways.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmpathways.InvalidProfileException;

class ProfileBuilderTest {

  @Test
  void aProfileNeedsARoleOrATitle() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> Profile.builder().yearsExperience(3).build());
    assertEquals("role", e.field());
    assertEquals(11, e.allowedValues().size());
    assertFalse(e.allowedValues().contains("UNKNOWN"), "UNKNOWN is an answer, not an input");
  }

  @Test
  void unknownIsNotARoleAProfileCanGive() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> Profile.builder().role(RoleFamily.UNKNOWN).yearsExperience(3).build());
    assertEquals("role", e.field());
    assertTrue(e.getMessage().contains("give a role or leave the field out"), e.getMessage());
    assertFalse(e.allowedValues().contains("UNKNOWN"));
  }

  @Test
  void aProfileNeedsYearsOfExperienceInRange() {
    assertEquals("yearsExperience", assertThrows(InvalidProfileException.class,
        () -> Profile.builder().role(RoleFamily.SALES).build()).field());
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> Profile.builder().role(RoleFamily.SALES).yearsExperience(61).build());
    assertEquals("yearsExperience", e.field());
  }

  @Test
  void countsMustNotBeNegative() {
    assertEquals("pmContacts", assertThrows(InvalidProfileException.class,
        () -> Profile.builder().role(RoleFamily.SALES).yearsExperience(1).pmContacts(-1).build()).field());
    assertEquals("informationalInterviews", assertThrows(InvalidProfileException.class,
        () -> Profile.builder().role(RoleFamily.SALES).yearsExperience(1).informationalInterviews(-1).build()).field());
  }

  @Test
  void aSideProjectNeedsKindAndStage() {
    InvalidProfileException e = assertThrows(InvalidProfileException.class,
        () -> SideProject.builder().stage(ProjectStage.IDEA).build());
    assertEquals("kind", e.field());
    assertTrue(e.allowedValues().contains("CASE_STUDY"));
    assertEquals("stage", assertThrows(InvalidProfileException.class,
        () -> SideProject.builder().kind(ProjectKind.CASE_STUDY).build()).field());
    assertEquals("revenue", assertThrows(InvalidProfileException.class,
        () -> SideProject.builder().kind(ProjectKind.CASE_STUDY).stage(ProjectStage.IDEA).revenue(Double.NaN).build())
        .field());
  }

  @Test
  void listsAreCopiedAndImmutable() {
    List<String> skills = new ArrayList<>(List.of("sql"));
    Profile p = Profile.builder().role(RoleFamily.DATA_ANALYST).yearsExperience(2).skills(skills).build();
    skills.add("python");
    assertEquals(List.of("sql"), p.skills());
    assertThrows(UnsupportedOperationException.class, () -> p.skills().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> p.pmLikeWork().add(PmLikeWork.BUILT_ROADMAP));
  }

  @Test
  void pmLikeWorkIsKeptInDeclarationOrderWithoutDuplicates() {
    Profile p = Profile.builder().role(RoleFamily.DEVELOPER).yearsExperience(2)
        .pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).pmLikeWork(PmLikeWork.DEFINED_PROBLEM)
        .pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build();
    assertEquals(List.of(PmLikeWork.DEFINED_PROBLEM, PmLikeWork.GOT_ITEM_ON_ROADMAP), List.copyOf(p.pmLikeWork()));
  }

  @Test
  void equalProfilesAreEqual() {
    Profile a = Profile.builder().title("Nurse").yearsExperience(4).skill("care").build();
    Profile b = Profile.builder().title("Nurse").yearsExperience(4).skill("care").build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }
}
