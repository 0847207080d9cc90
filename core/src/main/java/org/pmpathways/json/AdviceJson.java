package org.pmpathways.json;

import java.util.List;
import java.util.Objects;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Warning;
import org.pmpathways.reading.TitleReading;

/**
 * Writes advice as the JSON of the contract. Fields come in the contract's order and the same
 * advice always gives the same bytes, so output can be compared, cached and diffed.
 *
 * <p>Beyond the contract, each pathway score, action and competency carries {@code rules}: the rules
 * behind it; and each explanation entry carries {@code facts}: the facts its rule matched.
 *
 * <p>Thread-safe: the methods are static and keep no state.
 */
public final class AdviceJson {
  private AdviceJson() {}

  /** The advice as indented JSON (two spaces), ending without a newline. */
  public static String write(Advice advice) {
    return write(advice, true);
  }

  /** The advice as JSON on one line, as used for JSON Lines output. */
  public static String writeCompact(Advice advice) {
    return write(advice, false);
  }

  private static String write(Advice advice, boolean pretty) {
    Objects.requireNonNull(advice, "advice must not be null");
    Out o = new Out(pretty);
    o.open('{');
    o.field("profileId").string(advice.profileId());
    o.field("roleFamily").string(advice.roleFamily().name());
    // How the title was read (only when the profile has a title) and the skills not placed: additions
    // to the contract (issue 9).
    TitleReading t = advice.titleReading();
    if (t != null) {
      o.field("titleReading").open('{');
      o.field("title").string(t.title());
      o.field("family").string(t.family().name());
      o.field("confidence").decimal(Math.round(t.confidence() * 100) / 100.0);
      o.field("matchedLabel").string(t.matchedLabel());
      o.field("source").string(t.source());
      o.field("modifiers").strings(t.modifiers().stream().map(Enum::name).toList());
      o.field("seniority").strings(t.seniority());
      o.field("reason").string(t.reason());
      o.close('}');
    }
    if (!advice.unreadSkills().isEmpty()) {
      o.field("unreadSkills").strings(advice.unreadSkills());
    }
    o.field("primaryPathway").string(advice.primaryPathway() == null ? null : advice.primaryPathway().name());
    o.field("pathways").open('[');
    for (PathwayScore p : advice.pathways()) {
      o.element().open('{');
      o.field("pathway").string(p.pathway().name());
      o.field("score").number(p.score());
      o.field("reasons").strings(p.reasons());
      o.field("rules").strings(p.rules());
      o.close('}');
    }
    o.close(']');
    o.field("actions").open('[');
    for (Action a : advice.actions()) {
      o.element().open('{');
      o.field("id").string(a.id());
      o.field("pathway").string(a.pathway() == null ? null : a.pathway().name());
      o.field("competency").string(a.competency() == null ? null : a.competency().name());
      o.field("priority").number(a.priority());
      o.field("title").string(a.title());
      o.field("detail").string(a.detail());
      o.field("because").strings(a.because());
      o.field("rules").strings(a.rules());
      o.close('}');
    }
    o.close(']');
    o.field("competencies").open('[');
    for (CompetencyRating c : advice.competencies()) {
      o.element().open('{');
      o.field("competency").string(c.competency().name());
      o.field("level").string(c.level().name());
      o.field("evidence").strings(c.evidence());
      o.field("rules").strings(c.rules());
      o.close('}');
    }
    o.close(']');
    o.field("warnings").open('[');
    for (Warning w : advice.warnings()) {
      o.element().open('{');
      o.field("id").string(w.id());
      o.field("message").string(w.message());
      o.close('}');
    }
    o.close(']');
    o.field("explanation").open('[');
    for (Explanation e : advice.explanation()) {
      o.element().open('{');
      o.field("rule").string(e.rule());
      o.field("effect").string(e.effect());
      o.field("facts").strings(e.facts());
      o.close('}');
    }
    o.close(']');
    o.close('}');
    return o.toString();
  }

  /** Appends a JSON string literal, escaping what JSON requires and the line separators. */
  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    int plainFrom = 0; // characters that need no escape are appended in runs, not one by one
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\') {
        continue;
      }
      String escaped = escape(s, i, ch);
      if (escaped != null) {
        sb.append(s, plainFrom, i).append(escaped);
        plainFrom = i + 1;
      }
    }
    sb.append(s, plainFrom, s.length()).append('"');
  }

  /** How a character outside printable ASCII, or a quote or backslash, is written; null: as it is. */
  private static String escape(String s, int i, char ch) {
    return switch (ch) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029'
          || (Character.isSurrogate(ch) && !isPairedSurrogate(s, i)) ? String.format("\\u%04x", (int) ch) : null;
    };
  }

  private static boolean isPairedSurrogate(String s, int i) {
    char ch = s.charAt(i);
    if (Character.isHighSurrogate(ch)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** A tiny streaming writer that tracks commas and indentation. */
  private static final class Out {
    private final StringBuilder sb = new StringBuilder(16_384); // an advice with its explanation is 5 to 20 KB
    private final boolean pretty;
    private int depth;
    private boolean first = true;

    Out(boolean pretty) {
      this.pretty = pretty;
    }

    Out open(char bracket) {
      sb.append(bracket);
      depth++;
      first = true;
      return this;
    }

    Out close(char bracket) {
      depth--;
      if (!first) {
        newline();
      }
      sb.append(bracket);
      first = false;
      return this;
    }

    Out field(String name) {
      separator();
      quote(sb, name);
      sb.append(pretty ? ": " : ":");
      return this;
    }

    Out element() {
      separator();
      return this;
    }

    Out string(String value) {
      if (value == null) {
        sb.append("null");
      } else {
        quote(sb, value);
      }
      first = false;
      return this;
    }

    Out number(int value) {
      sb.append(value);
      first = false;
      return this;
    }

    Out decimal(double value) {
      sb.append(java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
      first = false;
      return this;
    }

    Out strings(List<String> values) {
      open('[');
      for (String v : values) {
        element().string(v);
      }
      return close(']');
    }

    private void separator() {
      if (!first) {
        sb.append(',');
      }
      newline();
      first = true;
    }

    private void newline() {
      if (pretty) {
        sb.append('\n');
        for (int i = 0; i < depth; i++) {
          sb.append("  ");
        }
      }
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
