package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pmpathways.AdvisorException;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.Vocabulary;

/** The vocabulary reads which craft a certificate names (certificate-crafts.tsv), as whole words. */
class CertificateReadingTest {
  private static Vocabulary vocabulary(Properties index) {
    return Vocabulary.load(CertificateReadingTest.class.getClassLoader(), index, RuleSet.INDEX);
  }

  private static Properties index() throws IOException {
    Properties index = new Properties();
    try (InputStream in = CertificateReadingTest.class.getClassLoader().getResourceAsStream(RuleSet.INDEX)) {
      index.load(in);
    }
    return index;
  }

  @Test
  void aCertificateNamesTheCraftsOfItsWords() throws IOException {
    Vocabulary vocabulary = vocabulary(index());
    assertEquals(Set.of(RoleFamily.PRODUCT_MANAGER), vocabulary.readCertificate("PSPO I"));
    assertEquals(Set.of(RoleFamily.PRODUCT_MANAGER, RoleFamily.PROJECT_MANAGER),
        vocabulary.readCertificate("Scrum.org PSPO I"));
    assertEquals(Set.of(RoleFamily.PRODUCT_MANAGER, RoleFamily.PROJECT_MANAGER),
        vocabulary.readCertificate("Certified Scrum Product Owner"));
    assertEquals(Set.of(RoleFamily.PROJECT_MANAGER), vocabulary.readCertificate("PMI-ACP"));
    assertEquals(Set.of(RoleFamily.PROJECT_MANAGER), vocabulary.readCertificate("Gestión de Proyectos"));
    assertEquals(Set.of(RoleFamily.DESIGNER), vocabulary.readCertificate("Google UX Design Certificate"));
    assertEquals(Set.of(RoleFamily.BUSINESS_ANALYST), vocabulary.readCertificate("IIBA CBAP"));
    // Whole words only: "Lean Six Sigma" is not "lean startup", "Safety" is not "SAFe", "PMS" is not "PM".
    for (String other : new String[] {"CFA", "ISTQB Foundation Level", "Lean Six Sigma Green Belt",
        "Food Safety Level 2", "Oracle PMS", "Expert-comptable", ""}) {
      assertTrue(vocabulary.readCertificate(other).isEmpty(), other);
    }
  }

  /** A malformed table is refused naming its line: TitleVocabularyFilesTest. */
  @Test
  void theTableIsRequired() throws IOException {
    Properties without = index();
    without.remove("certificate-crafts");
    AdvisorException missing = assertThrows(AdvisorException.class, () -> vocabulary(without));
    assertTrue(missing.getMessage().contains("'certificate-crafts'"), missing.getMessage());
  }
}
