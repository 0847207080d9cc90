package org.pmpathways.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic profiles for measurements: varied roles, employers, skills, side projects,
 * certificates and product work, drawn from a fixed seed so every run sees the same ones.
 */
public final class BenchmarkProfiles {
  private static final String[] ROLES = {"DEVELOPER", "DESIGNER", "BUSINESS_ANALYST", "DATA_ANALYST",
      "PROJECT_MANAGER", "MARKETING", "SALES", "CUSTOMER_SUCCESS", "OTHER"};
  private static final String[] TITLES = {"Sr. Software Engineer II", "UX/UI Designer", "BI Analyst", "Scrum Master",
      "Account Executive", "Registered Nurse", "Customer Success Manager", "Growth Marketing Lead", "Teacher"};
  private static final String[] SKILLS = {"SQL", "Figma", "customer interviews", "launch strategy", "Java",
      "stakeholder management", "pricing", "A/B testing", "roadmapping", "negotiation", "Tableau dashboards"};
  private static final String[] KINDS = {"CODED_APP", "NO_CODE_APP", "ONLINE_STORE", "CASE_STUDY", "PROTOTYPE",
      "FEATURE_REDESIGN", "WORKSHOP"};
  private static final String[] STAGES = {"IDEA", "IN_PROGRESS", "LAUNCHED"};
  private static final String[] WORK = {"DEFINED_PROBLEM", "PROPOSED_SOLUTION_WITH_DATA", "PRIORITIZED_BACKLOG",
      "RAN_USER_RESEARCH", "BUILT_ROADMAP", "LED_CROSS_FUNCTIONAL_WORK"};

  private BenchmarkProfiles() {}

  /** {@code count} profiles as JSON documents, one per line's worth. */
  public static List<String> json(long seed, int count) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(one(r, i));
    }
    return out;
  }

  static String one(Random r, int i) {
    StringBuilder sb = new StringBuilder(512).append("{\"id\":\"p").append(i).append('"');
    if (r.nextInt(3) == 0) {
      sb.append(",\"title\":\"").append(TITLES[r.nextInt(TITLES.length)]).append('"');
    } else {
      sb.append(",\"role\":\"").append(ROLES[r.nextInt(ROLES.length)]).append('"');
    }
    sb.append(",\"yearsExperience\":").append(r.nextInt(20));
    sb.append(",\"skills\":[");
    for (int s = 0, n = 1 + r.nextInt(4); s < n; s++) {
      sb.append(s > 0 ? "," : "").append('"').append(SKILLS[r.nextInt(SKILLS.length)]).append('"');
    }
    sb.append("],\"sideProjects\":[");
    for (int p = 0, n = r.nextInt(3); p < n; p++) {
      sb.append(p > 0 ? "," : "").append("{\"name\":\"Project ").append(p).append("\",\"kind\":\"")
          .append(KINDS[r.nextInt(KINDS.length)]).append("\",\"stage\":\"").append(STAGES[r.nextInt(STAGES.length)])
          .append("\",\"users\":").append(r.nextBoolean() ? 0 : r.nextInt(900))
          .append(",\"problemDefined\":").append(r.nextBoolean()).append(",\"userResearch\":").append(r.nextBoolean())
          .append(",\"successMetrics\":").append(r.nextBoolean()).append('}');
    }
    sb.append(']');
    if (r.nextInt(4) == 0) {
      sb.append(",\"certifications\":[\"PMP\"]");
    }
    if (r.nextInt(4) != 0) {
      sb.append(",\"employer\":{\"buildsDigitalProducts\":").append(r.nextBoolean()).append(",\"hasProductManagers\":")
          .append(r.nextBoolean()).append(",\"formalProductProcess\":").append(r.nextBoolean()).append('}');
    }
    sb.append(",\"pmContacts\":").append(r.nextInt(4)).append(",\"pmLikeWork\":[");
    for (int w = 0, n = r.nextInt(3); w < n; w++) {
      sb.append(w > 0 ? "," : "").append('"').append(WORK[r.nextInt(WORK.length)]).append('"');
    }
    return sb.append("]}").toString();
  }

  /**
   * Writes {@code N} profiles as JSON Lines to standard output, for batch measurements:
   * {@code java -cp pathway-advisor.jar org.pmpathways.examples.bench.BenchmarkProfiles 1000000 > in.jsonl}.
   */
  public static void main(String[] args) {
    long count = Long.parseLong(args[0]);
    Random r = new Random(42);
    StringBuilder sb = new StringBuilder(1 << 20);
    for (long i = 0; i < count; i++) {
      sb.append(one(r, (int) i)).append('\n');
      if (sb.length() > (1 << 20) - 1024) {
        System.out.print(sb);
        sb.setLength(0);
      }
    }
    System.out.print(sb);
    System.out.flush();
  }
}
