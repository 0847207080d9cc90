package org.pmpathways.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One case of the coach review set: who the candidate is, their profile (JSON of the contract), the
 * advice a coach gave in words, and what that advice means for the plan, as expectations.
 *
 * <p>Cases are read strictly: an unknown key (a typo such as {@code "mustHav"}) or a value of the
 * wrong shape is an error naming the case and the key, so an expectation cannot be lost silently.
 */
record CoachCase(String id, String story, List<String> covers, String profileJson, String coach, Expect expect) {

  /** The folder of the sets on the test classpath; each {@code .json} file in it holds a case or an array of cases. */
  static final String FOLDER = "coach-review";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> CASE_KEYS = Set.of("id", "story", "covers", "profile", "coach", "expect");
  private static final Set<String> EXPECT_KEYS = Set.of("primaryPathway", "stage", "mustHave", "mustNotHave", "order",
      "warnings", "noWarnings", "competencies");

  /**
   * What the coach's advice means for the plan. {@code primaryPathway} and {@code stage} are absent
   * (not expected) when {@code hasPathway} / {@code stage} say so; a null pathway means "a current
   * product manager: no pathway". Competency levels are a level ({@code "GAP"}) or "any but" a level
   * ({@code "!STRONG"}).
   */
  record Expect(boolean hasPathway, String primaryPathway, String stage, List<String> mustHave,
      List<String> mustNotHave, List<Pair> order, List<String> warnings, List<String> noWarnings,
      Map<String, String> competencies) {}

  /** Two actions that must both be in the plan, {@code before} first. */
  record Pair(String before, String after) {
    @Override
    public String toString() {
      return before + " before " + after;
    }
  }

  /** The coach review set proper: written with the catalogue, before the redesign of issue 10. */
  static final String SET = "cases.json";

  /**
   * The hold-out set: written later by another author, blind to the rules and to the advisor's output, to
   * approximate the independent set issue 10 is judged by.
   */
  static final String HOLDOUT = "holdout.json";

  /** Reads every case of one file of the folder (an array of cases, or one case), in the file's order. */
  static List<CoachCase> load(String fileName) {
    URL url = CoachCase.class.getClassLoader().getResource(FOLDER + "/" + fileName);
    if (url == null) {
      throw new IllegalStateException("not on the test classpath: " + FOLDER + "/" + fileName);
    }
    try {
      JsonNode root = JSON.readTree(Path.of(url.toURI()).toFile());
      List<CoachCase> cases = new ArrayList<>();
      if (root.isArray()) {
        for (JsonNode node : root) {
          cases.add(read(node, fileName));
        }
      } else {
        cases.add(read(root, fileName));
      }
      return List.copyOf(cases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static CoachCase read(JsonNode node, String file) {
    String where = file + ", case " + (node.hasNonNull("id") ? "'" + node.get("id").asText() + "'" : "without an id");
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object");
    }
    unknownKeys(node, CASE_KEYS, where);
    JsonNode profile = node.get("profile");
    if (profile == null || !profile.isObject()) {
      throw new IllegalArgumentException(where + ": 'profile' must be an object");
    }
    JsonNode expect = node.get("expect");
    if (expect == null || !expect.isObject()) {
      throw new IllegalArgumentException(where + ": 'expect' must be an object");
    }
    unknownKeys(expect, EXPECT_KEYS, where + ", expect");
    try {
      return new CoachCase(text(node, "id", where), text(node, "story", where), strings(node, "covers", where),
          JSON.writeValueAsString(profile), text(node, "coach", where), expect(expect, where + ", expect"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Expect expect(JsonNode e, String where) {
    boolean hasPathway = e.has("primaryPathway");
    String pathway = hasPathway && !e.get("primaryPathway").isNull() ? text(e, "primaryPathway", where) : null;
    String stage = e.hasNonNull("stage") ? text(e, "stage", where) : null;
    List<Pair> order = new ArrayList<>();
    JsonNode pairs = e.get("order");
    if (pairs != null) {
      if (!pairs.isArray()) {
        throw new IllegalArgumentException(where + ": 'order' must be an array of [before, after] pairs");
      }
      for (JsonNode p : pairs) {
        if (!p.isArray() || p.size() != 2 || !p.get(0).isTextual() || !p.get(1).isTextual()) {
          throw new IllegalArgumentException(where + ": each 'order' entry must be [before, after], was " + p);
        }
        order.add(new Pair(p.get(0).asText(), p.get(1).asText()));
      }
    }
    Map<String, String> competencies = new LinkedHashMap<>();
    JsonNode levels = e.get("competencies");
    if (levels != null) {
      if (!levels.isObject()) {
        throw new IllegalArgumentException(where + ": 'competencies' must be an object such as {\"EXECUTION\": \"GAP\"}");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = levels.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> level = it.next();
        if (!level.getValue().isTextual()) {
          throw new IllegalArgumentException(where + ": competency " + level.getKey() + " must be a level text");
        }
        competencies.put(level.getKey(), level.getValue().asText());
      }
    }
    return new Expect(hasPathway, pathway, stage, strings(e, "mustHave", where), strings(e, "mustNotHave", where),
        List.copyOf(order), strings(e, "warnings", where), strings(e, "noWarnings", where), Map.copyOf(competencies));
  }

  private static void unknownKeys(JsonNode node, Set<String> allowed, String where) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException(where + ": unknown key '" + key + "'; allowed: " + allowed.stream().sorted().toList());
      }
    }
  }

  private static String text(JsonNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": '" + key + "' must be a text that is not blank");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(where + ": '" + key + "' must be an array of texts");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : v) {
      if (!s.isTextual()) {
        throw new IllegalArgumentException(where + ": '" + key + "' must hold texts only, found " + s);
      }
      out.add(s.asText());
    }
    return List.copyOf(out);
  }
}
