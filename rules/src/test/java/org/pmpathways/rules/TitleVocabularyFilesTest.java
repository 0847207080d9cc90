package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pmpathways.AdvisorException;
import org.pmpathways.reading.Vocabulary;

/** A malformed head-noun, field-word or modifier file is refused with the file, the line and the allowed values. */
class TitleVocabularyFilesTest {
  private static final String VOCABULARY = "org/pmpathways/rules/vocabulary/";

  private static Properties index(String key, String file) {
    Properties index = new Properties();
    index.setProperty("title-words", VOCABULARY + "title-words.tsv");
    index.setProperty("title-families", VOCABULARY + "title-families.tsv");
    index.setProperty("skills", VOCABULARY + "skills.tsv");
    index.setProperty("certificate-crafts", VOCABULARY + "certificate-crafts.tsv");
    index.setProperty(key, file);
    return index;
  }

  @Test
  void aHeadNounOfAnUnknownKindIsRefusedNamingTheLine() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> Vocabulary.load(
        getClass().getClassLoader(), index("title-heads", "bad-vocabulary/title-heads.tsv"), "test index"));
    assertTrue(e.getMessage().startsWith("bad-vocabulary/title-heads.tsv line 3: "), e.getMessage());
    assertTrue(e.getMessage().contains("'SOMETIMES'") && e.getMessage().contains("[GENERIC, QUALIFIED]"),
        e.getMessage());
  }

  @Test
  void aCertificateCraftThatIsNoRoleFamilyIsRefusedNamingTheLine() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> Vocabulary.load(getClass().getClassLoader(),
        index("certificate-crafts", "bad-vocabulary/certificate-crafts.tsv"), "test index"));
    assertTrue(e.getMessage().startsWith("bad-vocabulary/certificate-crafts.tsv line 2: "), e.getMessage());
    assertTrue(e.getMessage().contains("'SCRUM_MASTER' is not a RoleFamily"), e.getMessage());
  }

  @Test
  void aFieldOfAnUnknownFamilyIsRefusedNamingTheLine() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> Vocabulary.load(
        getClass().getClassLoader(), index("title-fields", "bad-vocabulary/title-fields.tsv"), "test index"));
    assertTrue(e.getMessage().startsWith("bad-vocabulary/title-fields.tsv line 3: "), e.getMessage());
    assertTrue(e.getMessage().contains("'WIZARD' is not a RoleFamily"), e.getMessage());
  }

  @Test
  void aModifierOfMoreThanThreeWordsIsRefusedNamingTheLine() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> Vocabulary.load(
        getClass().getClassLoader(), index("title-modifiers", "bad-vocabulary/title-modifiers.tsv"), "test index"));
    assertEquals("bad-vocabulary/title-modifiers.tsv line 3: modifier 'looking for a role' has more than three words",
        e.getMessage());
  }

  @Test
  void aPhraseOfSeveralWordsInTheWordMapMustBeKeptWholeNamingTheLine() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> Vocabulary.load(
        getClass().getClassLoader(), index("title-words", "bad-vocabulary/title-words.tsv"), "test index"));
    assertEquals("bad-vocabulary/title-words.tsv line 3: 'chief of staff' has several words: a phrase is kept"
        + " whole, with '=' on the right", e.getMessage());
  }

  @Test
  void aPhraseKeptWholeMustBeInPlainFormNamingTheLine() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> Vocabulary.load(
        getClass().getClassLoader(), index("title-words", "bad-vocabulary/title-words-not-plain.tsv"), "test index"));
    assertTrue(e.getMessage().startsWith("bad-vocabulary/title-words-not-plain.tsv line 2: phrase 'Chief of Staff'"),
        e.getMessage());
  }

  @Test
  void theShippedFilesLoad() {
    Properties index = index("title-heads", VOCABULARY + "title-heads.tsv");
    index.setProperty("title-fields", VOCABULARY + "title-fields.tsv");
    assertTrue(Vocabulary.load(getClass().getClassLoader(), index, "test index")
        .readTitle("Platform Architect").isRead());
  }
}
