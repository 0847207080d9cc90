package org.pmpathways.examples;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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
  /** The plan's headings, in plan-text.properties and its translations beside this class. */
  private static final String HEADINGS = "org.pmpathways.examples.plan-text";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private PlanText() {}

  static String render(Advice advice, boolean explain) {
    return render(advice, explain, Enum::name, Locale.ROOT);
  }

  /**
   * @param words the words for a value (a pathway, a competency, a level, a stage), in the advice's language
   * @param locale the language of the plan's headings ({@code plan-text.properties} and its translations)
   */
  static String render(Advice advice, boolean explain, Function<Enum<?>, String> words, Locale locale) {
    ResourceBundle h = ResourceBundle.getBundle(HEADINGS, locale, NO_FALLBACK);
    StringBuilder sb = new StringBuilder();
    String who = advice.profileId() == null ? h.getString("this-candidate") : advice.profileId();
    sb.append(format(h, "plan-for", who, words.apply(advice.roleFamily()))).append('\n');
    if (advice.titleReading() != null) {
      TitleReading t = advice.titleReading();
      wrap(sb, h.getString("title"), format(h, "title-read", t.title(), words.apply(t.family()))
          + (t.matchedLabel() == null ? "" : " " + format(h, "title-label", t.matchedLabel(), source(h, t.source()),
              String.format(Locale.ROOT, "%.2f", t.confidence())))
          + (t.reason() == null ? "" : format(h, "title-reason", t.reason())));
    }
    if (!advice.unreadSkills().isEmpty()) {
      wrap(sb, h.getString("skills-not-read"), String.join(", ", advice.unreadSkills()));
    }

    for (Warning w : advice.warnings()) {
      sb.append('\n');
      wrap(sb, "! " + w.id() + ": ", w.message());
    }

    if (advice.stage() != null) {
      sb.append('\n').append(h.getString("stage")).append(words.apply(advice.stage())).append('\n');
    }
    if (!advice.pathways().isEmpty()) {
      PathwayScore primary = advice.pathways().get(0);
      sb.append('\n').append(h.getString("recommended"))
          .append(format(h, "scored", words.apply(primary.pathway()), primary.score())).append('\n');
      bullets(sb, "    ", primary.reasons());
      sb.append('\n').append(h.getString("other-pathways")).append('\n');
      for (PathwayScore p : advice.pathways().subList(1, advice.pathways().size())) {
        sb.append("  ").append(format(h, "scored", words.apply(p.pathway()), p.score())).append('\n');
        bullets(sb, "    ", p.reasons());
      }
    }

    if (!advice.actions().isEmpty()) {
      sb.append('\n').append(h.getString("actions")).append('\n');
      for (Action a : advice.actions()) {
        sb.append(String.format("  %2d. %s [%s]%n", a.priority(), a.title(), a.id()));
        wrap(sb, "      ", a.detail());
        sb.append("      ").append(h.getString("why")).append('\n');
        bullets(sb, "        ", a.because());
      }
    }

    sb.append('\n').append(h.getString("competencies")).append('\n');
    int width = 20; // the competencies' words in a column, wide enough for the longest ("la capacité à faire aboutir")
    for (CompetencyRating c : advice.competencies()) {
      width = Math.max(width, words.apply(c.competency()).length() + 1);
    }
    for (CompetencyRating c : advice.competencies()) {
      sb.append(String.format("  %-" + width + "s %s%n", words.apply(c.competency()), words.apply(c.level())));
      bullets(sb, "    ", c.evidence());
    }

    if (explain) {
      sb.append('\n').append(h.getString("explanation")).append('\n');
      int n = 1;
      for (Explanation e : advice.explanation()) {
        sb.append(String.format("  %3d. %s%n", n++, e.rule()));
        wrap(sb, "       => ", e.effect());
        for (String fact : e.facts()) {
          wrap(sb, "          " + h.getString("from"), fact);
        }
      }
    } else {
      sb.append('\n').append(h.getString("add-explain")).append('\n');
    }
    return sb.toString();
  }

  /** A label's source in the plan's language: the named sources translated, an ESCO concept as it is. */
  private static String source(ResourceBundle headings, String source) {
    return switch (source) {
      case TitleReading.OUR_ADDITION -> headings.getString("source.our-addition");
      case TitleReading.ESCO_HEAD_WORD -> headings.getString("source.esco-head-word");
      case TitleReading.ESCO_FIELD_WORD -> headings.getString("source.esco-field-word");
      default -> source;
    };
  }

  private static String format(ResourceBundle headings, String key, Object... args) {
    return new MessageFormat(headings.getString(key), headings.getLocale()).format(args);
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
