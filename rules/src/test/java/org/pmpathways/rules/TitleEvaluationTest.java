package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleModifier;
import org.pmpathways.reading.TitleReading;

/**
 * Floors under the title reader's measured accuracy (see {@link TitleEvaluation} and BENCHMARKS.md):
 * a change that makes reading worse fails here. Set -Dtitle.report=true to print the whole report.
 *
 * <p>Every set here but the blind set of session 5 has been tuned on (the independent set of session 4
 * since session 5); the floors sit just under the figures measured at the end of session 5. The blind
 * set was measured once, then kept here as a floor. A set never read is measured with
 * {@code -Dtitle.unseen=FILE} (see {@link TitleEvaluation#report}), not here.
 */
class TitleEvaluationTest {
  @Test
  void readingStaysAboveItsMeasuredFloors() {
    if (Boolean.getBoolean("title.report")) {
      System.out.println(TitleEvaluation.report(Fixtures.ADVISOR));
    }
    // Floors a little under the figures measured at the end of session 5 (BENCHMARKS.md, "Reading titles
    // and skills"): accuracy, macro accuracy and the ceiling of the wrong-family rate, on the titles and
    // on their everyday variants. All sets were tuned on.
    List<TitleEvaluation.Labelled> session4 = TitleEvaluation.load(TitleEvaluation.SESSION_4);
    check("independent set of session 4", session4, false, SESSION_4_FLOORS);
    check("independent set of session 4", session4, true, SESSION_4_FLOORS);
    check("development", TitleEvaluation.development(), false, DEVELOPMENT_FLOORS);
    check("development", TitleEvaluation.development(), true, DEVELOPMENT_FLOORS);
    check(TitleEvaluation.ESCO_HELD_OUT, TitleEvaluation.load(TitleEvaluation.ESCO_HELD_OUT), false, ESCO_FLOORS);
    List<TitleEvaluation.Labelled> blind = TitleEvaluation.load(TitleEvaluation.BLIND_SESSION_5);
    check("blind set of session 5", blind, false, BLIND_FLOORS);
    check("blind set of session 5", blind, true, BLIND_VARIANT_FLOORS);
  }

  /** Measured once, blind, at the end of session 5: 0.931, 0.937, 0.033. */
  private static final double[] BLIND_FLOORS = {0.925, 0.93, 0.04};
  /** The same titles' everyday variants: 0.929, 0.935, 0.035. */
  private static final double[] BLIND_VARIANT_FLOORS = {0.92, 0.93, 0.04};

