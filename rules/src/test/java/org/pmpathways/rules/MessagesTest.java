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
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;

/**
 * Every text the rules refer to exists in the bundle, every text in the bundle is used, and every
 * placeholder in a text is filled when its rule fires.
 */
class MessagesTest {
  private static final Path DRL_DIR = Path.of("src/main/resources/org/pmpathways/rules");
  /** Message keys built from a prefix and a value in the DRL, with the values they can take. */
  private static final List<String> TRIO = List.of("DEVELOPER", "DESIGNER", "BUSINESS_ANALYST", "DATA_ANALYST");
  private static final List<String> NOT_TRIO = List.of("PROJECT_MANAGER", "MARKETING", "SALES", "CUSTOMER_SUCCESS",
      "FOUNDER", "OTHER", "UNKNOWN");

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
  @Test
  void everyPlaceholderIsFilledWhenItsRuleFires() {
    List<Profile> profiles = new ArrayList<>();
    Stream.of(CandidateRulesTest.cases(), PathwayRulesTest.cases(), ProductTrioRulesTest.cases(),
            InternalMoveRulesTest.cases(), BuildYourOwnRulesTest.cases(), ProofAndWarningRulesTest.cases(),
            CompetencyRulesTest.cases())
        .flatMap(List::stream).forEach(c -> profiles.add(c.firesFor()));
    profiles.addAll(RandomProfiles.generate(5L, 200));
    Pattern placeholder = Pattern.compile("\\{\\d{1,2}}");
    for (Profile profile : profiles) {
      Advice advice = Fixtures.advise(profile);
      for (String text : texts(advice)) {
        assertFalse(placeholder.matcher(text).find(), "an unfilled placeholder in \"" + text + "\" for " + profile);
      }
    }
  }

  /** Every text of the advice that comes from the bundle. */
  private static List<String> texts(Advice advice) {
    List<String> texts = new ArrayList<>();
    advice.pathways().forEach(p -> texts.addAll(p.reasons()));
    advice.actions().forEach(a -> {
      texts.add(a.title());
      texts.add(a.detail());
      texts.addAll(a.because());
    });
    advice.competencies().forEach(c -> texts.addAll(c.evidence()));
    advice.warnings().forEach(w -> texts.add(w.message()));
    advice.explanation().forEach(e -> texts.add(e.effect()));
    return texts;
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
    Matcher actions = Pattern.compile("new ActionProposal\\(\"([A-Z_]+)\"[^;]*?\"([a-z][a-z.-]*)\"", Pattern.DOTALL)
        .matcher(drl);
    while (actions.find()) {
      keys.add("action." + actions.group(1) + ".title");
      keys.add("action." + actions.group(1) + ".detail");
      keys.add("reason." + actions.group(2));
    }
    Matcher points = Pattern.compile("new PathwayPoints\\([^;]*?\"([a-z][a-z.-]*)\"", Pattern.DOTALL).matcher(drl);
    while (points.find()) {
      keys.add("reason." + points.group(1));
    }
    Matcher evidence = Pattern.compile("new CompetencyEvidence\\([^;]*?\"([a-z][a-z.-]*)\"", Pattern.DOTALL)
        .matcher(drl);
    while (evidence.find()) {
      keys.add("evidence." + evidence.group(1));
    }
    Matcher warnings = Pattern.compile("new WarningRaised\\(\"([A-Z_]+)\"").matcher(drl);
    while (warnings.find()) {
      keys.add("warning." + warnings.group(1));
    }
    List<String> expanded = new ArrayList<>();
    for (String key : keys) {
      if (key.endsWith(".")) {
        List<String> values = switch (key) {
          case "reason.trio.in-trio.", "reason.volunteer." -> TRIO;
          case "reason.transfer." -> NOT_TRIO;
          case "evidence.work." -> Stream.of(PmLikeWork.values()).map(Enum::name).toList();
          default -> throw new AssertionError("a key prefix the test does not know: " + key);
        };
        values.forEach(v -> expanded.add(key + v));
      } else {
        expanded.add(key);
      }
    }
    return new TreeSet<>(expanded);
  }
}
