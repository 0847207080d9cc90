package org.pmpathways.examples;

import java.util.List;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Warning;

/** Renders advice as a plan a person reads in a terminal. */
final class PlanText {
  private static final int WIDTH = 96;

  private PlanText() {}

  static String render(Advice advice, boolean explain) {
    StringBuilder sb = new StringBuilder();
    String who = advice.profileId() == null ? "this candidate" : advice.profileId();
    sb.append("PM Pathways plan for ").append(who).append(" (").append(advice.roleFamily()).append(")\n");
    if (advice.titleReading() != null) {
      wrap(sb, "Title: ", advice.titleReading().describe());
    }
    if (!advice.unreadSkills().isEmpty()) {
      wrap(sb, "Skills not read: ", String.join(", ", advice.unreadSkills()));
    }

    for (Warning w : advice.warnings()) {
      sb.append('\n');
      wrap(sb, "! " + w.id() + ": ", w.message());
    }

    if (!advice.pathways().isEmpty()) {
      PathwayScore primary = advice.pathways().get(0);
      sb.append("\nRecommended pathway: ").append(primary.pathway()).append(" (score ").append(primary.score())
          .append(")\n");
      bullets(sb, "    ", primary.reasons());
      sb.append("\nOther pathways:\n");
      for (PathwayScore p : advice.pathways().subList(1, advice.pathways().size())) {
        sb.append("  ").append(p.pathway()).append(" (score ").append(p.score()).append(")\n");
        bullets(sb, "    ", p.reasons());
      }
    }

    if (!advice.actions().isEmpty()) {
      sb.append("\nNext actions, best first:\n");
      for (Action a : advice.actions()) {
        sb.append(String.format("  %2d. %s [%s]%n", a.priority(), a.title(), a.id()));
        wrap(sb, "      ", a.detail());
        sb.append("      Why:\n");
        bullets(sb, "        ", a.because());
      }
    }

    sb.append("\nCompetencies:\n");
    for (CompetencyRating c : advice.competencies()) {
      sb.append(String.format("  %-17s %s%n", c.competency(), c.level()));
      bullets(sb, "    ", c.evidence());
    }

    if (explain) {
      sb.append("\nRules that fired, in order:\n");
      int n = 1;
      for (Explanation e : advice.explanation()) {
        sb.append(String.format("  %3d. %s%n", n++, e.rule()));
        wrap(sb, "       => ", e.effect());
      }
    } else {
      sb.append("\n").append(advice.explanation().size())
          .append(" rules fired; add --explain to list them, or use --format json.\n");
    }
    return sb.toString();
  }

  private static void bullets(StringBuilder sb, String indent, List<String> lines) {
    for (String line : lines) {
      wrap(sb, indent + "- ", line);
    }
  }

  /** Appends text after a first-line prefix, wrapped at word boundaries and indented to the prefix. */
  private static void wrap(StringBuilder sb, String prefix, String text) {
    String indent = " ".repeat(prefix.length());
    int column = 0;
    sb.append(prefix);
    column += prefix.length();
    boolean lineStart = true;
    for (String word : text.split(" ")) {
      if (!lineStart && column + 1 + word.length() > WIDTH) {
        sb.append('\n').append(indent);
        column = indent.length();
        lineStart = true;
      }
      if (!lineStart) {
        sb.append(' ');
        column++;
      }
      sb.append(word);
      column += word.length();
      lineStart = false;
    }
    sb.append('\n');
  }
}
