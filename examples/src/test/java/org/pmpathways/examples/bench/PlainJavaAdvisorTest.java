package org.pmpathways.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Warning;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;

/**
 * The plain-Java floor of the advice benchmark decides as the advisor does: on generated profiles,
 * every part of the two advices is compared, the decisions (role family, primary pathway, stage,
 * scores, actions in order, competency levels, warnings) and the texts and rule names that come
 * with them, down to the explanation. A difference is a rule the floor does not follow (or a rule
 * whose outcome depends on something other than its conditions): the report names the part and
 * the first profiles it differs on.
 */
class PlainJavaAdvisorTest {
  private static PathwayAdvisor advisor;
  private static PlainJavaAdvisor floor;

  @BeforeAll
  static void load() {
    advisor = PathwayAdvisor.builder().build();
    floor = PlainJavaAdvisor.load();
  }

  /** The benchmark's own profiles, from several seeds. */
  @Test
  void decidesAsTheAdvisorOnTheBenchmarkProfiles() {
    List<String> json = new ArrayList<>();
    for (long seed : new long[] {7, 11, 42, 1234, 2026}) {
      json.addAll(BenchmarkProfiles.json(seed, 2_000));
    }
    Report report = compare(json);
    assertEquals(10_000, report.compared);
    assertEquals("", report.toString(), "the floor differs from the advisor");
  }

