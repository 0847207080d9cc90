package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Explanation;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;
import org.pmpathways.reading.TitleReading;

/**
 * The library's message bundles: every translation ({@code messages_xx.properties} beside
 * {@code messages.properties}) has exactly the English keys, each of its texts is a valid
 * {@link MessageFormat} pattern with the same arguments as the English text, and no text has an
 * apostrophe that MessageFormat would take for a quote. Then French advice, end to end: an advisor
 * built with {@code .locale(Locale.FRENCH)} speaks French everywhere, names values in words, and
 * chooses French plurals.
 */
class BundlesTest {
  private static final Path DIR = Path.of("src/main/resources/org/pmpathways/rules");
  private static final String ENGLISH = "messages.properties";
  private static final Pattern TRANSLATION = Pattern.compile("messages_([a-zA-Z]{2,3}(?:_[a-zA-Z0-9]+)*)\\.properties");
  /** An argument of a pattern, at any depth (a choice's texts are patterns too): {@code {3} or {3,...}}. */
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
  private static final Pattern NUMBER_ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*,\\s*(?:number|choice)\\b");
  /** Where an enum named in a text ({@code enum.Type.VALUE}) may live. */
  private static final List<String> ENUM_PACKAGES = List.of("org.pmpathways.advice", "org.pmpathways.profile",
      "org.pmpathways.facts");

  @Test
  void theLibraryHasAFrenchBundle() {
    assertTrue(translations().containsKey("messages_fr.properties"), "translations found: " + translations().keySet());
  }

