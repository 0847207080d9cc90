package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleModifier;
import org.pmpathways.reading.TitleReading;
import org.pmpathways.reading.Vocabulary;

/** Reading real titles: modifiers, languages, abbreviations, levels and the parts of a title. */
class TitleReadingTest {
  private static TitleReading read(String title) {
    return Fixtures.ADVISOR.readTitle(title);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // English: seniority, levels, abbreviations, punctuation and case
      "Sr. Usability Specialist|DESIGNER",
      "Senior Software Engineer II|DEVELOPER",
      "Lead Data Scientist|DATA_ANALYST",
      "Principal Product Manager|PRODUCT_MANAGER",
      "Head of Product|PRODUCT_MANAGER",
      "Staff Software Engineer III|DEVELOPER",
      "Mktg Mgr|MARKETING",
      "Sr. Project Mgr|PROJECT_MANAGER",
      "Software Eng|DEVELOPER",
      "Senior PM|PRODUCT_MANAGER",
      "BA|BUSINESS_ANALYST",
      "UX Designer|DESIGNER",
      "Jr. Dev|DEVELOPER",
      "SOFTWARE DEVELOPER|DEVELOPER",
      "software   developer.|DEVELOPER",
      // Abbreviations of business roles: "Biz Dev" is business development, not a developer
      "Biz Dev Manager|SALES",
      "BD Manager|SALES",
      "Sr. PMM|MARKETING",
      "UXR|DESIGNER",
      "PgM|PROJECT_MANAGER",
      "Acct Manager|SALES",
      "Ops Manager|OTHER",
      "BizOps Manager|OTHER",
      "Solopreneur|FOUNDER",
      // The employer, the region and double titles
      "Senior Software Engineer at Google|DEVELOPER",
      "Account Executive @ Salesforce|SALES",
      "Sales Manager – EMEA|SALES",
      "Customer Success Manager - DACH|CUSTOMER_SUCCESS",
      "Founder / CEO|FOUNDER",
      "Data Analyst (Python, SQL)|DATA_ANALYST",
      // Founders
      "Founder|FOUNDER",
      "Co-founder & CEO|FOUNDER",
      "Cofounder|FOUNDER",
      "Startup Owner|FOUNDER",
      // Titles ESCO lacks, added by the project
      "Product Owner|PRODUCT_MANAGER",
      "Growth Manager|MARKETING",
      "Solutions Engineer|SALES",
      "Scrum Master|PROJECT_MANAGER",
      "Customer Success Manager|CUSTOMER_SUCCESS",
      // French (ESCO, and a few of ours)
      "Chef de produit|PRODUCT_MANAGER",
      "Chef de projet digital|PROJECT_MANAGER",
      "Ingénieur logiciel|DEVELOPER",
      "Développeur web|DEVELOPER",
      "Mathématicien|DATA_ANALYST",
      "Graphiste|DESIGNER",
      // Spanish, German, Portuguese (ours); accents and case never matter
      "Analista de Datos|DATA_ANALYST",
      "analista de datos|DATA_ANALYST",
      "Desarrollador de software|DEVELOPER",
      "Diseñador UX|DESIGNER",
      "Gerente de Producto|PRODUCT_MANAGER",
      "Softwareentwickler|DEVELOPER",
      "Softwareentwicklerin|DEVELOPER",
      "Produktmanagerin|PRODUCT_MANAGER",
      "Gründer|FOUNDER",
      "Desenvolvedor de software|DEVELOPER",
      "Desenvolvedor de Software|DEVELOPER",
      "Analista de dados|DATA_ANALYST",
      "Gerente de vendas|SALES",
  })
  void readsRealTitles(String title, RoleFamily family) {
    TitleReading reading = read(title);
    assertEquals(family, reading.family(), reading.describe());
    assertTrue(reading.confidence() >= Vocabulary.CONFIDENCE_THRESHOLD, reading.describe());
  }

  @Test
  void aspiringAndFormerProductManagersAreNotProductManagers() {
    for (String title : List.of("Aspiring Product Manager", "Former Product Manager", "Ex-PM", "ex PM",
        "Future Product Owner", "Ancien chef de produit", "Aspirante a gerente de producto")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertTrue(reading.reason().contains("not hold now"), reading.describe());
      assertTrue(reading.modifiers().contains(TitleModifier.ASPIRING)
          || reading.modifiers().contains(TitleModifier.FORMER), reading.describe());
    }
  }

  @Test
  void aModifierWrittenAfterTheRoleMarksItToo() {
    // Found by reading titles as people write them: "(aspiring)" after the role was set aside as a
    // part of its own, and the role alone was read as held, so an aspiring PM was told they were one.
    for (String title : List.of("Product Owner (aspiring)", "Product Manager - aspiring", "Product Manager (former)",
        "Chef de produit (futur)", "Product Manager [aspiring]")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertTrue(reading.reason().contains("not hold now"), reading.describe());
    }
    assertEquals(RoleFamily.UNKNOWN, read("Product Manager (intern)").family());
    TitleReading analyst = read("Data Analyst (aspiring PM)");
    assertEquals(RoleFamily.DATA_ANALYST, analyst.family(), analyst.describe());
    TitleReading designer = read("Designer (freelance)");
    assertEquals(RoleFamily.DESIGNER, designer.family(), designer.describe());
    assertEquals(Set.of(TitleModifier.FREELANCE), designer.modifiers());
    assertEquals(RoleFamily.DEVELOPER, read("Senior Software Engineer (ex-Google)").family());
  }

  @Test
  void inTrainingIsATrainee() {
    TitleReading training = read("Product Manager in training");
    assertEquals(RoleFamily.UNKNOWN, training.family(), training.describe());
    assertEquals(Set.of(TitleModifier.TRAINEE), training.modifiers());
    assertTrue(training.reason().contains("not yet a product manager"), training.describe());
    assertEquals(RoleFamily.DATA_ANALYST, read("Data Analyst in training").family());
    // "en reconversion" (retraining) is a trainee's word: the developer heading for product stays a
    // developer, and a product manager "en reconversion" is retraining to become one, not one yet.
    assertEquals(RoleFamily.DEVELOPER, read("Développeur web en reconversion vers le produit").family());
    TitleReading retraining = read("Product manager en reconversion");
    assertEquals(RoleFamily.UNKNOWN, retraining.family(), retraining.describe());
    assertEquals(Set.of(TitleModifier.TRAINEE), retraining.modifiers());
    assertEquals(RoleFamily.UNKNOWN, read("Chef de produit en formation").family());
  }

  @Test
  void lookingForARoleIsNotHoldingIt() {
    // Found by reading titles as people write them: "Seeking PM role" and "Recherche poste de chef
    // de produit" were read as product managers, so the people this library is for were told they
    // already were one.
    for (String title : List.of("Seeking PM role", "Looking for a product manager role", "PM hopeful",
        "Want to be a PM", "Recherche poste de chef de produit", "À la recherche d'un poste de Product Manager",
        "Product Manager (en devenir)", "Buscando rol de Product Manager")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertEquals(Set.of(TitleModifier.ASPIRING), reading.modifiers(), reading.describe());
      assertTrue(reading.reason().contains("not hold now"), reading.describe());
    }
    TitleReading developer = read("Software Engineer, open to PM roles");
    assertEquals(RoleFamily.DEVELOPER, developer.family(), developer.describe());
    // A search with no role in it says so, rather than guessing a job from "work" or "emploi".
    for (String title : List.of("Open to work", "Looking for new opportunities", "En recherche d'emploi",
        "Auf der Suche nach neuen Herausforderungen")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertEquals("'" + title + "' says what the person is looking for, not the job held now; give the role"
          + " held now", reading.reason());
    }
    // The same words inside a job are left alone: "recherche" is research, "open" is open source.
    assertEquals(RoleFamily.OTHER, read("Ingénieur en recherche opérationnelle").family());
    assertEquals(RoleFamily.OTHER, read("Directeur de la recherche").family());
    assertEquals(RoleFamily.PROJECT_MANAGER, read("Chef de projet en recherche clinique").family());
    assertEquals(RoleFamily.PROJECT_MANAGER, read("Open Source Program Manager").family());
  }

  @Test
  void aBootcampOrACertificateInATitleIsTrainingNotTheRole() {
    // Found by a coach's review: "Product Management Bootcamp Graduate" was read as a product manager.
    for (String title : List.of("Product Management Bootcamp Graduate", "PM Bootcamp Graduate",
        "Product Management Certificate Holder", "Certified Scrum Product Owner", "Product Management Graduate",
        "PM Graduate")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertEquals(Set.of(TitleModifier.TRAINEE), reading.modifiers(), reading.describe());
    }
    // Other families keep theirs, and a graduate scheme's product manager is a product manager.
    assertEquals(RoleFamily.DEVELOPER, read("Full Stack Developer (bootcamp graduate)").family());
    assertEquals(RoleFamily.PRODUCT_MANAGER, read("Graduate Product Manager").family());
  }

  @Test
  void aFieldWordBeforeAnotherPartSharesItsHeadNoun() {
    // Found by a coach's review: "Freelance Brand & Web Designer" was read as marketing from "Brand".
    for (String title : List.of("Brand & Web Designer", "Freelance Brand & Web Designer")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.DESIGNER, reading.family(), reading.describe());
    }
    // A role is not a field word, a seniority word is not a shared noun, and a shared noun that keeps
    // the family changes nothing.
    assertEquals(RoleFamily.FOUNDER, read("Founder & Product Designer").family());
    assertEquals(RoleFamily.DESIGNER, read("Product & Design Lead").family());
    assertEquals(RoleFamily.MARKETING, read("Marketing / Sales Director").family());
    assertEquals(RoleFamily.SALES, read("Sales & Marketing Manager").family());
    // The piece read with the shared noun keeps what a modifier-only piece gave it.
    assertTrue(read("(former) Brand & Web Designer").reason().contains("is marked former"));
  }

  @Test
  void feederRolesNamedAfterTheProductAreNotProductManagers() {
    // Found by a coach review: these were read as product managers, so the people in them, for whom
    // this library is written, were told they already had the job and given no plan.
    for (String title : List.of("Product Ops", "Product Operations Manager", "Head of Product Operations")) {
      assertEquals(RoleFamily.PROJECT_MANAGER, read(title).family(), read(title).describe());
    }
    // In France a "chef de produit marketing" manages a brand, not a digital product.
    assertEquals(RoleFamily.MARKETING, read("Chef de produit marketing").family());
    assertEquals(RoleFamily.PRODUCT_MANAGER, read("Chef de produit digital").family());
  }

  @Test
  void bankingIsItsOwnFieldNotSales() {
    // Found by a coach review: "Vice President, Commercial Banking" was read as sales from
    // "commercial", which in British titles is sales ("Commercial Manager") but in banking is a line
    // of business.
    for (String title : List.of("Vice President, Commercial Banking", "VP Commercial Banking",
        "Commercial Banking Analyst", "Retail Banking Manager", "Private Banking Director")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.OTHER, reading.family(), reading.describe());
    }
    assertEquals(RoleFamily.SALES, read("Commercial Manager").family());
    assertEquals(RoleFamily.SALES, read("Vice President, Commercial").family());
  }

  @Test
  void wordsForWorkInGeneralAreNotAJob() {
    // ESCO labels end in "work", "emploi" or "home" often enough for them to pass as head words, but
    // alone they say nothing of the job (the title index writer leaves them out).
    for (String title : List.of("Demandeur d'emploi", "Stay-at-home parent", "Open for work")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertEquals("no known job title in '" + title + "'", reading.reason());
    }
    assertEquals(RoleFamily.OTHER, read("Social Worker").family());
  }

  @Test
  void theOtherPartOfATitleDecidesWhenOnePartIsNotHeldNow() {
    TitleReading reading = read("Aspiring PM | Data Analyst");
    assertEquals(RoleFamily.DATA_ANALYST, reading.family(), reading.describe());
    assertEquals(Set.of(TitleModifier.ASPIRING), reading.modifiers());
    assertEquals("'product manager' is marked aspiring, a role not held now, so another part of the title decided",
        reading.reason());
    assertEquals(RoleFamily.DEVELOPER, read("Senior Software Engineer (ex-Google)").family());
    assertEquals(RoleFamily.MARKETING, read("Marketing Manager, former Product Manager").family());
  }

  @Test
  void internsStudentsAndTraineesKeepTheirFamilyButAreNotProductManagers() {
    TitleReading intern = read("Software Engineering Intern");
    assertEquals(RoleFamily.DEVELOPER, intern.family(), intern.describe());
    assertEquals(Set.of(TitleModifier.INTERN), intern.modifiers());
    assertEquals(Set.of(TitleModifier.TRAINEE), read("Marketing Trainee").modifiers());
    assertEquals(RoleFamily.MARKETING, read("Marketing Trainee").family());
    assertEquals(RoleFamily.DATA_ANALYST, read("Werkstudent Datenanalyst").family());
    assertEquals(Set.of(TitleModifier.STUDENT), read("Werkstudent Datenanalyst").modifiers());
    assertEquals(RoleFamily.DEVELOPER, read("Stagiaire développeur").family());
    for (String title : List.of("Product Management Intern", "Product Manager Intern", "Associate Product Manager Trainee",
        "Product Owner Student")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertTrue(reading.reason().contains("not yet a product manager"), reading.describe());
    }
  }

  @Test
  void freelanceKeepsTheFamily() {
    TitleReading reading = read("Freelance UX Designer");
    assertEquals(RoleFamily.DESIGNER, reading.family());
    assertEquals(Set.of(TitleModifier.FREELANCE), reading.modifiers());
    assertEquals(RoleFamily.DEVELOPER, read("Freelancer - Full Stack Developer").family());
    assertEquals(RoleFamily.PRODUCT_MANAGER, read("Freelance Product Manager").family(),
        "a freelance product manager is a product manager");
  }

  @Test
  void aModifierAloneSaysNothingAboutTheJob() {
    for (String title : List.of("Freelancer", "Student", "Intern", "Self-employed")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertTrue(reading.reason().contains("not the job"), reading.describe());
      assertFalse(reading.modifiers().isEmpty());
    }
  }

  @Test
  void whatCannotBeReadIsUnknownWithTheReasonNeverASilentOther() {
    TitleReading nothing = read("Chief Happiness Wizard");
    assertEquals(RoleFamily.UNKNOWN, nothing.family());
    assertEquals("no known job title in 'Chief Happiness Wizard'", nothing.reason());
    assertNull(nothing.matchedLabel());
    assertNull(nothing.source());
    assertEquals(RoleFamily.UNKNOWN, read("").family());
    assertEquals("the title is empty", read("   ").reason());
    assertEquals(RoleFamily.UNKNOWN, read("!!! ??? ...").family());
    assertThrows(NullPointerException.class, () -> read(null));
  }

  @Test
  void theReadingNamesItsLabelAndWhereItComesFrom() {
    TitleReading ours = read("Sr. Usability Specialist");
    assertEquals("usability specialist", ours.matchedLabel());
    assertEquals(TitleReading.OUR_ADDITION, ours.source());
    assertEquals(List.of("senior"), ours.seniority());
    assertEquals(1.0, ours.confidence());
    assertTrue(ours.describe().startsWith("read 'Sr. Usability Specialist' as DESIGNER"), ours.describe());

    TitleReading esco = read("Graphic Designer");
    assertEquals(RoleFamily.DESIGNER, esco.family(), esco.describe());
    assertTrue(esco.source().startsWith(Vocabulary.ESCO_OCCUPATION), esco.source());
    assertTrue(esco.fromEsco());

    TitleReading partly = read("Software Developer Payments Platform Team");
    assertEquals(RoleFamily.DEVELOPER, partly.family());
    assertTrue(partly.confidence() < 1.0 && partly.confidence() >= Vocabulary.CONFIDENCE_THRESHOLD,
        partly.describe());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // A generic head noun takes the family of the field word nearest it
      "Integration Architect|DEVELOPER",
      "Big Data Architect|DEVELOPER",
      "Process Improvement Consultant|BUSINESS_ANALYST",
      "Community Engagement Specialist|MARKETING",
      "Key Account Specialist|SALES",
      "Help Desk Coordinator|CUSTOMER_SUCCESS",
      "Category Manager|MARKETING",
      "Engineering Director|DEVELOPER",
      "Project Team Leader|PROJECT_MANAGER",
      // Head first in Spanish, French and Portuguese; joining words are skipped
      "Especialista en Datos|DATA_ANALYST",
      "Consultora de Procesos|BUSINESS_ANALYST",
      "Gestionnaire de projets|PROJECT_MANAGER",
      "Coordinatrice de la communication|MARKETING",
      "Spécialistes de données|DATA_ANALYST",
      // German compounds of a field word and a head noun
      "Vertriebsberater|SALES",
      "Kundenservicemitarbeiterin|CUSTOMER_SUCCESS",
      // Only a field is left once a word is dropped
      "Project Associate|PROJECT_MANAGER",
  })
  void aGenericHeadNounTakesTheFamilyOfItsField(String title, RoleFamily family) {
    TitleReading reading = read(title);
    assertEquals(family, reading.family(), reading.describe());
    assertEquals(TitleReading.OUR_ADDITION, reading.source(), reading.describe());
  }

  @Test
  void aGenericHeadNounWithNoFieldIsUnknownNotAGuess() {
    for (String title : List.of("Quantum Widget Consultant", "Synergy Manager", "Fixed Income Analyst")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertTrue(reading.reason() != null && !reading.reason().isEmpty(), reading.describe());
    }
    // Alone, a head noun is still read as before.
    assertEquals(RoleFamily.BUSINESS_ANALYST, read("Analyst").family());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // Engineering managers lead the engineering side of a product trio; a founder stays a founder
      "Engineering Manager|DEVELOPER",
      "Software Development Manager|DEVELOPER",
      "Head of Engineering|DEVELOPER",
      "VP Engineering|DEVELOPER",
      "CTO|DEVELOPER",
      "Co-founder & CTO|FOUNDER",
      "Cofundadora y CEO|FOUNDER",
      "Cofundador e CEO|FOUNDER",
      // The sub-specialties of each family
      "Lead UX Writer|DESIGNER",
      "Service Design Lead|DESIGNER",
      "Accessibility Specialist|DESIGNER",
      "Consultor Funcional SAP|BUSINESS_ANALYST",
      "Lifecycle Marketing Lead|MARKETING",
      "Demand Generation Lead|MARKETING",
      "Inside Sales Representative|SALES",
      "Pre-Sales Engineer|SALES",
      "BDR|SALES",
      "Ejecutiva de Cuentas Clave|SALES",
      "Implementation Manager|CUSTOMER_SUCCESS",
      "Technical Account Manager|CUSTOMER_SUCCESS",
      "IT Support Technician|CUSTOMER_SUCCESS",
      "Customer Onboarding Specialist|CUSTOMER_SUCCESS",
      "Member of Technical Staff|DEVELOPER",
      // A phrase kept whole: "of" and "staff" are dropped everywhere else
      "Chief of Staff|OTHER",
      "Chief of Staff, Engineering|OTHER",
      // From a review of 631 titles (seventeenth session): misspellings and abbreviations people type
      "Product Manger|PRODUCT_MANAGER",
      "Sr. Softare Engineer|DEVELOPER",
      "Developper|DEVELOPER",
      "Acct Exec|SALES",
      "Proj Mgr|PROJECT_MANAGER",
      // a word one letter from exactly one word of the vocabulary, when nothing else reads the title
      "Desinger|DESIGNER",
      "Custmer Success Manager|CUSTOMER_SUCCESS",
      "Product Owener|PRODUCT_MANAGER",
      // CRM is marketing unless the head builds the system
      "CRM Manager|MARKETING",
      "Responsable CRM|MARKETING",
      "CRM Developer|DEVELOPER",
      // "Product" before what someone sells, sets up or teaches is not product management
      "Product Consultant|CUSTOMER_SUCCESS",
      "Product Expert|SALES",
      "Game Producer|PROJECT_MANAGER",
      "E-commerce Manager|MARKETING",
      // French titles ESCO words otherwise, and Italian ones
      "Responsable commercial|SALES",
      "Contrôleuse de gestion|OTHER",
      "Coach agile|PROJECT_MANAGER",
      "Enseignante|OTHER",
      "Capo progetto|PROJECT_MANAGER",
      "Sviluppatrice web|DEVELOPER",
      "Responsabile prodotto|PRODUCT_MANAGER",
      // a degree or "professional" is no job
      "Étudiante en master|UNKNOWN",
      "En reconversion professionnelle|UNKNOWN",
      // A part that says only the rank gives way to the part that names the field
      "Vice President, Customer Success|CUSTOMER_SUCCESS",
      "VP of Sales|SALES",
      // Female and other inflected forms, German sharp s
      "Projektkoordinatorin|PROJECT_MANAGER",
      "Développeuse web|DEVELOPER",
      "Buchhalterin|OTHER",
      "Advogada|OTHER",
      "Camarera|OTHER",
      "Elektronikerin|OTHER",
      "Außendienstmitarbeiter|SALES",
      "AUSSENDIENSTMITARBEITER|SALES",
      // Other work is OTHER, in every language, not UNKNOWN
      "Motorista de Caminhão|OTHER",
      "Infirmière|OTHER",
      "Geschäftsführerin|OTHER",
      // Titles written head noun first, then the field
      "Engineer, Site Reliability|DEVELOPER",
      "Manager, Customer Success|CUSTOMER_SUCCESS",
      "Director of Product Design|DESIGNER",
      // More field words and labels in Spanish, Portuguese and German
      "Arquitecta de Soluciones|DEVELOPER",
      "Analista de Pruebas|DEVELOPER",
      "Atendente de Telemarketing|SALES",
      "Technischer Support|CUSTOMER_SUCCESS",
  })
  void readsTheFamiliesSubSpecialtiesAndOtherWorkInFiveLanguages(String title, RoleFamily family) {
    TitleReading reading = read(title);
    assertEquals(family, reading.family(), reading.describe());
  }

  @Test
  void aTitleThatSaysOnlyTheRankOrKindOfJobIsUnknown() {
    for (String title : List.of("Consultant", "Specialist", "Associate", "Senior Consultant", "Manager")) {
      TitleReading reading = read(title);
      assertEquals(RoleFamily.UNKNOWN, reading.family(), reading.describe());
      assertTrue(reading.reason() != null && !reading.reason().isEmpty(), reading.describe());
    }
  }

  @Test
  void escoFieldWordsComeAfterOursAndSaySo() {
    TitleReading reading = read("Telecommunications Specialist");
    assertEquals(RoleFamily.OTHER, reading.family(), reading.describe());
    assertEquals(TitleReading.ESCO_FIELD_WORD, reading.source());
    assertTrue(reading.fromEsco());
    assertTrue(reading.describe().contains("ESCO field word"), reading.describe());
    // Our own label "engineering" beats ESCO's field word of the same spelling.
    assertEquals(RoleFamily.DEVELOPER, read("Director of Engineering").family());
  }

  @Test
  void longAndHostileTitlesAreReadQuicklyAndSafely() {
    String longTitle = "Senior ".repeat(10_000) + "Software Engineer";
    assertNotEquals(RoleFamily.PRODUCT_MANAGER, read(longTitle).family());
    assertEquals(RoleFamily.UNKNOWN, read("${jndi:ldap://x} {0} <script>").family());
  }

  @Test
  void classifyTitleIsTheFamilyOfTheReading() {
    assertEquals(read("Chef de produit").family(), Fixtures.ADVISOR.classifyTitle("Chef de produit"));
  }
}
