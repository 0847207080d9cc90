package org.pmpathways.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one case's expectations against the advice, read as the advice JSON of the contract. The
 * JSON is read field by field so that fields the contract adds later (the candidate's {@code stage})
 * become checkable as soon as the advice carries them; until then they are reported as not
 * checkable, never counted as met.
 */
final class CoachScore {

  enum Outcome { MET, FAILED, NOT_CHECKABLE }

  /** One expectation and what became of it. {@code kind} is the expectation's key in the case file. */
  record Check(String kind, String expected, Outcome outcome, String why) {
    @Override
    public String toString() {
      String label = switch (outcome) {
        case MET -> "met";
        case FAILED -> "FAILED";
        case NOT_CHECKABLE -> "not checkable yet";
      };
      return String.format("%-17s %s %s%s", label, kind, expected, why.isEmpty() ? "" : ": " + why);
    }
  }

  /** A case and the checks of all its expectations. */
  record Result(CoachCase coachCase, List<String> plan, List<Check> checks) {
    long count(Outcome outcome) {
      return checks.stream().filter(c -> c.outcome() == outcome).count();
    }

    /** Every checkable expectation met (some may not be checkable yet). */
    boolean satisfiedAsFarAsCheckable() {
      return count(Outcome.FAILED) == 0;
    }

    /** Every expectation checked and met. */
    boolean fullySatisfied() {
      return count(Outcome.FAILED) == 0 && count(Outcome.NOT_CHECKABLE) == 0;
    }

    /** The pathway check, if the case expects one. */
    Check pathway() {
      return checks.stream().filter(c -> c.kind().equals("primaryPathway")).findFirst().orElse(null);
    }
  }

  private CoachScore() {}

  static Result score(CoachCase c, JsonNode advice) {
    CoachCase.Expect e = c.expect();
    List<String> plan = new ArrayList<>();
    advice.path("actions").forEach(a -> plan.add(a.path("id").asText()));
    List<String> raised = new ArrayList<>();
    advice.path("warnings").forEach(w -> raised.add(w.path("id").asText()));
    List<Check> checks = new ArrayList<>();

    if (e.hasPathway()) {
      String expected = String.valueOf(e.primaryPathway());
      if (!advice.has("primaryPathway")) {
        checks.add(new Check("primaryPathway", expected, Outcome.NOT_CHECKABLE, "the advice has no primaryPathway"));
      } else {
        JsonNode actual = advice.get("primaryPathway");
        String got = actual.isNull() ? "null" : actual.asText();
        checks.add(new Check("primaryPathway", expected, got.equals(expected) ? Outcome.MET : Outcome.FAILED,
            got.equals(expected) ? "" : "the advice says " + got));
      }
    }
    if (e.stage() != null) {
      if (!advice.hasNonNull("stage")) {
        checks.add(new Check("stage", e.stage(), Outcome.NOT_CHECKABLE, "the advice has no stage yet"));
      } else {
        String got = advice.get("stage").asText();
        checks.add(new Check("stage", e.stage(), got.equals(e.stage()) ? Outcome.MET : Outcome.FAILED,
            got.equals(e.stage()) ? "" : "the advice says " + got));
      }
    }
    for (String id : e.mustHave()) {
      int at = plan.indexOf(id);
      checks.add(at >= 0
          ? new Check("mustHave", id, Outcome.MET, "")
          : new Check("mustHave", id, Outcome.FAILED, "not in the plan"));
    }
    for (String id : e.mustNotHave()) {
      int at = plan.indexOf(id);
      checks.add(at < 0
          ? new Check("mustNotHave", id, Outcome.MET, "")
          : new Check("mustNotHave", id, Outcome.FAILED, "in the plan at " + (at + 1)));
    }
    for (CoachCase.Pair pair : e.order()) {
      int before = plan.indexOf(pair.before());
      int after = plan.indexOf(pair.after());
      String why;
      if (before < 0 || after < 0) {
        why = (before < 0 ? pair.before() : "") + (before < 0 && after < 0 ? " and " : "")
            + (after < 0 ? pair.after() : "") + " not in the plan";
      } else if (before > after) {
        why = pair.after() + " comes at " + (after + 1) + ", before " + pair.before() + " at " + (before + 1);
      } else {
        why = "";
      }
      checks.add(new Check("order", pair.toString(), why.isEmpty() ? Outcome.MET : Outcome.FAILED, why));
    }
    for (String id : e.warnings()) {
      checks.add(raised.contains(id)
          ? new Check("warnings", id, Outcome.MET, "")
          : new Check("warnings", id, Outcome.FAILED, "not raised"));
    }
    for (String id : e.noWarnings()) {
      checks.add(raised.contains(id)
          ? new Check("noWarnings", id, Outcome.FAILED, "raised")
          : new Check("noWarnings", id, Outcome.MET, ""));
    }
    e.competencies().forEach((competency, level) -> {
      String expected = competency + " " + level;
      JsonNode rating = null;
      for (JsonNode r : advice.path("competencies")) {
        if (r.path("competency").asText().equals(competency)) {
          rating = r;
        }
      }
      if (rating == null || !rating.hasNonNull("level")) {
        checks.add(new Check("competencies", expected, Outcome.NOT_CHECKABLE, "the advice rates no " + competency));
        return;
      }
      String got = rating.get("level").asText();
      boolean met = level.startsWith("!") ? !got.equals(level.substring(1)) : got.equals(level);
      checks.add(new Check("competencies", expected, met ? Outcome.MET : Outcome.FAILED, met ? "" : "rated " + got));
    });
    return new Result(c, List.copyOf(plan), List.copyOf(checks));
  }
}
