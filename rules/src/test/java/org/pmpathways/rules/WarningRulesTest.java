package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pmpathways.rules.Concluded.all;
import static org.pmpathways.rules.Concluded.warns;
import static org.pmpathways.rules.Fixtures.*;
import static org.pmpathways.rules.RuleCase.rule;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Warning;
import org.junit.jupiter.api.TestFactory;
import org.pmpathways.profile.CompletedAction;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;

/** warnings.drl: what a candidate should hear plainly. */
class WarningRulesTest {
  private static final String UNREADABLE = "Zorblax wrangler";
  private static final Profile MARKETER = marketer().build();

  private static Profile.Builder marketer() {
    return person(RoleFamily.MARKETING, 6).employer(DIGITAL_WITH_PMS);
  }

  static List<RuleCase> cases() {
    return List.of(
        rule("Someone already working as a product manager needs no pathway",
            person(RoleFamily.PRODUCT_MANAGER, 5).employer(DIGITAL_WITH_PMS).build(),
            warns("ALREADY_PRODUCT_MANAGER", text("warning.ALREADY_PRODUCT_MANAGER")),
            person(RoleFamily.PRODUCT_MANAGER, 5).build()),
        rule("A product manager with no employer given needs a search, not a pathway",
            person(RoleFamily.PRODUCT_MANAGER, 5).build(),
            warns("ALREADY_PRODUCT_MANAGER", text("warning.ALREADY_PRODUCT_MANAGER.no-employer")),
            person(RoleFamily.PRODUCT_MANAGER, 5).employer(DIGITAL_WITH_PMS).build()),
        rule("A title that could not be read is said plainly, and the role asked for",
            Profile.builder().title(UNREADABLE).yearsExperience(3).build(),
            warns("TITLE_NOT_READ", text("warning.TITLE_NOT_READ", UNREADABLE)),
            Profile.builder().title("Seeking PM role").yearsExperience(3).build()),
        rule("A title naming a role not held now is said plainly, and the role held now asked for",
            Profile.builder().title("Seeking PM role").yearsExperience(3).build(),
            warns("TITLE_NOT_READ", text("warning.TITLE_NOT_READ.not-held", "Seeking PM role")),
            Profile.builder().title(UNREADABLE).yearsExperience(3).build()),
        rule("A title that disagrees with the role given is named, and the role given is used",
            person(RoleFamily.DESIGNER, 3).title("Software Engineer").build(),
            all(warns("TITLE_ROLE_DISAGREE",
                    text("warning.TITLE_ROLE_DISAGREE", "Software Engineer", RoleFamily.DEVELOPER, RoleFamily.DESIGNER)),
                warns("PROFILE_CONTRADICTION", text("warning.PROFILE_CONTRADICTION.title-role", "Software Engineer",
                    RoleFamily.DEVELOPER, RoleFamily.DESIGNER))),
            person(RoleFamily.DESIGNER, 3).title("UX Designer").build()),
        rule("Contradiction: no years of experience next to work on the roadmap",
            person(RoleFamily.MARKETING, 0).employer(DIGITAL_WITH_PMS).pmLikeWork(PmLikeWork.BUILT_ROADMAP).build(),
            warns("PROFILE_CONTRADICTION", text("warning.PROFILE_CONTRADICTION.years-roadmap")),
            person(RoleFamily.MARKETING, 0).employer(DIGITAL_WITH_PMS)
                .completedAction(CompletedAction.of("OWN_A_PRODUCT_PROBLEM")).build()),
        rule("Contradiction: a launch with no name and no users",
            newcomer().sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IN_PROGRESS))
                .sideProject(project("", ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED)).build(),
            warns("PROFILE_CONTRADICTION", text("warning.PROFILE_CONTRADICTION.unnamed-launch", 1, ProjectKind.ONLINE_STORE)),
            newcomer().sideProject(project("Tide", ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED)).build()),
        rule("Contradiction: an idea that already has users or revenue",
            newcomer().sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IDEA, 40, 0, false, false, false)).build(),
            warns("PROFILE_CONTRADICTION", text("warning.PROFILE_CONTRADICTION.idea-with-outcomes", 0, "Tide")),
            newcomer().sideProject(project("Tide", ProjectKind.CODED_APP, ProjectStage.IDEA)).build()),
        rule("Certificates without proof backed by outcomes are not proof",
            marketer().certification("CSPO").certification("PSPO I").build(),
            warns("CERTIFICATIONS_ARE_NOT_PROOF", text("warning.CERTIFICATIONS_ARE_NOT_PROOF", List.of("CSPO", "PSPO I"), 2)),
            marketer().certification("CSPO").certification("PSPO I").pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build()),
        rule("Certificates beside product work led in a job are not what hiring managers weigh",
            marketer().certification("CSPO").pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).build(),
            warns("CERTIFICATIONS_ARE_NOT_PROOF", text("warning.CERTIFICATIONS_ARE_NOT_PROOF.work-proof", List.of("CSPO"), 1)),
            marketer().certification("CSPO").pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP).sideProject(shippedApp())
                .build()),
        rule("Certificates of another field count there, and are not product proof",
            marketer().certification("CFA").certification("ISTQB Foundation").build(),
            warns("CERTIFICATIONS_ARE_NOT_PROOF",
                text("warning.CERTIFICATIONS_ARE_NOT_PROOF.own-field", List.of("CFA", "ISTQB Foundation"), 2)),
            marketer().certification("CFA").certification("CSPO").build()));
  }

  @Test
  void certificatesTakenForTheProductRouteAreToldFromCredentialsOfAnotherField() {
    // Found by a coach review: a banker's CFA, a tester's ISTQB and a marketer's HubSpot certificate
    // were told "time you would put into another certificate is better spent on a small product", as
    // if they had been collected to get into product management.
    for (String certificate : List.of("Certified Scrum Product Owner", "Scrum.org PSPO I", "PMP", "PMI-ACP",
        "PRINCE2 Practitioner", "Google Project Management Certificate", "Google UX Design Certificate",
        "Pragmatic Institute PMC-III", "SAFe Agilist", "Product School PMC", "Certification Chef de produit",
        "Gestión de Proyectos", "IIBA CBAP", "Reforge Product Strategy")) {
      assertEquals(text("warning.CERTIFICATIONS_ARE_NOT_PROOF", List.of(certificate), 1), warning(certificate),
          certificate);
    }
    for (String certificate : List.of("CFA", "ISTQB Foundation Level", "HubSpot Inbound Marketing",
        "AWS Solutions Architect Associate", "Lean Six Sigma Green Belt", "Google Data Analytics Certificate",
        "Registered Nurse", "Expert-comptable", "Salesforce Administrator")) {
      assertEquals(text("warning.CERTIFICATIONS_ARE_NOT_PROOF.own-field", List.of(certificate), 1),
          warning(certificate), certificate);
    }
  }

  @Test
  void aCertificateOfTheHoldersOwnCraftIsACredentialOfTheirField() {
    // Found by the recheck of a coach review: a scrum master's PSM and SAFe and an agency project
    // manager's PRINCE2 were told to spend the time on product work instead, as if taken to get into
    // product management; they are the credentials of their own job.
    Profile.Builder scrumMaster = person(RoleFamily.PROJECT_MANAGER, 6).employer(DIGITAL_WITH_PMS)
        .certification("PSM II").certification("SAFe SPC").certification("PRINCE2 Foundation");
    assertEquals(text("warning.CERTIFICATIONS_ARE_NOT_PROOF.own-field",
        List.of("PSM II", "SAFe SPC", "PRINCE2 Foundation"), 3), warning(scrumMaster));
    // A product owner's certificate is still one taken for the product route, whoever holds it.
    assertEquals(text("warning.CERTIFICATIONS_ARE_NOT_PROOF", List.of("CSPO"), 1),
        warning(person(RoleFamily.PROJECT_MANAGER, 6).employer(DIGITAL_WITH_PMS).certification("CSPO")));
    assertEquals(text("warning.CERTIFICATIONS_ARE_NOT_PROOF.own-field", List.of("Google UX Design Certificate"), 1),
        warning(person(RoleFamily.DESIGNER, 4).employer(DIGITAL_WITH_PMS).certification("Google UX Design Certificate")));
    assertEquals(text("warning.CERTIFICATIONS_ARE_NOT_PROOF", List.of("Google UX Design Certificate"), 1),
        warning(person(RoleFamily.DEVELOPER, 4).employer(DIGITAL_WITH_PMS).certification("Google UX Design Certificate")));
  }

  private static String warning(String certificate) {
    return warning(marketer().certification(certificate));
  }

  private static String warning(Profile.Builder profile) {
    Advice advice = KEYED_ADVISOR.advise(profile.build());
    return advice.warnings().stream().filter(w -> w.id().equals("CERTIFICATIONS_ARE_NOT_PROOF"))
        .map(Warning::message).findFirst().orElseThrow();
  }

  @TestFactory
  Stream<DynamicTest> eachRule() {
    return RuleCase.tests(cases());
  }
}
