package org.pmpathways.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pmpathways.AdvisorException;
import org.pmpathways.advice.Pathway;
import org.pmpathways.facts.Project;
import org.pmpathways.facts.ProjectNature;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.SideProject;

/** Texts are looked up as ResourceBundle would, without ResourceBundle.getBundle (refused in named modules). */
class MessagesTest {
  private static final String TEXTS = "org.pmpathways.engine.test.texts";
  private static final String HOST = "org.pmpathways.engine.test.host";
  private static final ClassLoader LOADER = MessagesTest.class.getClassLoader();

  private static String text(Locale locale, String key) {
    return Messages.load(List.of(HOST, TEXTS), locale, LOADER).text(key, List.of("Ana"));
  }

  @Test
  void theMostSpecificFileThatHasTheKeyWins() {
    assertEquals("Allô Ana", text(Locale.CANADA_FRENCH, "greeting"), "fr_CA has it");
    assertEquals("Bonjour Ana", text(Locale.FRENCH, "greeting"));
    assertEquals("Hello Ana", text(Locale.ROOT, "greeting"));
  }

  @Test
  void aKeyMissingFromTheLocaleFallsBackToLessSpecificFiles() {
    assertEquals("root text", text(Locale.CANADA_FRENCH, "only.root"), "fr_CA, then fr, then the base file");
  }

  @Test
  void theJvmDefaultLocaleIsNeverUsed() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertEquals("Hello Ana", text(Locale.GERMAN, "greeting"), "no German file: the base file, not French");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void bundlesAreConsultedInOrderBeforeTheirLocales() {
    assertEquals("See you", text(Locale.FRENCH, "farewell"), "the host's base file comes before the library's fr");
  }

  @Test
  void aMissingBundleOrKeyIsNamed() {
    AdvisorException bundle = assertThrows(AdvisorException.class,
        () -> Messages.load(List.of("no.such.bundle"), Locale.ROOT, LOADER));
    assertTrue(bundle.getMessage().contains("no/such/bundle.properties"), bundle.getMessage());
    AdvisorException key = assertThrows(AdvisorException.class, () -> text(Locale.ROOT, "no.such.key"));
    assertTrue(key.getMessage().contains("'no.such.key'") && key.getMessage().contains(TEXTS), key.getMessage());
  }

  private static String format(String key, Object... args) {
    return Messages.load(List.of(TEXTS), Locale.ROOT, LOADER).text(key, List.of(args));
  }

  @Test
  void pluralsAreChosenByNumber() {
    assertEquals("You know no product manager.", format("plural", 0));
    assertEquals("You know one product manager.", format("plural", 1));
    assertEquals("You know 12 product managers.", format("plural", 12));
  }

  @Test
  void apostrophesAreWrittenTwiceInEveryText() {
    assertEquals("It's Ana's turn.", format("apostrophe", "Ana"), "the text without a format, filled directly");
  }

  @Test
  void valuesAreNamedInWords() {
    Project unnamed = new Project(SideProject.builder().kind(ProjectKind.CODED_APP).stage(ProjectStage.IDEA).build(), 0,
        ProjectNature.SHIPPED_PRODUCT, false);
    Project named = new Project(SideProject.builder().name("Shiftly").kind(ProjectKind.CODED_APP)
        .stage(ProjectStage.IDEA).build(), 1, ProjectNature.SHIPPED_PRODUCT, false);
    assertEquals("the product trio in your coded app", format("value", Pathway.PRODUCT_TRIO, unnamed));
    assertEquals("Shiftly in the product trio and Shiftly",
        format("value", named, List.of(Pathway.PRODUCT_TRIO, named)));
  }

  @Test
  void aListEndsWithTheLastSeparatorWhenTheBundleHasOne() {
    Messages lists = Messages.load(List.of("org.pmpathways.engine.test.lists"), Locale.ROOT, LOADER);
    assertEquals("the product trio, the product trio and the product trio",
        lists.text("items", List.of(List.of(Pathway.PRODUCT_TRIO, Pathway.PRODUCT_TRIO, Pathway.PRODUCT_TRIO))));
    assertEquals("the product trio and the product trio",
        lists.text("items", List.of(List.of(Pathway.PRODUCT_TRIO, Pathway.PRODUCT_TRIO))));
    assertEquals("the product trio", lists.text("items", List.of(List.of(Pathway.PRODUCT_TRIO))));
    assertEquals("", lists.text("items", List.of(List.of())));
    // Names a person wrote may hold "and" themselves: they are only separated.
    assertEquals("PMP, Certificate in Design and Innovation",
        lists.text("items", List.of(List.of("PMP", "Certificate in Design and Innovation"))));
    // Without list.last-separator every item is joined with list.separator (valuesAreNamedInWords).
  }

  @Test
  void aTextThatIsNoValidPatternIsNamed() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> format("bad", 1));
    assertTrue(e.getMessage().contains("'bad'") && e.getMessage().contains("not a valid message pattern"),
        e.getMessage());
  }

  @Test
  void onlyTheArgumentsATextNamesArePutInWords() {
    // The test bundle has no words for INTERNAL_MOVE: a text that names it fails, one that does not is filled.
    assertEquals("the second is Ana", format("second.only", Pathway.INTERNAL_MOVE, "Ana"));
    AdvisorException named = assertThrows(AdvisorException.class, () -> format("value", Pathway.INTERNAL_MOVE, "Ana"));
    assertTrue(named.getMessage().contains("enum.Pathway.INTERNAL_MOVE"), named.getMessage());
  }

  @Test
  void aFormattedTextIsKeptUnderTheArgumentsItNamesAlone() {
    Messages messages = Messages.load(List.of(TEXTS), Locale.ROOT, LOADER);
    String first = messages.text("counted", List.of("Project A", 3, "Ana"));
    assertEquals("3 projects for Ana", first);
    assertSame(first, messages.text("counted", List.of("Project B", 3, "Ana")),
        "the argument the text does not name does not make it another text");
    assertEquals("one project for Ana", messages.text("counted", List.of("Project A", 1, "Ana")));
  }

  @Test
  void aFamilyFindsEachNamesTextAndNamesAMissingOneEveryTime() {
    Messages.Family reasons = Messages.load(List.of(TEXTS), Locale.ROOT, LOADER).family("reason.", "");
    assertEquals("A known reason about Ana.", reasons.text("known", List.of("Ana")));
    assertEquals("A known reason about Ana.", reasons.render("known", new Object[] {"Ana"}));
    for (int i = 0; i < 2; i++) {
      AdvisorException e = assertThrows(AdvisorException.class, () -> reasons.check("unknown"));
      assertTrue(e.getMessage().contains("'reason.unknown'"), e.getMessage());
    }
  }
}
