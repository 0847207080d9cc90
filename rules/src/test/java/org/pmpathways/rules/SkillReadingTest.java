package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Pathway;
import org.pmpathways.facts.TrioArea;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** Free-text skills: our phrases, ESCO skill labels, and the skills nothing places. */
class SkillReadingTest {
  private static Advice adviseWithSkills(String... skills) {
    Profile.Builder b = Fixtures.person(RoleFamily.MARKETING, 5);
    for (String skill : skills) {
      b.skill(skill);
    }
    return Fixtures.advise(b.build());
  }

  @Test
  void skillsNothingPlacesAreListedAsUnreadInOrderWithoutRepeats() {
    Advice advice = adviseWithSkills("customer interviews", "basket weaving", "SQL", "competitive yodelling",
        "basket weaving");
    assertEquals(List.of("basket weaving", "competitive yodelling"), advice.unreadSkills());
  }

  @Test
  void escoSkillLabelsShowWhatTheirSkillShows() {
    // "design user interface" (ESCO) shows usability; "implement marketing strategies" (ESCO) shows value.
    Advice advice = adviseWithSkills("design user interface", "implement marketing strategies");
    assertEquals(List.of(), advice.unreadSkills());
    assertTrue(Fixtures.fired(advice, "Trio: skills from trio areas bring someone outside the trio a little closer"));
    Advice keyed = Fixtures.adviseKeyed(Fixtures.person(RoleFamily.SALES, 2).skill("design user interface")
        .skill("implement marketing strategies").build());
    assertTrue(Fixtures.reasons(keyed, Pathway.PRODUCT_TRIO).contains(
        Fixtures.text("reason.trio.skill-areas", List.of(TrioArea.USABILITY, TrioArea.VALUE))),
        Fixtures.reasons(keyed, Pathway.PRODUCT_TRIO).toString());
  }

  @Test
  void skillsWrittenInFrenchSpanishGermanOrPortugueseAreRead() {
    // ESCO's skill labels are English only; these phrases are the project's own (skills.tsv).
    Advice advice = adviseWithSkills("Recherche utilisateur", "Entrevistas con usuarios", "Kundeninterviews",
        "Analyse de données", "Étude de marché", "Datenanalyse", "Gestion de projet", "Méthodes agiles",
        "Gestão de projetos", "Développement logiciel");
    assertEquals(List.of(), advice.unreadSkills());
    Map<Competency, List<String>> evidence = new EnumMap<>(Competency.class);
    for (CompetencyRating rating : advice.competencies()) {
      evidence.put(rating.competency(), rating.evidence());
    }
    assertTrue(evidence.get(Competency.CUSTOMER_EMPATHY).containsAll(List.of("Skill: Recherche utilisateur.",
        "Skill: Entrevistas con usuarios.", "Skill: Kundeninterviews.")), evidence.toString());
    assertTrue(evidence.get(Competency.BUSINESS_SENSE).containsAll(List.of("Skill: Analyse de données.",
        "Skill: Étude de marché.", "Skill: Datenanalyse.")), evidence.toString());
    assertTrue(evidence.get(Competency.EXECUTION).containsAll(List.of("Skill: Gestion de projet.",
        "Skill: Méthodes agiles.", "Skill: Gestão de projetos.")), evidence.toString());
    // Found by a coach's review: a French project lead's and a consultant's core skills went unread.
    assertEquals(List.of(), adviseWithSkills("Recueil des besoins", "Conduite du changement", "Animation d'ateliers",
        "Voix du client", "market sizing", "business cases", "product strategy", "user stories").unreadSkills());
    // Found by a second coach review of new profiles: a market researcher's, a developer's, an
    // operations analyst's and a hardware engineer's everyday skills.
    assertEquals(List.of(), adviseWithSkills("études quantitatives", "conception de questionnaires",
        "segmentation clientèle", "veille concurrentielle", "développement web", "tests unitaires",
        "estimation des charges", "funnel analysis", "conversion rate optimisation", "process mapping",
        "root cause analysis", "risk management", "design systems", "data modelling", "experimental design")
        .unreadSkills());
    // "recherche" alone is research, not user research: it stays unread rather than guessed.
    assertEquals(List.of("Recherche"), adviseWithSkills("Recherche").unreadSkills());
  }

  @Test
  void aProfileWithoutSkillsHasNoUnreadSkills() {
    assertEquals(List.of(), Fixtures.advise(Fixtures.person(RoleFamily.SALES, 2).build()).unreadSkills());
  }
}