  /**
   * The blind titles with a modifier, read as the reader's policy says (README, "Reading titles and
   * skills"): the modifier is found; an aspiring or former job is not held now, so a title that names
   * nothing else is UNKNOWN; an intern, student or trainee keeps the family of the job, except that
   * none of them is a product manager (UNKNOWN); a freelancer keeps the family. Measured first at the
   * end of session 5: 26 of 30 (the Spanish, Portuguese and German words for an internship were
   * missing, and "Softwareentwicklung" was not read); all 30 since those words were added.
   */
  @Test
  void blindTitlesWithAModifierAreReadAsThePolicySays() {
    List<String> wrong = new ArrayList<>();
    int lines = 0;
    try (InputStream in = TitleEvaluationTest.class.getClassLoader()
        .getResourceAsStream(TitleEvaluation.BLIND_MODIFIERS_SESSION_5)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        lines++;
        String[] cells = line.split("\t");
        RoleFamily named = RoleFamily.valueOf(cells[0]);
        TitleModifier modifier = modifierOf(cells[4]);
        RoleFamily expected = switch (modifier) {
          case ASPIRING, FORMER -> RoleFamily.UNKNOWN;
          case INTERN, STUDENT, TRAINEE -> named == RoleFamily.PRODUCT_MANAGER ? RoleFamily.UNKNOWN : named;
          case FREELANCE -> named;
        };
        TitleReading reading = Fixtures.ADVISOR.readTitle(cells[1]);
        if (reading.family() != expected || !reading.modifiers().contains(modifier)) {
          wrong.add(cells[1] + ": expected " + expected + " " + modifier + ", read " + reading.family() + " "
              + reading.modifiers());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(30, lines, "the blind modifier set has 30 titles");
    assertEquals(List.of(), wrong);
  }

  /** The set's modifier column (the word as written) as the reader's modifier. */
  private static TitleModifier modifierOf(String word) {
    return switch (word) {
      case "aspiring" -> TitleModifier.ASPIRING;
      case "former", "ex-" -> TitleModifier.FORMER;
      case "intern", "stagiaire", "becario", "prácticas", "praktikum", "estágio" -> TitleModifier.INTERN;
      case "werkstudent" -> TitleModifier.STUDENT;
      // "alternant" (French work-study) is an apprentice in our vocabulary, with "apprenti".
      case "trainee", "alternant" -> TitleModifier.TRAINEE;
      case "freelance", "indépendant", "freiberuflicher" -> TitleModifier.FREELANCE;
      default -> throw new IllegalArgumentException("no modifier for '" + word + "'");
    };
  }

  /** Measured 0.964, 0.963, 0.033 (variants 0.964, 0.963, 0.033). */
  private static final double[] SESSION_4_FLOORS = {0.955, 0.955, 0.04};
  /** Measured 0.885, 0.916, 0.049 (variants 0.884, 0.915, 0.051). */
  private static final double[] DEVELOPMENT_FLOORS = {0.88, 0.91, 0.055};
  /** Measured 0.818, 0.600, 0.071 on the labels drawn in session 5. */
  private static final double[] ESCO_FLOORS = {0.81, 0.59, 0.075};

  private static void check(String name, List<TitleEvaluation.Labelled> titles, boolean variants, double[] limits) {
    var result = TitleEvaluation.measure(name, variants ? TitleEvaluation.everydayVariants(titles) : titles,
        Fixtures.ADVISOR::classifyTitle);
    String set = name + (variants ? " (everyday variants)" : "");
    assertTrue(result.accuracy() >= limits[0], set + ": accuracy fell to " + result.accuracy());
    assertTrue(result.macro() >= limits[1], set + ": macro accuracy fell to " + result.macro());
    assertTrue(result.wrongRate() <= limits[2], set + ": wrong-family rate rose to " + result.wrongRate());
  }

  /**
   * The field words and head nouns are general words, not the labelled titles copied in: no title of
   * two words or more of the development or held-out sets is one of their phrases, unless the phrase
   * was already one of the project's title labels ("customer service").
   */
  @Test
  void noLabelledTitleIsCopiedIntoTheFieldWordsOrHeadNouns() {
    Set<String> phrases = new HashSet<>();
    phrases.addAll(firstColumn("org/pmpathways/rules/vocabulary/title-fields.tsv"));
    phrases.addAll(firstColumn("org/pmpathways/rules/vocabulary/title-heads.tsv"));
    firstColumn("org/pmpathways/rules/vocabulary/title-families.tsv").forEach(phrases::remove);
    firstColumn("org/pmpathways/rules/vocabulary/title-translations.tsv").forEach(phrases::remove);
    List<TitleEvaluation.Labelled> titles = new ArrayList<>(TitleEvaluation.development());
    titles.addAll(TitleEvaluation.load(TitleEvaluation.SESSION_4));
    List<String> copied = new ArrayList<>();
    for (TitleEvaluation.Labelled t : titles) {
      String plain = plain(t.title());
      if (plain.contains(" ") && phrases.contains(plain)) {
        copied.add(t.title());
      }
    }
    assertEquals(List.of(), copied);
    assertTrue(phrases.contains("platform"), "the check must see the field words");
  }

  /**
   * Nor into the label lists: a labelled title of two words or more that is a phrase of
   * title-families.tsv or title-translations.tsv must be one of those the lists already had when
   * session 5 began (titles/labelled-titles-in-our-labels-before-session-5.txt).
   */
  @Test
  void noLabelledTitleIsCopiedIntoTheLabelLists() {
    Set<String> labels = new HashSet<>(firstColumn("org/pmpathways/rules/vocabulary/title-families.tsv"));
    labels.addAll(firstColumn("org/pmpathways/rules/vocabulary/title-translations.tsv"));
    Set<String> before = new HashSet<>(firstColumn("titles/labelled-titles-in-our-labels-before-session-5.txt"));
    List<TitleEvaluation.Labelled> titles = new ArrayList<>(TitleEvaluation.development());
    titles.addAll(TitleEvaluation.load(TitleEvaluation.SESSION_4));
    List<String> copied = new ArrayList<>();
    for (TitleEvaluation.Labelled t : titles) {
      String plain = plain(t.title());
      if (plain.contains(" ") && labels.contains(plain) && !before.contains(plain)) {
        copied.add(t.title());
      }
    }
    assertEquals(List.of(), copied);
    assertTrue(labels.contains("product manager") && before.contains("product manager"),
        "the check must see the label lists and the titles they had");
  }

  private static String plain(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return String.join(" ", s.replace("&", " and ").trim().split("[^a-z0-9]+")).trim();
  }

  private static List<String> firstColumn(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = TitleEvaluationTest.class.getClassLoader().getResourceAsStream(resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(plain(line.split("\t")[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
