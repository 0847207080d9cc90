package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule in the DRL files is named in a test and has one {@link RuleCase} (in the test class of
 * its DRL file, gathered by {@link RuleCases}), which checks the rule fires where it should, with the
 * conclusion it should draw, and stays silent where it should not. {@link RuleRemovalCheck} checks
 * that each case fails without its rule.
 */
class EveryRuleIsTestedTest {
  private static final Path DRL_DIR = Path.of("src/main/resources/org/pmpathways/rules");
  private static final Path TEST_DIR = Path.of("src/test/java");
  private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

  @Test
  void everyRuleNameAppearsInATest() throws IOException {
    List<String> rules = ruleNames();
    assertTrue(rules.size() > 60, "found the rules: " + rules.size());
    String tests = allTestSources();
    List<String> untested = rules.stream().filter(r -> !tests.contains("\"" + r + "\"")).toList();
    assertEquals(List.of(), untested, "rules without a test");
  }

  @Test
  void everyRuleHasOneRuleCaseAndEveryRuleCaseARule() throws IOException {
    List<String> rules = ruleNames();
    List<String> cased = RuleCases.all().stream().map(RuleCase::rule).toList();
    assertEquals(List.of(), rules.stream().filter(r -> !cased.contains(r)).toList(), "rules without a RuleCase");
    assertEquals(List.of(), cased.stream().filter(r -> !rules.contains(r)).toList(), "RuleCases of no rule");
    assertEquals(cased.size(), cased.stream().distinct().count(), "rules with two RuleCases: " + cased);
  }

  @Test
  void ruleNamesAreUnique() throws IOException {
    List<String> rules = ruleNames();
    assertEquals(rules.size(), rules.stream().distinct().count(), "duplicate rule names in " + rules);
  }

  static List<String> ruleNames() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(DRL_DIR)) {
      for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        Matcher m = RULE.matcher(Files.readString(drl));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  private static String allTestSources() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(TEST_DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (!f.getFileName().toString().equals("EveryRuleIsTestedTest.java")) {
          sb.append(Files.readString(f));
        }
      }
    }
    return sb.toString();
  }
}
