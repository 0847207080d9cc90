package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pmpathways.AdvisorException;
import org.pmpathways.internal.ActionIds;

/**
 * Checks, when an advisor is built, that every message key a host's DRL names has a text, so a
 * missing text fails the build naming the rule and the key, instead of a call later. It reads the
 * conclusions the rules draw ({@code conclusions.propose("ID", "reason-key", ...)}) and looks at the
 * arguments that are keys when they are written as string literals; keys computed while the rules run
 * are checked when they are used. It also checks that every host rule names the phase it joins
 * ({@code agenda-group "weigh"} or {@code "plan"}): a rule without one would fire before the scores
 * it may need exist, and that an action id a rule proposes as a literal is one a profile can list as
 * done (upper case letters, digits and underscores).
 *
 * <p>Thread-safe: it keeps no state.
 */
final class HostTexts {
  /** The facts a rule creates whose texts come from the bundles, and which arguments make keys. */
  private record KeyedFact(int argument, String prefix, String... suffixes) {}

  private static final Map<String, List<KeyedFact>> FACTS = Map.of(
      "propose", List.of(new KeyedFact(0, "action.", ".title", ".detail"), new KeyedFact(1, "reason.", "")),
      "points", List.of(new KeyedFact(2, "reason.", "")),
      "stage", List.of(new KeyedFact(1, "reason.", "")),
      "warn", List.of(new KeyedFact(0, "warning.", "")),
      "evidence", List.of(new KeyedFact(3, "evidence.", "")));

  private static final Pattern CREATION = Pattern.compile(
      "\\bconclusions\\s*\\.\\s*(" + String.join("|", FACTS.keySet()) + ")\\s*\\(");
  private static final Pattern WARN_BECAUSE = Pattern.compile("\\bconclusions\\s*\\.\\s*warnBecause\\s*\\(");
  private static final Pattern PHASE = Pattern.compile(
      "\\bagenda-group\\s+\"(" + org.pmpathways.facts.Conclusions.WEIGH + "|" + org.pmpathways.facts.Conclusions.PLAN
      + ")\"");
  private static final Pattern RULE = Pattern.compile("\\brule\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[\\w$]+)");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private HostTexts() {}

  /**
   * @throws AdvisorException listing every rule and key without a text
   */
  static void check(String resource, String drl, Messages messages) {
    String code = withoutComments(drl);
    List<String> missing = new ArrayList<>();
    Matcher creation = CREATION.matcher(code);
    while (creation.find()) {
      List<String> args = arguments(code, creation.end());
      for (KeyedFact keyed : FACTS.get(creation.group(1))) {
        if (keyed.argument() >= args.size()) {
          continue;
        }
        Matcher literal = LITERAL.matcher(args.get(keyed.argument()).trim());
        if (!literal.matches()) {
          continue; // computed while the rules run: checked when used
        }
        if (creation.group(1).equals("propose") && keyed.argument() == 0
            && !ActionIds.isActionId(literal.group(1))) {
          throw new AdvisorException("host rule " + ruleAt(code, creation.start()) + " (" + resource + ", line "
              + line(code, creation.start()) + ") proposes the action id '" + literal.group(1) + "', which is not"
              + " an action id: " + ActionIds.FORM + " (a profile's completedActions take only those)");
        }
        for (String suffix : keyed.suffixes()) {
          String key = keyed.prefix() + literal.group(1) + suffix;
          if (!messages.has(key)) {
            missing.add("rule " + ruleAt(code, creation.start()) + " (" + resource + ", line "
                + line(code, creation.start()) + ") needs a text for '" + key + "'");
          }
        }
      }
    }
    Matcher because = WARN_BECAUSE.matcher(code);
    while (because.find()) {
      List<String> args = arguments(code, because.end());
      if (args.size() >= 2) {
        Matcher id = LITERAL.matcher(args.get(0).trim());
        Matcher variant = LITERAL.matcher(args.get(1).trim());
        if (id.matches() && variant.matches()) {
          String key = "warning." + id.group(1) + "." + variant.group(1);
          if (!messages.has(key)) {
            missing.add("rule " + ruleAt(code, because.start()) + " (" + resource + ", line "
                + line(code, because.start()) + ") needs a text for '" + key + "'");
          }
        }
      }
    }
    Matcher rule = RULE.matcher(code);
    while (rule.find()) {
      int when = code.indexOf("when", rule.end());
      String attributes = code.substring(rule.end(), when < 0 ? code.length() : when);
      if (!PHASE.matcher(attributes).find()) {
        throw new AdvisorException("host rule " + rule.group(1) + " (" + resource + ", line " + line(code, rule.start())
            + ") names no phase: add agenda-group \"" + org.pmpathways.facts.Conclusions.WEIGH
            + "\" (rules that weigh the candidate: points, evidence, stage, warnings) or agenda-group \""
            + org.pmpathways.facts.Conclusions.PLAN + "\" (rules that propose actions and may match the Standing)");
      }
    }
    if (!missing.isEmpty()) {
      throw new AdvisorException("host rules name message keys that no bundle has; add them to a bundle given"
          + " to addMessages(...) when the advisor is built: " + String.join("; ", missing));
    }
  }

  /** The source with comments blanked out (strings kept), so positions and lines stay as they were. */
  static String withoutComments(String drl) {
    StringBuilder out = new StringBuilder(drl);
    int i = 0;
    while (i < drl.length()) {
      char ch = drl.charAt(i);
      if (ch == '"' || ch == '\'') {
        i = endOfString(drl, i);
      } else if (drl.startsWith("//", i) || drl.startsWith("#", i) && atLineStart(drl, i)) {
        int end = drl.indexOf('\n', i);
        end = end < 0 ? drl.length() : end;
        blank(out, i, end);
        i = end;
      } else if (drl.startsWith("/*", i)) {
        int end = drl.indexOf("*/", i + 2);
        end = end < 0 ? drl.length() : end + 2;
        blank(out, i, end);
        i = end;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /** The top-level arguments of a call whose opening parenthesis ends at {@code from}. */
  private static List<String> arguments(String code, int from) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    int start = from;
    int i = from;
    while (i < code.length()) {
      char ch = code.charAt(i);
      if (ch == '"' || ch == '\'') {
        i = endOfString(code, i);
        continue;
      }
      if (ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if (ch == ')' || ch == ']' || ch == '}') {
        if (depth == 0) {
          args.add(code.substring(start, i));
          return args;
        }
        depth--;
      } else if (ch == ',' && depth == 0) {
        args.add(code.substring(start, i));
        start = i + 1;
      }
      i++;
    }
    return args; // unclosed: the compiler reports it
  }

  private static int endOfString(String s, int open) {
    char quote = s.charAt(open);
    int i = open + 1;
    while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
      i += s.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, s.length());
  }

  private static boolean atLineStart(String s, int i) {
    for (int j = i - 1; j >= 0 && s.charAt(j) != '\n'; j--) {
      if (!Character.isWhitespace(s.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private static void blank(StringBuilder out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (out.charAt(i) != '\n') {
        out.setCharAt(i, ' ');
      }
    }
  }

  private static String ruleAt(String code, int position) {
    Matcher rule = RULE.matcher(code);
    String name = "?";
    while (rule.find() && rule.start() < position) {
      name = rule.group(1);
    }
    return name.startsWith("\"") || name.startsWith("'") ? name : "'" + name + "'";
  }

  private static int line(String code, int position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
