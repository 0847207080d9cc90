package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.engine.RuleSet;

/**
 * The rule-removal check: for each rule of the library's DRL, an advisor is built from the DRL with
 * that one rule taken out, and the rule's {@link RuleCase} check ({@code then}) is run on the advice
 * for the profile the rule should fire for. Every rule must be caught: without it, what the host sees
 * (a reason, a score, an action's reasons, the evidence or a level, a warning, the stage) must differ.
 * The explanation does not count ({@link Concluded#visibleOnly}), nor does "the rule fired", which a
 * removed rule never does.
 *
 * <p>It compiles the DRL once per rule, so it takes minutes, and is not part of the normal test run
 * (its name does not end in {@code Test}). Run it with
 *
 * <pre>
 * ./mvnw -B -o test -pl core,drl,rules -Dfuzz.skip=true -Dtest=RuleRemovalCheck -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>It prints one line per rule and the count caught, and fails naming the rules not caught.
 */
class RuleRemovalCheck {
  private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

  @BeforeAll
  static void onlyWhatAHostSees() {
    Concluded.visibleOnly = true;
  }

  @AfterAll
  static void explanationAgain() {
    Concluded.visibleOnly = false;
  }

  @Test
  void removingAnyRuleFailsItsTest() throws IOException {
    Map<String, String> drl = libraryDrl();
    Map<String, RuleCase> cases = RuleCases.all().stream()
        .collect(Collectors.toMap(RuleCase::rule, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    List<String> rules = new ArrayList<>();
    drl.values().forEach(text -> RULE.matcher(text).results().forEach(m -> rules.add(m.group(1))));
    List<String> withoutCase = rules.stream().filter(r -> !cases.containsKey(r)).toList();
    assertEquals(List.of(), withoutCase, "rules without a RuleCase");

    // The control: compiled from the same DRL text, every check passes with every rule in.
    try (PathwayAdvisor all = KeyedTexts.advisor(new RewrittenDrl(drl))) {
      for (String rule : rules) {
        cases.get(rule).then().accept(all.advise(cases.get(rule).firesFor()));
      }
    }

    List<String> missed = new ArrayList<>();
    int n = 0;
    for (String rule : rules) {
      n++;
      Map<String, String> without = withoutRule(drl, rule);
      RuleCase c = cases.get(rule);
      String outcome;
      try (PathwayAdvisor advisor = KeyedTexts.advisor(new RewrittenDrl(without))) {
        Advice advice = advisor.advise(c.firesFor());
        assertFalse(Fixtures.fired(advice, rule), "'" + rule + "' is still in the rule base");
        try {
          c.then().accept(advice);
          outcome = "NOT CAUGHT";
          missed.add(rule);
        } catch (AssertionError | RuntimeException e) { // a check that fails, or finds nothing to check
          outcome = "caught: " + firstLine(e.toString());
        }
      }
      System.out.printf("rule-removal %2d/%d  %s%n    %s%n", n, rules.size(), rule, outcome);
    }
    System.out.printf("rule-removal: %d of %d rules caught%n", rules.size() - missed.size(), rules.size());
    assertEquals(List.of(), missed, "rules whose removal no test notices");
  }

  /** The library's DRL files by resource name, in the index's order, as the classpath has them. */
  static Map<String, String> libraryDrl() throws IOException {
    Properties index = new Properties();
    try (InputStream in = loader().getResourceAsStream(RuleSet.INDEX)) {
      index.load(in);
    }
    Map<String, String> drl = new LinkedHashMap<>();
    for (String name : RuleSet.drlFiles(index)) {
      try (InputStream in = loader().getResourceAsStream(name)) {
        drl.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return drl;
  }

  /** The DRL with one rule, from {@code rule "NAME"} to its {@code end}, taken out. */
  static Map<String, String> withoutRule(Map<String, String> drl, String rule) {
    Pattern one = Pattern.compile("^rule \"" + Pattern.quote(rule) + "\"\\R.*?^end\\R", Pattern.MULTILINE | Pattern.DOTALL);
    Map<String, String> without = new LinkedHashMap<>(drl);
    int removed = 0;
    for (Map.Entry<String, String> file : without.entrySet()) {
      Matcher m = one.matcher(file.getValue());
      if (m.find()) {
        file.setValue(m.replaceFirst(""));
        removed++;
      }
    }
    assertEquals(1, removed, "rule '" + rule + "' found in one DRL file");
    long left = without.values().stream().mapToLong(t -> RULE.matcher(t).results().count()).sum();
    long before = drl.values().stream().mapToLong(t -> RULE.matcher(t).results().count()).sum();
    assertTrue(left == before - 1, "exactly one rule removed");
    return without;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static ClassLoader loader() {
    return RuleRemovalCheck.class.getClassLoader();
  }

  /**
   * A class loader that answers the library's DRL files with given texts (written to temporary files)
   * and everything else as usual. The texts differ from the DRL the model was precompiled from, so the
   * advisor compiles them.
   */
  private static final class RewrittenDrl extends ClassLoader {
    private final Map<String, URL> files = new LinkedHashMap<>();

    RewrittenDrl(Map<String, String> drl) {
      super(loader());
      try {
        Path dir = Files.createTempDirectory("rule-removal");
        dir.toFile().deleteOnExit();
        int i = 0;
        for (Map.Entry<String, String> file : drl.entrySet()) {
          Path path = dir.resolve(i++ + "-" + file.getKey().substring(file.getKey().lastIndexOf('/') + 1));
          Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
          path.toFile().deleteOnExit();
          files.put(file.getKey(), path.toUri().toURL());
        }
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public URL getResource(String name) {
      URL rewritten = files.get(name);
      return rewritten != null ? rewritten : super.getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      URL rewritten = files.get(name);
      if (rewritten == null) {
        return super.getResourceAsStream(name);
      }
      try {
        return rewritten.openStream();
      } catch (IOException e) {
        return null;
      }
    }
  }
}
