package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Warning;
import org.pmpathways.reading.TitleModifier;
import org.pmpathways.reading.TitleReading;

/**
 * Writes advice as the JSON of the contract (see {@code advice.schema.json}), and reads it back.
 * Fields come in the contract's order and the same advice always gives the same bytes, so output can
 * be compared, cached and diffed.
 *
 * <p>Beyond the contract, each pathway score, action and competency carries {@code rules}: the rules
 * behind it; and each explanation entry carries {@code facts}: the facts its rule matched.
 *
 * <p>Text is written as UTF-8 with JSON's escapes, and the line and paragraph separators (U+2028,
 * U+2029) and characters outside the Basic Multilingual Plane as &#92;uXXXX escapes too, so the output
 * can be embedded in a script.
 *
 * <p>Thread-safe: the methods are static and keep no state.
 */
public final class AdviceJson {
  // Field names, quoted and encoded once.
  private static final SerializableString ACTIONS = new SerializedString("actions");
  private static final SerializableString BECAUSE = new SerializedString("because");
  private static final SerializableString COMPETENCIES = new SerializedString("competencies");
  private static final SerializableString COMPETENCY = new SerializedString("competency");
  private static final SerializableString CONFIDENCE = new SerializedString("confidence");
  private static final SerializableString DETAIL = new SerializedString("detail");
  private static final SerializableString EFFECT = new SerializedString("effect");
  private static final SerializableString EVIDENCE = new SerializedString("evidence");
  private static final SerializableString EXPLANATION = new SerializedString("explanation");
  private static final SerializableString FACTS = new SerializedString("facts");
  private static final SerializableString FAMILY = new SerializedString("family");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString LEVEL = new SerializedString("level");
  private static final SerializableString MATCHED_LABEL = new SerializedString("matchedLabel");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString MODIFIERS = new SerializedString("modifiers");
  private static final SerializableString PATHWAY = new SerializedString("pathway");
  private static final SerializableString PATHWAYS = new SerializedString("pathways");
  private static final SerializableString PRIMARY_PATHWAY = new SerializedString("primaryPathway");
  private static final SerializableString PRIORITY = new SerializedString("priority");
  private static final SerializableString PROFILE_ID = new SerializedString("profileId");
  private static final SerializableString REASON = new SerializedString("reason");
  private static final SerializableString REASONS = new SerializedString("reasons");
  private static final SerializableString ROLE_FAMILY = new SerializedString("roleFamily");
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString RULES = new SerializedString("rules");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString SENIORITY = new SerializedString("seniority");
  private static final SerializableString SOURCE = new SerializedString("source");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString TITLE_READING = new SerializedString("titleReading");
  private static final SerializableString STAGE = new SerializedString("stage");
  private static final SerializableString UNREAD_SKILLS = new SerializedString("unreadSkills");
  private static final SerializableString WARNINGS = new SerializedString("warnings");

  private AdviceJson() {}

  /** Writes a field's name; the caller writes its value. */
  private static JsonGenerator field(JsonGenerator g, SerializableString name) throws IOException {
    g.writeFieldName(name);
    return g;
  }

  /** The advice as indented JSON (two spaces), ending without a newline. */
  public static String write(Advice advice) {
    Objects.requireNonNull(advice, "advice must not be null");
    return JsonCodec.write(true, 16_384, g -> write(advice, g));
  }

  /** The advice as JSON on one line, as used for JSON Lines output. */
  public static String writeCompact(Advice advice) {
    Objects.requireNonNull(advice, "advice must not be null");
    return JsonCodec.write(false, 16_384, g -> write(advice, g));
  }

  /** Writes the advice as UTF-8 JSON on one line to a stream, which is flushed but not closed. */
  public static void writeCompact(Advice advice, OutputStream out) throws IOException {
    writeCompact(advice, out, true);
  }

  /**
   * Writes the advice as UTF-8 JSON on one line to a stream, which is flushed but not closed, with
   * or without its explanation. Without, {@code explanation} is written as an empty array, so the
   * line is still advice of the contract, and the advice's explanation is not looked at (nor
   * rendered); every other field is written byte for byte as with it.
   *
   * @param withExplanation whether to write the rules that fired
   */
  public static void writeCompact(Advice advice, OutputStream out, boolean withExplanation) throws IOException {
    Objects.requireNonNull(advice, "advice must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try (JsonGenerator g = JsonCodec.generator(out, false)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(advice, g, withExplanation);
    }
  }

  /**
   * Writes the advice as the next value of a generator the caller owns (a host's own Jackson
   * generator, with its own layout and escaping).
   *
   * @throws IOException if the generator's output fails
   */
  public static void write(Advice advice, JsonGenerator g) throws IOException {
    write(advice, g, true);
  }

  /** {@link #write(Advice, JsonGenerator)}, with the explanation an empty array unless asked for. */
  static void write(Advice advice, JsonGenerator g, boolean withExplanation) throws IOException {
    write(advice, g, withExplanation, null);
  }