  /**
   * Profiles reaching the rules the benchmark's profiles do not: founders and product managers,
   * unreadable titles and titles that disagree with the role, revenue, unnamed launches, every kind
   * of project and of PM-like work, interviews, and completed actions.
   */
  @Test
  void decidesAsTheAdvisorOnWiderProfiles() {
    Random random = new Random(20261127);
    List<String> json = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      json.add(wide(random, i));
    }
    Report report = compare(json);
    assertEquals(6_000, report.compared);
    assertTrue(report.rulesSeen.size() > 60, "the profiles reach most rules: " + report.rulesSeen.size());
    assertEquals("", report.toString(), "the floor differs from the advisor");
  }

  /** The comparison finds a difference when there is one. */
  @Test
  void aDifferenceIsReported() {
    Report report = new Report();
    Advice a = advisor.advise(ProfileJson.read(BenchmarkProfiles.json(7, 1).get(0)));
    Advice b = advisor.advise(ProfileJson.read(BenchmarkProfiles.json(8, 1).get(0)));
    report.compare("p", a, b);
    assertTrue(report.toString().contains("actions"), report.toString());
  }

  private static Report compare(List<String> json) {
    Report report = new Report();
    for (String document : json) {
      Profile profile = ProfileJson.read(document);
      report.compare(document, advisor.advise(profile), floor.advise(profile));
    }
    return report;
  }

  /** Differences by part of the advice, with the first few profiles for each. */
  private static final class Report {
    final Map<String, Integer> counts = new TreeMap<>();
    final Map<String, List<String>> examples = new TreeMap<>();
    final java.util.Set<String> rulesSeen = new java.util.TreeSet<>();
    int compared;

    void compare(String profile, Advice expected, Advice actual) {
      compared++;
      expected.explanation().forEach(e -> rulesSeen.add(e.rule()));
      part("roleFamily", profile, expected, actual, Advice::roleFamily);
      part("primaryPathway", profile, expected, actual, Advice::primaryPathway);
      part("stage", profile, expected, actual, Advice::stage);
      part("scores", profile, expected, actual, a -> a.pathways().stream().map(p -> p.pathway() + "=" + p.score()).toList());
      part("pathway reasons and rules", profile, expected, actual, Advice::pathways);
      part("action ids", profile, expected, actual, a -> a.actions().stream().map(Action::id).toList());
      part("actions", profile, expected, actual, Advice::actions);
      part("competency levels", profile, expected, actual,
          a -> a.competencies().stream().map(c -> c.competency() + "=" + c.level()).toList());
      part("competencies", profile, expected, actual, Advice::competencies);
      part("warning ids", profile, expected, actual, a -> a.warnings().stream().map(Warning::id).toList());
      part("warnings", profile, expected, actual, Advice::warnings);
      part("profileId", profile, expected, actual, Advice::profileId);
      part("titleReading", profile, expected, actual, Advice::titleReading);
      part("unreadSkills", profile, expected, actual, Advice::unreadSkills);
      part("explanation", profile, expected, actual, a -> List.copyOf(a.explanation()));
    }

    private void part(String name, String profile, Advice expected, Advice actual, Function<Advice, Object> get) {
      Object e = get.apply(expected);
      Object a = get.apply(actual);
      if (!Objects.equals(e, a)) {
        counts.merge(name, 1, Integer::sum);
        List<String> ex = examples.computeIfAbsent(name, k -> new ArrayList<>());
        if (ex.size() < 2) {
          ex.add(profile + difference(e, a));
        }
      }
    }

    /** Where two values differ: for lists, the first item that differs and the lengths. */
    private static String difference(Object e, Object a) {
      if (e instanceof List<?> el && a instanceof List<?> al) {
        int i = 0;
        while (i < el.size() && i < al.size() && Objects.equals(el.get(i), al.get(i))) {
          i++;
        }
        return "\n      item " + i + " of " + el.size() + " (advisor) and " + al.size() + " (floor)"
            + "\n      advisor: " + (i < el.size() ? el.get(i) : "-") + "\n      floor:   " + (i < al.size() ? al.get(i) : "-");
      }
      return "\n      advisor: " + e + "\n      floor:   " + a;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, Integer> c : counts.entrySet()) {
        sb.append(c.getKey()).append(": ").append(c.getValue()).append(" of ").append(compared).append(" differ\n");
        for (String ex : examples.get(c.getKey())) {
          sb.append("    ").append(ex).append('\n');
        }
      }
      return sb.toString();
    }
  }

  private static final String[] ROLES = {"DEVELOPER", "DESIGNER", "BUSINESS_ANALYST", "DATA_ANALYST",
      "PROJECT_MANAGER", "MARKETING", "SALES", "CUSTOMER_SUCCESS", "PRODUCT_MANAGER", "FOUNDER", "OTHER"};
  private static final String[] TITLES = {"Sr. Software Engineer II", "UX/UI Designer", "BI Analyst", "Scrum Master",
      "Account Executive", "Registered Nurse", "Customer Success Manager", "Growth Marketing Lead", "Teacher",
      "Chef de produit", "Aspiring Product Manager", "Product Manager", "Co-founder & CEO", "Xyzzy Plugh",
      "Data Scientist", "Former Product Owner", "Ingénieur logiciel", "Head of Sales", "Blorf"};
  private static final String[] SKILLS = {"SQL", "Figma", "customer interviews", "launch strategy", "Java",
      "stakeholder management", "pricing", "A/B testing", "roadmapping", "negotiation", "Tableau dashboards",
      "usability testing", "market research", "underwater basket weaving", "python", "user research"};
  private static final String[] KINDS = {"CODED_APP", "NO_CODE_APP", "BLOG_WITH_INFO_PRODUCT", "ONLINE_STORE",
      "WORKSHOP", "CASE_STUDY", "PROTOTYPE", "FEATURE_PROPOSAL", "FEATURE_REDESIGN", "OTHER"};
  private static final String[] STAGES = {"IDEA", "IN_PROGRESS", "LAUNCHED"};
  private static final String[] WORK = {"DEFINED_PROBLEM", "PROPOSED_SOLUTION_WITH_DATA", "PRIORITIZED_BACKLOG",
      "RAN_USER_RESEARCH", "DEFINED_SUCCESS_METRICS", "BUILT_ROADMAP", "LED_CROSS_FUNCTIONAL_WORK", "RAN_EXPERIMENT",
      "DOCUMENTED_PRODUCT_PROCESS", "GOT_ITEM_ON_ROADMAP"};
  private static final String[] COMPLETED = {"COMPLETE_PRODUCT_WORK_ON_PROJECT", "VOLUNTEER_FOR_PM_TASKS",
      "COFFEE_CHATS_WITH_PMS", "OWN_A_PRODUCT_PROBLEM", "SHIP_A_TINY_PRODUCT", "CREATE_A_PRODUCT_CASE_STUDY",
      "INFORMATIONAL_INTERVIEWS", "JOIN_A_PM_COMMUNITY", "ARTICULATE_TRANSFERABLE_SKILLS", "INTRODUCE_PRODUCT_PRACTICES",
      "DESIGNER_LEARN_BUSINESS_STRATEGY", "HOST_MENTORING_SESSION"};

  private static String wide(Random r, int i) {
    StringBuilder sb = new StringBuilder(512).append("{\"id\":\"w").append(i).append('"');
    int who = r.nextInt(4);
    if (who != 0) {
      sb.append(",\"title\":\"").append(TITLES[r.nextInt(TITLES.length)]).append('"');
    }
    if (who != 1) {
      sb.append(",\"role\":\"").append(ROLES[r.nextInt(ROLES.length)]).append('"');
    }
    sb.append(",\"yearsExperience\":").append(r.nextInt(4) == 0 ? 0 : r.nextInt(25));
    sb.append(",\"skills\":[");
    for (int s = 0, n = r.nextInt(5); s < n; s++) {
      sb.append(s > 0 ? "," : "").append('"').append(SKILLS[r.nextInt(SKILLS.length)]).append('"');
    }
    sb.append("],\"sideProjects\":[");
    for (int p = 0, n = r.nextInt(4); p < n; p++) {
      sb.append(p > 0 ? "," : "").append("{\"name\":\"").append(r.nextInt(4) == 0 ? "" : "Project " + p)
          .append("\",\"kind\":\"").append(KINDS[r.nextInt(KINDS.length)])
          .append("\",\"stage\":\"").append(STAGES[r.nextInt(STAGES.length)])
          .append("\",\"users\":").append(r.nextBoolean() ? 0 : 1 + r.nextInt(2_000))
          .append(",\"revenue\":").append(r.nextInt(3) == 0 ? 50 + r.nextInt(5_000) : 0)
          .append(",\"problemDefined\":").append(r.nextBoolean()).append(",\"userResearch\":").append(r.nextBoolean())
          .append(",\"successMetrics\":").append(r.nextBoolean()).append('}');
    }
    sb.append("],\"certifications\":[");
    for (int c = 0, n = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0; c < n; c++) {
      sb.append(c > 0 ? "," : "").append("\"Cert ").append(c).append('"');
    }
    sb.append(']');
    if (r.nextInt(4) != 0) {
      sb.append(",\"employer\":{\"buildsDigitalProducts\":").append(r.nextInt(3) != 0).append(",\"hasProductManagers\":")
          .append(r.nextBoolean()).append(",\"formalProductProcess\":").append(r.nextBoolean()).append('}');
    }
    sb.append(",\"pmContacts\":").append(r.nextInt(5)).append(",\"informationalInterviews\":").append(r.nextInt(7));
    sb.append(",\"pmLikeWork\":[");
    for (int w = 0, n = r.nextInt(4); w < n; w++) {
      sb.append(w > 0 ? "," : "").append('"').append(WORK[r.nextInt(WORK.length)]).append('"');
    }
    sb.append("],\"completedActions\":[");
    for (int a = 0, n = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0; a < n; a++) {
      sb.append(a > 0 ? "," : "").append("{\"id\":\"").append(COMPLETED[r.nextInt(COMPLETED.length)]).append("\"}");
    }
    return sb.append("]}").toString();
  }
}
