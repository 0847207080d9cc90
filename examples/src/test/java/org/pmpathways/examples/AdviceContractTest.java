package org.pmpathways.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runner's JSON is the advice contract of docs/contract.md, read back with an independent parser:
 * every field, in order, with the right types and only the documented ids.
 */
class AdviceContractTest {
  private static final List<String> FIELDS = List.of("profileId", "roleFamily", "primaryPathway", "pathways",
      "actions", "competencies", "warnings", "explanation");
  private static final Set<String> PATHWAYS = Set.of("PRODUCT_TRIO", "INTERNAL_MOVE", "BUILD_YOUR_OWN");
  private static final Set<String> ACTION_IDS = Set.of("VOLUNTEER_FOR_PM_TASKS", "DEVELOPER_PRACTICE_PRIORITIZATION",
      "DESIGNER_LEARN_BUSINESS_STRATEGY", "ANALYST_JOIN_DISCOVERY", "COFFEE_CHATS_WITH_PMS", "OWN_A_PRODUCT_PROBLEM",
      "INTRODUCE_PRODUCT_PRACTICES", "ARTICULATE_TRANSFERABLE_SKILLS", "SHIP_A_TINY_PRODUCT",
      "CREATE_A_PRODUCT_CASE_STUDY", "COMPLETE_PRODUCT_WORK_ON_PROJECT", "INFORMATIONAL_INTERVIEWS",
      "OPTIONAL_PM_COURSE", "SHOWCASE_PRODUCT_PROOF", "APPLY_TO_ENTRY_PM_ROLES",
      // added by the action catalogue (issue 10), never renaming the ones above
      "ASK_FOR_PM_ROLE_INTERNALLY", "APPLY_TO_PM_ROLES", "PREPARE_COMPETENCY_STORIES", "JOIN_A_PM_COMMUNITY");
  private static final Set<String> COMPETENCIES = Set.of("CUSTOMER_EMPATHY", "BUSINESS_SENSE", "EXECUTION");
  private static final Set<String> LEVELS = Set.of("GAP", "DEVELOPING", "STRONG");
  private static final Set<String> WARNINGS = Set.of("CERTIFICATIONS_ARE_NOT_PROOF", "ALREADY_PRODUCT_MANAGER",
      "TITLE_NOT_READ", "TITLE_ROLE_DISAGREE", "PROFILE_CONTRADICTION");
  private static final Set<String> STAGES = Set.of("GETTING_STARTED", "BUILDING_PROOF", "READY");

  private static List<JsonNode> demoAdvice() throws Exception {
    CliRun r = CliRun.run("", "demo", "--format", "json");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> out = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String line : r.out().split("\n")) {
      out.add(mapper.readTree(line));
    }
    return out;
  }

  @Test
  void everyAdviceFollowsTheContract() throws Exception {
    List<JsonNode> all = demoAdvice();
    assertEquals(SampleProfiles.all().size(), all.size(), "one JSON line per sample");
    for (JsonNode a : all) {
      List<String> names = new ArrayList<>();
      a.fieldNames().forEachRemaining(names::add);
      // Additions to the contract, present only when there is something to say (issue 9).
      if (names.remove("titleReading")) {
        JsonNode t = a.get("titleReading");
        assertTrue(t.get("family").isTextual() && t.get("confidence").isNumber() && t.get("modifiers").isArray()
            && t.get("seniority").isArray(), t.toString());
        double confidence = t.get("confidence").asDouble();
        assertTrue(confidence >= 0 && confidence <= 1, t.toString());
        assertTrue(!t.get("family").asText().equals("UNKNOWN") || t.get("reason").isTextual(),
            "an UNKNOWN reading has a reason");
      }
      // Added by issue 10: how far the candidate is, absent for someone already a product manager.
      if (names.remove("stage")) {
        assertTrue(STAGES.contains(a.get("stage").asText()), a.get("stage").toString());
      } else {
        assertTrue(a.get("primaryPathway").isNull(), "only a product manager has no stage");
      }
      if (names.remove("unreadSkills")) {
        assertTrue(a.get("unreadSkills").isArray() && a.get("unreadSkills").size() > 0);
      }
      assertEquals(FIELDS, names);
      assertTrue(a.get("profileId").isTextual());
      assertTrue(a.get("roleFamily").isTextual());

      JsonNode pathways = a.get("pathways");
      if (a.get("primaryPathway").isNull()) {
        assertEquals(0, pathways.size());
        assertEquals(0, a.get("actions").size());
      } else {
        assertEquals(3, pathways.size(), "all three pathways");
        assertEquals(a.get("primaryPathway").asText(), pathways.get(0).get("pathway").asText(), "best first");
        int previous = Integer.MAX_VALUE;
        for (JsonNode p : pathways) {
          assertTrue(PATHWAYS.contains(p.get("pathway").asText()));
          int score = p.get("score").asInt();
          assertTrue(p.get("score").isInt() && score >= 0 && score <= 100 && score <= previous);
          previous = score;
          assertTrue(p.get("reasons").isArray() && p.get("reasons").size() > 0, "every score has reasons");
        }
      }

      int priority = 1;
      for (JsonNode action : a.get("actions")) {
        assertTrue(ACTION_IDS.contains(action.get("id").asText()), action.get("id").asText());
        assertTrue(action.get("pathway").isNull() || PATHWAYS.contains(action.get("pathway").asText()));
        assertTrue(action.get("competency").isNull() || COMPETENCIES.contains(action.get("competency").asText()));
        assertEquals(priority++, action.get("priority").asInt());
        assertFalse(action.get("title").asText().isBlank());
        assertFalse(action.get("detail").asText().isBlank());
        assertTrue(action.get("because").size() > 0, "every action has reasons");
      }

      JsonNode competencies = a.get("competencies");
      assertEquals(3, competencies.size());
      assertEquals(List.of("CUSTOMER_EMPATHY", "BUSINESS_SENSE", "EXECUTION"),
          List.of(competencies.get(0).get("competency").asText(), competencies.get(1).get("competency").asText(),
              competencies.get(2).get("competency").asText()));
      for (JsonNode c : competencies) {
        assertTrue(LEVELS.contains(c.get("level").asText()));
        assertTrue(c.get("evidence").isArray());
      }
      for (JsonNode w : a.get("warnings")) {
        assertTrue(WARNINGS.contains(w.get("id").asText()));
        assertFalse(w.get("message").asText().isBlank());
      }
      assertTrue(a.get("explanation").size() > 0);
      java.util.Set<String> fired = new java.util.HashSet<>();
      a.get("explanation").forEach(e -> fired.add(e.get("rule").asText()));
      for (String list : List.of("pathways", "actions", "competencies")) {
        for (JsonNode item : a.get(list)) {
          assertTrue(item.get("rules").size() > 0, list + " item without rules");
          item.get("rules").forEach(r -> assertTrue(fired.contains(r.asText()), r.asText()));
        }
      }
      for (JsonNode e : a.get("explanation")) {
        assertFalse(e.get("rule").asText().isBlank());
        assertFalse(e.get("effect").asText().isBlank());
        assertTrue(e.get("facts").isArray());
      }
    }
  }

  @Test
  void theSameProfilesGiveTheSameBytes() {
    CliRun first = CliRun.run("", "demo", "--format", "json");
    CliRun second = CliRun.run("", "demo", "--format", "json");
    assertEquals(first.out(), second.out());
  }
}
