package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;
import org.pmpathways.facts.TrioArea;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;

/**
 * Every text the rules refer to exists in the bundle, every text in the bundle is used, and every
 * placeholder in a text is filled when its rule fires.
 */
class MessagesTest {
  private static final Path DRL_DIR = Path.of("src/main/resources/org/pmpathways/rules");
  private static final Path POLICY_DIR = DRL_DIR.resolve("policy");
  private static final Path ENGINE_DIR = Path.of("../core/src/main/java/org/pmpathways/engine");
  /** The types whose values texts name in words ({@code enum.Type.VALUE}). */
  private static final List<Class<? extends Enum<?>>> NAMED = List.of(RoleFamily.class, Pathway.class,
      Competency.class, CompetencyLevel.class, Stage.class, ProjectStage.class, ProjectKind.class, TrioArea.class,
      PmLikeWork.class);
  private static final Pattern RAW_VALUE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");

  @Test
  void everyKeyTheRulesUseHasAText() throws IOException {
    Properties bundle = bundle();
    Set<String> missing = new TreeSet<>(usedKeys());
    missing.removeIf(bundle::containsKey);
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyTextInTheBundleIsUsed() throws IOException {
    Set<String> unused = new TreeSet<>(bundle().stringPropertyNames());
    unused.removeAll(usedKeys());
    assertEquals(Set.of(), unused);
  }

  /**
   * A text that names an argument its rule does not pass shows the placeholder ("{1}") to the
   * candidate. Every rule fires for one of these profiles (the ones the rule tests give it), and none
   * of the texts they get may keep a placeholder.
   */
  /**
   * An apostrophe inside a choice is read twice (by the text, then by the choice's own pattern), so
   * it would vanish or hide the rest of the choice: texts say it another way.
   */
  @Test
  void noApostropheInsideAChoice() throws IOException {
    Properties bundle = bundle();
    Set<String> offending = new TreeSet<>();
    for (String key : bundle.stringPropertyNames()) {
      String text = bundle.getProperty(key);
      int choice = text.indexOf(",choice,");
      while (choice >= 0) {
        int depth = 1;
        int i = choice;
        for (; i < text.length() && depth > 0; i++) {
          depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
        }
        if (text.substring(choice, i).indexOf('\'') >= 0) {
          offending.add(key);
        }
        choice = text.indexOf(",choice,", i);
      }
    }
    assertEquals(Set.of(), offending);
  }

  @Test
  void everyPlaceholderIsFilledAndNoValueShownRawWhenTheRulesFire() {
    List<Profile> profiles = new ArrayList<>(RandomProfiles.generate(5L, 600));
    Pattern placeholder = Pattern.compile("\\{\\d{1,2}[,}]");
    for (Profile profile : profiles) {
      Advice advice = Fixtures.advise(profile);
      for (String text : BundlesTest.texts(advice)) {
        assertFalse(placeholder.matcher(text).find(), "an unfilled placeholder in \"" + text + "\" for " + profile);
        assertFalse(RAW_VALUE.matcher(text).find(), "a value shown raw in \"" + text + "\" for " + profile);
      }
    }
  }

  private static Properties bundle() throws IOException {
    Properties p = new Properties();
    try (InputStreamReader in = new InputStreamReader(Files.newInputStream(DRL_DIR.resolve("messages.properties")),
        StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  private static Set<String> usedKeys() throws IOException {
    StringBuilder drl = new StringBuilder();
    try (Stream<Path> files = Files.list(DRL_DIR)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
        drl.append(Files.readString(f));
      }
    }
    Set<String> keys = new TreeSet<>();
    Matcher proposals = Pattern.compile("conclusions\\.propose\\(\"([A-Z_]+)\", \"([a-z][a-z.-]*)\"").matcher(drl);
    while (proposals.find()) {
      keys.add("action." + proposals.group(1) + ".title");
      keys.add("action." + proposals.group(1) + ".detail");
      keys.add("reason." + proposals.group(2));
    }
    Matcher reasons = Pattern.compile("conclusions\\.(?:points|stage)\\([^;]*?\"([a-z][a-z.-]*)\"").matcher(drl);
    while (reasons.find()) {
      keys.add("reason." + reasons.group(1));
    }
    Matcher evidence = Pattern.compile("conclusions\\.evidence\\([^;]*?\"([a-z][a-z.-]*)\"[,)]").matcher(drl);
    while (evidence.find()) {
      keys.add("evidence." + evidence.group(1));
    }
    Matcher warnings = Pattern.compile("conclusions\\.warn\\(\"([A-Z_]+)\"").matcher(drl);
    while (warnings.find()) {
      keys.add("warning." + warnings.group(1));
    }
    Matcher variants = Pattern.compile("conclusions\\.warnBecause\\(\"([A-Z_]+)\", \"([a-z][a-z.-]*)\"").matcher(drl);
    while (variants.find()) {
      keys.add("warning." + variants.group(1) + "." + variants.group(2));
    }
    // Keys computed from the policy tables, each row with its text.
    for (String[] row : rows("role-competencies.tsv")) {
      keys.add("evidence.role." + row[0] + "." + row[1]);
    }
    for (String[] row : rows("work-competencies.tsv")) {
      keys.add("evidence.work." + row[0]);
    }
    for (String[] row : rows("actions.tsv")) {
      keys.add("action." + row[0] + ".title");
      keys.add("action." + row[0] + ".detail");
    }
    for (Class<? extends Enum<?>> type : NAMED) {
      for (Enum<?> value : type.getEnumConstants()) {
        keys.add("enum." + type.getSimpleName() + "." + value.name());
      }
    }
    // Keys the engine uses itself (the explanation, lists, unnamed projects).
    try (Stream<Path> files = Files.list(ENGINE_DIR)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher literal = Pattern.compile("\"((?:explain|list|project)\\.[a-z.-]+)\"").matcher(Files.readString(f));
        while (literal.find()) {
          keys.add(literal.group(1));
        }
      }
    }
    return keys;
  }

  private static List<String[]> rows(String table) throws IOException {
    return Files.readAllLines(POLICY_DIR.resolve(table)).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
  }
}
