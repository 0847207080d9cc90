package org.pmpathways.examples;

import java.util.List;
import java.util.function.Function;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Warning;
import org.pmpathways.reading.TitleReading;

/** Renders advice as a plan a person reads in a terminal. */
final class PlanText {
  private static final int WIDTH = 96;

  private PlanText() {}

  static String render(Advice advice, boolean explain) {
    return render(advice, explain, Enum::name);
  }

  /**
   * @param words the words for a value (a pathway, a competency, a level, a stage), in the advice's language
   */
  static String render(Advice advice, boolean explain, Function<Enum<?>, String> words) {
    StringBuilder sb = new StringBuilder();
    String who = advice.profileId() == null ? "this candidate" : advice.profileId();
    sb.append("PM Pathways plan for ").append(who).append(" (").append(words.apply(advice.roleFamily())).append(")\n");
    if (advice.titleReading() != null) {
      TitleReading t = advice.titleReading();
      wrap(sb, "Title: ", "'" + t.title() + "' read as " + words.apply(t.family())
          + (t.matchedLabel() == null ? "" : " (label '" + t.matchedLabel() + "', " + t.source() + ", confidence "
              + String.format(java.util.Locale.ROOT, "%.2f", t.confidence()) + ")")
          + (t.reason() == null ? "" : ": " + t.reason()));
    }
    if (!advice.unreadSkills().isEmpty()) {
      wrap(sb, "Skills not read: ", String.join(", ", advice.unreadSkills()));
    }

    for (Warning w : advice.warnings()) {
      sb.append('\n');
      wrap(sb, "! " + w.id() + ": ", w.message());
    }

    if (advice.stage() != null) {
      sb.append("\nStage: ").append(words.apply(advice.stage())).append('\n');
    }
    if (!advice.pathways().isEmpty()) {
      PathwayScore primary = advice.pathways().get(0);
      sb.append("\nRecommended pathway: ").append(words.apply(primary.pathway())).append(" (score ")
          .append(primary.score()).append(")\n");
      bullets(sb, "    ", primary.reasons());
      sb.append("\nOther pathways:\n");
      for (PathwayScore p : advice.pathways().subList(1, advice.pathways().size())) {
        sb.append("  ").append(words.apply(p.pathway())).append(" (score ").append(p.score()).append(")\n");
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
      sb.append(String.format("  %-20s %s%n", words.apply(c.competency()), words.apply(c.level())));
      bullets(sb, "    ", c.evidence());
    }

    if (explain) {
      sb.append("\nWhy, conclusion by conclusion:\n");
      int n = 1;
      for (Explanation e : advice.explanation()) {
        sb.append(String.format("  %3d. %s%n", n++, e.rule()));
        wrap(sb, "       => ", e.effect());
        for (String fact : e.facts()) {
          wrap(sb, "          from ", fact);
        }
      }
    } else {
      sb.append("\nAdd --explain to see each conclusion and the rule behind it, or use --format json.\n");
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