  /**
   * {@link #write(Advice, JsonGenerator, boolean)}, with the strings written through {@code texts}
   * when given: the same bytes, copied when the string was written before.
   */
  static void write(Advice advice, JsonGenerator g, boolean withExplanation, EncodedTexts texts) throws IOException {
    Objects.requireNonNull(advice, "advice must not be null");
    Objects.requireNonNull(g, "generator must not be null");
    Strings w = new Strings(g, texts);
    g.writeStartObject();
    w.field(PROFILE_ID, advice.profileId());
    w.field(ROLE_FAMILY, advice.roleFamily().name());
    // Additions to the contract: how the title was read (only when the profile has a title), and the
    // skills the vocabulary could not place (only when there are any).
    TitleReading t = advice.titleReading();
    if (t != null) {
      field(g, TITLE_READING).writeStartObject();
      w.field(TITLE, t.title());
      w.field(FAMILY, t.family().name());
      g.writeFieldName(CONFIDENCE);
      g.writeNumber(BigDecimal.valueOf(t.confidence()).stripTrailingZeros());
      w.field(MATCHED_LABEL, t.matchedLabel());
      w.field(SOURCE, t.source());
      field(g, MODIFIERS).writeStartArray();
      for (TitleModifier modifier : t.modifiers()) {
        w.value(modifier.name());
      }
      g.writeEndArray();
      w.strings(SENIORITY, t.seniority());
      w.field(REASON, t.reason());
      g.writeEndObject();
    }
    if (!advice.unreadSkills().isEmpty()) {
      w.strings(UNREAD_SKILLS, advice.unreadSkills());
    }
    w.field(PRIMARY_PATHWAY, name(advice.primaryPathway()));
    if (advice.stage() != null) {
      w.field(STAGE, advice.stage().name());
    }
    field(g, PATHWAYS).writeStartArray();
    for (PathwayScore p : advice.pathways()) {
      g.writeStartObject();
      w.field(PATHWAY, p.pathway().name());
      field(g, SCORE).writeNumber(p.score());
      w.strings(REASONS, p.reasons());
      w.strings(RULES, p.rules());
      g.writeEndObject();
    }
    g.writeEndArray();
    field(g, ACTIONS).writeStartArray();
    for (Action a : advice.actions()) {
      g.writeStartObject();
      w.field(ID, a.id());
      w.field(PATHWAY, name(a.pathway()));
      w.field(COMPETENCY, name(a.competency()));
      field(g, PRIORITY).writeNumber(a.priority());
      w.field(TITLE, a.title());
      w.field(DETAIL, a.detail());
      w.strings(BECAUSE, a.because());
      w.strings(RULES, a.rules());
      g.writeEndObject();
    }
    g.writeEndArray();
    field(g, COMPETENCIES).writeStartArray();
    for (CompetencyRating c : advice.competencies()) {
      g.writeStartObject();
      w.field(COMPETENCY, c.competency().name());
      w.field(LEVEL, c.level().name());
      w.strings(EVIDENCE, c.evidence());
      w.strings(RULES, c.rules());
      g.writeEndObject();
    }
    g.writeEndArray();
    field(g, WARNINGS).writeStartArray();
    for (Warning warning : advice.warnings()) {
      g.writeStartObject();
      w.field(ID, warning.id());
      w.field(MESSAGE, warning.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    field(g, EXPLANATION).writeStartArray();
    for (Explanation e : withExplanation ? advice.explanation() : List.<Explanation>of()) {
      g.writeStartObject();
      w.field(RULE, e.rule());
      w.field(EFFECT, e.effect());
      w.strings(FACTS, e.facts());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** Writes strings, through kept encodings when there are some. */
  private static final class Strings {
    private final JsonGenerator g;
    private final EncodedTexts texts;

    Strings(JsonGenerator g, EncodedTexts texts) {
      this.g = g;
      this.texts = texts;
    }

    void value(String s) throws IOException {
      if (texts == null) {
        g.writeString(s);
      } else {
        texts.write(g, s);
      }
    }

    void field(SerializableString name, String s) throws IOException {
      g.writeFieldName(name);
      value(s);
    }

    void strings(SerializableString name, List<String> values) throws IOException {
      g.writeFieldName(name);
      g.writeStartArray();
      for (int i = 0, n = values.size(); i < n; i++) {
        value(values.get(i));
      }
      g.writeEndArray();
    }
  }

  /**
   * Reads advice written by {@link #write(Advice)} (stored advice, say, or a service's response).
   * Reading is strict like {@link ProfileJson}'s: unknown fields, wrong types and unknown enum values
   * are refused with the field's JSON path, line and column.
   *
   * @throws InvalidProfileException if the document is not advice of this contract (the exception's
   *     field names the place in the advice document)
   */
  public static Advice read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    try (JsonParser p = JsonCodec.FACTORY.createParser(json)) {
      return JsonCodec.document(p, parser -> new AdviceReading(parser).advice());
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
  }

  /**
   * Reads advice, the next value of a parser the caller owns, and leaves the parser on its closing
   * brace.
   *
   * @throws InvalidProfileException if the value is not advice of this contract
   * @throws IOException if the parser's input fails
   */
  public static Advice read(JsonParser parser) throws IOException {
    Objects.requireNonNull(parser, "parser must not be null");
    return JsonCodec.value(parser, p -> new AdviceReading(p).advice());
  }
}