  @Test
  void everyTranslationHasExactlyTheEnglishKeys() {
    Set<String> english = load(ENGLISH).stringPropertyNames();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Locale> bundle : translations().entrySet()) {
      Set<String> keys = load(bundle.getKey()).stringPropertyNames();
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(keys);
      Set<String> extra = new TreeSet<>(keys);
      extra.removeAll(english);
      if (!missing.isEmpty()) {
        problems.add(bundle.getKey() + " lacks " + missing.size() + " keys: " + missing);
      }
      if (!extra.isEmpty()) {
        problems.add(bundle.getKey() + " has keys the English bundle does not have: " + extra);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void noBundleGivesAKeyTwice() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String file : allBundles().keySet()) {
      Set<String> seen = new TreeSet<>();
      for (String line : Files.readAllLines(DIR.resolve(file))) {
        Matcher key = Pattern.compile("^([^#!\\s=:][^\\s=:]*)\\s*[=:]").matcher(line);
        if (key.find() && !seen.add(key.group(1))) {
          problems.add(file + " gives " + key.group(1) + " twice; the last one wins");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyTextIsAPatternWithTheArgumentsOfTheEnglishText() {
    Properties english = load(ENGLISH);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Locale> bundle : allBundles().entrySet()) {
      Properties texts = load(bundle.getKey());
      for (String key : new TreeSet<>(texts.stringPropertyNames())) {
        String pattern = texts.getProperty(key);
        try {
          new MessageFormat(pattern, bundle.getValue());
        } catch (IllegalArgumentException e) {
          problems.add(bundle.getKey() + " " + key + " is not a MessageFormat pattern (" + e.getMessage() + "): " + pattern);
          continue;
        }
        if (english.containsKey(key) && !arguments(pattern).equals(arguments(english.getProperty(key)))) {
          problems.add(bundle.getKey() + " " + key + " uses the arguments " + arguments(pattern)
              + " where the English text uses " + arguments(english.getProperty(key)));
        }
        // An argument the English text shows as it is may be words; a choice or number format fails on words.
        if (english.containsKey(key) && !numbers(english.getProperty(key)).containsAll(numbers(pattern))) {
          problems.add(bundle.getKey() + " " + key + " formats the arguments " + numbers(pattern)
              + " as numbers where the English text formats only " + numbers(english.getProperty(key)));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * An apostrophe is written twice: a single one starts quoted text (the engine's fast path for
   * texts with only bare placeholders relies on it). Inside a choice, a text that holds an argument
   * is read by MessageFormat a second time after the choice has turned {@code ''} into {@code '}, so
   * such a text has no apostrophe at all (or writes it four times).
   */
  @Test
  void noTextHasALoneApostrophe() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Locale> bundle : allBundles().entrySet()) {
      Properties texts = load(bundle.getKey());
      for (String key : new TreeSet<>(texts.stringPropertyNames())) {
        String pattern = texts.getProperty(key);
        if (hasLoneApostrophe(pattern)) {
          problems.add(bundle.getKey() + " " + key + " has a lone apostrophe (write it twice): " + pattern);
          continue;
        }
        for (Format format : new MessageFormat(pattern, bundle.getValue()).getFormats()) {
          if (format instanceof ChoiceFormat choice) {
            for (Object text : choice.getFormats()) {
              if (text.toString().indexOf('{') >= 0 && hasLoneApostrophe(text.toString())) {
                problems.add(bundle.getKey() + " " + key + ": the choice text \"" + text
                    + "\" holds an argument and an apostrophe, which MessageFormat takes for a quote");
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * French elides "de", "le", "ne", "que" before a vowel with an apostrophe; a text that lost one reads
   * "dune", "navez", "lentretien". Checked on the texts as filled, so an apostrophe MessageFormat ate
   * (a lone one in a choice that holds an argument) is caught too.
   */
  @Test
  void frenchElisionsKeepTheirApostrophe() {
    Pattern lost = Pattern.compile("(?iu)\\b(d|l|n|qu|jusqu)(un|une|ici|avez|avons|en|entretien|utiliser|il|ils|elle"
        + "|elles|est|autres|accès|étude|équipe|offre|instant)\\b");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Locale> bundle : translations().entrySet()) {
      if (!bundle.getValue().getLanguage().equals("fr")) {
        continue;
      }
      Properties texts = load(bundle.getKey());
      for (String key : new TreeSet<>(texts.stringPropertyNames())) {
        MessageFormat format = new MessageFormat(texts.getProperty(key), bundle.getValue());
        for (int n = 0; n <= 3; n++) {
          Object[] args = new Object[12];
          Arrays.fill(args, n);
          Matcher m = lost.matcher(format.format(args));
          if (m.find()) {
            problems.add(bundle.getKey() + " " + key + " filled with " + n + " has '" + m.group() + "'");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Filled with 0, 1 and 2 for every argument, no text keeps a brace or a doubled apostrophe. */
  @Test
  void everyTextFillsCleanlyForZeroOneAndTwo() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Locale> bundle : allBundles().entrySet()) {
      Properties texts = load(bundle.getKey());
      for (String key : new TreeSet<>(texts.stringPropertyNames())) {
        MessageFormat format = new MessageFormat(texts.getProperty(key), bundle.getValue());
        for (int n = 0; n <= 2; n++) {
          Object[] args = new Object[12];
          Arrays.fill(args, n);
          String filled = format.format(args);
          if (filled.contains("{") || filled.contains("}") || filled.contains("''")) {
            problems.add(bundle.getKey() + " " + key + " filled with " + n + " gives: " + filled);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** A value the rules pass to a text is shown in words, so each value of a named enum has its words. */
  @Test
  void everyValueOfANamedEnumHasItsWords() {
    Properties english = load(ENGLISH);
    Set<String> types = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      if (key.startsWith("enum.")) {
        types.add(key.split("\\.")[1]);
      }
    }
    assertTrue(types.containsAll(List.of("RoleFamily", "Pathway", "Stage", "ProjectKind")), "named enums: " + types);
    List<String> missing = new ArrayList<>();
    for (String type : types) {
      for (Enum<?> value : enumType(type).getEnumConstants()) {
        if (!english.containsKey("enum." + type + "." + value.name())) {
          missing.add("enum." + type + "." + value.name());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /** The advice itself in French, from the real rules. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class FrenchAdvice {
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?i)\\b(the|and|your|you|with|to|of|is|are)\\b");
    private static final Pattern RAW_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    private PathwayAdvisor english;
    private PathwayAdvisor french;
    private Properties frenchTexts;
    private Set<String> enumNames;

    @BeforeAll
    void build() {
      english = PathwayAdvisor.builder().build();
      french = PathwayAdvisor.builder().locale(Locale.FRENCH).build();
      frenchTexts = load("messages_fr.properties");
      enumNames = new TreeSet<>();
      for (String key : frenchTexts.stringPropertyNames()) {
        if (key.startsWith("enum.")) {
          enumNames.add(key.substring(key.lastIndexOf('.') + 1));
        }
      }
    }

    @AfterAll
    void close() {
      english.close();
      french.close();
    }

    @Test
    void theSamePlanIsGivenInFrench() {
      for (Profile profile : samples()) {
        Advice en = english.advise(profile);
        Advice fr = french.advise(profile);
        assertEquals(ids(en), ids(fr), "the plan for " + profile);
        assertEquals(en.primary(), fr.primary(), "the primary pathway for " + profile);
        assertEquals(en.warnings().stream().map(w -> w.id()).toList(), fr.warnings().stream().map(w -> w.id()).toList());
      }
    }

    @Test
    void actionTitlesAreTheFrenchBundles() {
      int seen = 0;
      for (Profile profile : samples()) {
        for (Action action : french.advise(profile).actions()) {
          String title = frenchTexts.getProperty("action." + action.id() + ".title");
          assertEquals(new MessageFormat(title, Locale.FRENCH).format(new Object[0]), action.title());
          seen++;
        }
      }
      assertTrue(seen >= 20, "the samples propose " + seen + " actions");
    }

    /**
     * Each French text differs from the English one in the same place of the advice. The reason the
     * title reader gives for a title it cannot read is its own, in English, and is left out of the check.
     */
    @Test
    void noTextIsLeftInEnglish() {
      for (Profile profile : samples()) {
        List<String> en = texts(english.advise(profile));
        Advice advice = french.advise(profile);
        List<String> fr = texts(advice);
        String titleReason = advice.title().flatMap(TitleReading::why).orElse(null);
        assertEquals(en.size(), fr.size(), "the texts of the advice for " + profile);
        for (int i = 0; i < en.size(); i++) {
          assertNotEquals(en.get(i), fr.get(i), "a text left in English for " + profile);
          String words = titleReason == null ? fr.get(i) : fr.get(i).replace(titleReason, "");
          assertFalse(ENGLISH_WORD.matcher(words).find(), "English words in \"" + fr.get(i) + "\"");
        }
      }
    }

    @Test
    void valuesAreNamedInWordsNeverRaw() {
      for (Profile profile : samples()) {
        for (String text : texts(french.advise(profile))) {
          assertFalse(RAW_NAME.matcher(text).find(), "a raw name in \"" + text + "\"");
          for (String name : enumNames) {
            assertFalse(Pattern.compile("\\b" + name + "\\b").matcher(text).find(), name + " raw in \"" + text + "\"");
          }
          assertFalse(text.contains("{") || text.contains("}") || text.contains("''"), "unfilled: \"" + text + "\"");
        }
      }
    }

    @Test
    void pluralsAreFrench() {
      Function<Integer, Advice> withContacts = n -> french.advise(Profile.builder().role(RoleFamily.DEVELOPER)
          .yearsExperience(n).employer(Employer.of(true, true, false)).pmContacts(n).build());
      assertDetail(withContacts.apply(0), "COFFEE_CHATS_WITH_PMS", "aucun product manager ne figure parmi vos contacts");
      assertDetail(withContacts.apply(1), "COFFEE_CHATS_WITH_PMS", "un product manager figure parmi vos contacts");
      assertDetail(withContacts.apply(2), "COFFEE_CHATS_WITH_PMS", "2 product managers figurent parmi vos contacts");
      assertBecause(withContacts.apply(0), "COFFEE_CHATS_WITH_PMS", "vous n'échangez avec aucun d'entre eux");
      assertBecause(withContacts.apply(1), "COFFEE_CHATS_WITH_PMS", "vous échangez avec un seul d'entre eux");
      assertBecause(withContacts.apply(2), "COFFEE_CHATS_WITH_PMS", "vous échangez avec 2 d'entre eux");
      // 0 and 1 are singular in French: "0 an", "1 an", "2 ans".
      assertFact(withContacts.apply(0), "la personne candidate : 0 an d'expérience dans le développement logiciel");
      assertFact(withContacts.apply(1), "la personne candidate : 1 an d'expérience dans le développement logiciel");
      assertFact(withContacts.apply(2), "la personne candidate : 2 ans d'expérience dans le développement logiciel");

      Function<Integer, Advice> withInterviews = n -> french.advise(Profile.builder().role(RoleFamily.MARKETING)
          .yearsExperience(4).employer(Employer.of(false, false, false)).informationalInterviews(n).build());
      assertDetail(withInterviews.apply(0), "INFORMATIONAL_INTERVIEWS", "Vous n'avez encore eu aucun entretien informatif ;");
      assertDetail(withInterviews.apply(1), "INFORMATIONAL_INTERVIEWS", "Vous avez eu un entretien informatif ;");
      assertDetail(withInterviews.apply(2), "INFORMATIONAL_INTERVIEWS", "Vous avez eu 2 entretiens informatifs ;");
    }

    @Test
    void numbersAreWrittenTheFrenchWay() {
      Advice advice = french.advise(Profile.builder().role(RoleFamily.DESIGNER).yearsExperience(3)
          .sideProject(new SideProject("Carnet", ProjectKind.NO_CODE_APP, ProjectStage.LAUNCHED, 1500, 0, true, true, true))
          .build());
      List<String> evidence = advice.competencies().stream().flatMap(c -> c.evidence().stream()).toList();
      assertTrue(evidence.stream().anyMatch(e -> e.matches("1\\h500 personnes utilisent Carnet\\.")), evidence.toString());
    }

    @Test
    void aRegionalFrenchFallsBackToFrench() {
      try (PathwayAdvisor canadian = PathwayAdvisor.builder().locale(Locale.CANADA_FRENCH).build()) {
        for (Profile profile : samples().subList(0, 3)) {
          assertEquals(texts(french.advise(profile)), texts(canadian.advise(profile)));
        }
      }
    }

    private void assertDetail(Advice advice, String actionId, String expected) {
      Action action = advice.action(actionId).orElseThrow(() -> new AssertionError(actionId + " not in " + ids(advice)));
      assertTrue(nbsp(action.detail()).contains(expected), "\"" + expected + "\" in: " + action.detail());
    }

    private void assertBecause(Advice advice, String actionId, String expected) {
      Action action = advice.action(actionId).orElseThrow(() -> new AssertionError(actionId + " not in " + ids(advice)));
      assertTrue(action.because().stream().anyMatch(b -> nbsp(b).contains(expected)),
          "\"" + expected + "\" in: " + action.because());
    }

    private void assertFact(Advice advice, String expected) {
      List<String> facts = advice.explanation().stream().flatMap(e -> e.facts().stream()).map(BundlesTest::nbsp).toList();
      if (facts.stream().noneMatch(f -> f.startsWith(expected))) {
        fail("no fact starting \"" + expected + "\" in " + facts);
      }
    }
  }

  // ---- Sample profiles and texts of an advice ---------------------------------------------------

  /** Profiles that between them reach most rules: each role, employer kind, stage and warning. */
  static List<Profile> samples() {
    Employer digitalWithPms = Employer.of(true, true, false);
    Employer digitalNoPms = Employer.of(true, false, false);
    Employer digitalFormal = Employer.of(true, true, true);
    Employer notDigital = Employer.of(false, false, false);
    return List.of(
        Profile.builder().role(RoleFamily.DEVELOPER).yearsExperience(5).employer(digitalWithPms).pmContacts(1)
            .skill("SQL").skill("Figma").build(),
        Profile.builder().role(RoleFamily.DESIGNER).yearsExperience(2).employer(digitalNoPms)
            .sideProject(new SideProject("Carnet", ProjectKind.CASE_STUDY, ProjectStage.IN_PROGRESS, 0, 0, true, false, false))
            .build(),
        Profile.builder().role(RoleFamily.MARKETING).yearsExperience(8).employer(notDigital)
            .certification("PSPO").certification("CSPO")
            .sideProject(new SideProject(null, ProjectKind.ONLINE_STORE, ProjectStage.LAUNCHED, 0, 0, false, false, false))
            .build(),
        Profile.builder().role(RoleFamily.FOUNDER).yearsExperience(10).build(),
        Profile.builder().role(RoleFamily.PRODUCT_MANAGER).yearsExperience(4).employer(digitalWithPms).build(),
        Profile.builder().role(RoleFamily.DATA_ANALYST).yearsExperience(3).employer(digitalFormal).pmContacts(4)
            .pmLikeWork(PmLikeWork.DEFINED_PROBLEM).pmLikeWork(PmLikeWork.BUILT_ROADMAP)
            .pmLikeWork(PmLikeWork.GOT_ITEM_ON_ROADMAP)
            .sideProject(new SideProject("Relevés", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 1500, 200, true, true, true))
            .build(),
        Profile.builder().title("Chef de projet").role(RoleFamily.SALES).yearsExperience(0)
            .pmLikeWork(PmLikeWork.BUILT_ROADMAP).employer(digitalNoPms).build(),
        Profile.builder().role(RoleFamily.CUSTOMER_SUCCESS).yearsExperience(1).informationalInterviews(1)
            .sideProject(new SideProject("Atelier onboarding", ProjectKind.WORKSHOP, ProjectStage.IDEA, 0, 0, false, false, false))
            .build(),
        Profile.builder().role(RoleFamily.OTHER).yearsExperience(4).employer(notDigital).skill("Excel").build(),
        Profile.builder().role(RoleFamily.BUSINESS_ANALYST).yearsExperience(6).employer(digitalWithPms).pmContacts(2)
            .pmLikeWork(PmLikeWork.PRIORITIZED_BACKLOG)
            .sideProject(new SideProject(null, ProjectKind.FEATURE_PROPOSAL, ProjectStage.IN_PROGRESS, 0, 0, true, false, false))
            .build(),
        Profile.builder().role(RoleFamily.PROJECT_MANAGER).yearsExperience(12).employer(digitalWithPms).pmContacts(3)
            .informationalInterviews(2).build(),
        Profile.builder().title("Zorglub").yearsExperience(6)
            .sideProject(new SideProject("Potager", ProjectKind.CODED_APP, ProjectStage.LAUNCHED, 40, 0, true, true, true))
            .build(),
        Profile.builder().role(RoleFamily.DEVELOPER).yearsExperience(2).employer(digitalNoPms)
            .sideProject(new SideProject(null, ProjectKind.WORKSHOP, ProjectStage.IDEA, 3, 0, false, false, false))
            .build());
  }

  /** Every text of an advice that comes from the bundles, in a fixed order. */
  static List<String> texts(Advice advice) {
    List<String> texts = new ArrayList<>();
    advice.pathways().forEach(p -> texts.addAll(p.reasons()));
    advice.actions().forEach(a -> {
      texts.add(a.title());
      texts.add(a.detail());
      texts.addAll(a.because());
    });
    advice.competencies().forEach(c -> texts.addAll(c.evidence()));
    advice.warnings().forEach(w -> texts.add(w.message()));
    for (Explanation e : advice.explanation()) {
      texts.add(e.effect());
      texts.addAll(e.facts());
    }
    return texts;
  }

  private static List<String> ids(Advice advice) {
    return advice.actions().stream().map(Action::id).toList();
  }

  /** French puts a no-break space before : and ; so texts read the same in any line wrapping. */
  private static String nbsp(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  // ---- The bundles --------------------------------------------------------------------------------

  /** The translations beside the English bundle, by file name, with the locale each is for. */
  private static Map<String, Locale> translations() {
    Map<String, Locale> found = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(DIR)) {
      files.map(f -> f.getFileName().toString()).sorted().forEach(name -> {
        Matcher m = TRANSLATION.matcher(name);
        if (m.matches()) {
          found.put(name, Locale.forLanguageTag(m.group(1).replace('_', '-')));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static Map<String, Locale> allBundles() {
    Map<String, Locale> all = new LinkedHashMap<>();
    all.put(ENGLISH, Locale.ROOT);
    all.putAll(translations());
    return all;
  }

  /** A bundle read as the engine reads it, but strictly as UTF-8: a file in another encoding fails here. */
  private static Properties load(String file) {
    Properties texts = new Properties();
    try {
      texts.load(new StringReader(Files.readString(DIR.resolve(file))));
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is not readable as UTF-8", e);
    }
    return texts;
  }

  /** The argument indexes a pattern uses, at any depth, outside quoted text. */
  private static Set<Integer> arguments(String pattern) {
    String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
    Set<Integer> indexes = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(unquoted);
    while (m.find()) {
      indexes.add(Integer.parseInt(m.group(1)));
    }
    return indexes;
  }

  /** The argument indexes a pattern formats as numbers (number or choice), outside quoted text. */
  private static Set<Integer> numbers(String pattern) {
    String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
    Set<Integer> indexes = new TreeSet<>();
    Matcher m = NUMBER_ARGUMENT.matcher(unquoted);
    while (m.find()) {
      indexes.add(Integer.parseInt(m.group(1)));
    }
    return indexes;
  }

  private static boolean hasLoneApostrophe(String text) {
    return text.replace("''", "").indexOf('\'') >= 0;
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Enum<?>> enumType(String simpleName) {
    for (String pkg : ENUM_PACKAGES) {
      try {
        Class<?> type = Class.forName(pkg + "." + simpleName);
        if (type.isEnum()) {
          return (Class<? extends Enum<?>>) type;
        }
      } catch (ClassNotFoundException e) {
        // not in this package
      }
    }
    throw new AssertionError("no enum " + simpleName + " in " + ENUM_PACKAGES + " for the texts enum." + simpleName + ".*");
  }
}
