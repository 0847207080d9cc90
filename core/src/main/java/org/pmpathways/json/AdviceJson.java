package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
  private AdviceJson() {}

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
    Objects.requireNonNull(advice, "advice must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try (JsonGenerator g = JsonCodec.generator(out, false)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(advice, g);
    }
  }

  /**
   * Writes the advice as the next value of a generator the caller owns (a host's own Jackson
   * generator, with its own layout and escaping).
   *
   * @throws IOException if the generator's output fails
   */
  public static void write(Advice advice, JsonGenerator g) throws IOException {
    Objects.requireNonNull(advice, "advice must not be null");
    Objects.requireNonNull(g, "generator must not be null");
    g.writeStartObject();
    g.writeStringField("profileId", advice.profileId());
    g.writeStringField("roleFamily", advice.roleFamily().name());
    // Additions to the contract: how the title was read (only when the profile has a title), and the
    // skills the vocabulary could not place (only when there are any).
    TitleReading t = advice.titleReading();
    if (t != null) {
      g.writeObjectFieldStart("titleReading");
      g.writeStringField("title", t.title());
      g.writeStringField("family", t.family().name());
      g.writeFieldName("confidence");
      g.writeNumber(BigDecimal.valueOf(t.confidence()).stripTrailingZeros());
      g.writeStringField("matchedLabel", t.matchedLabel());
      g.writeStringField("source", t.source());
      g.writeArrayFieldStart("modifiers");
      for (TitleModifier modifier : t.modifiers()) {
        g.writeString(modifier.name());
      }
      g.writeEndArray();
      strings(g, "seniority", t.seniority());
      g.writeStringField("reason", t.reason());
      g.writeEndObject();
    }
    if (!advice.unreadSkills().isEmpty()) {
      strings(g, "unreadSkills", advice.unreadSkills());
    }
    g.writeStringField("primaryPathway", name(advice.primaryPathway()));
    g.writeArrayFieldStart("pathways");
    for (PathwayScore p : advice.pathways()) {
      g.writeStartObject();
      g.writeStringField("pathway", p.pathway().name());
      g.writeNumberField("score", p.score());
      strings(g, "reasons", p.reasons());
      strings(g, "rules", p.rules());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("actions");
    for (Action a : advice.actions()) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("pathway", name(a.pathway()));
      g.writeStringField("competency", name(a.competency()));
      g.writeNumberField("priority", a.priority());
      g.writeStringField("title", a.title());
      g.writeStringField("detail", a.detail());
      strings(g, "because", a.because());
      strings(g, "rules", a.rules());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("competencies");
    for (CompetencyRating c : advice.competencies()) {
      g.writeStartObject();
      g.writeStringField("competency", c.competency().name());
      g.writeStringField("level", c.level().name());
      strings(g, "evidence", c.evidence());
      strings(g, "rules", c.rules());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (Warning w : advice.warnings()) {
      g.writeStartObject();
      g.writeStringField("id", w.id());
      g.writeStringField("message", w.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("explanation");
    for (Explanation e : advice.explanation()) {
      g.writeStartObject();
      g.writeStringField("rule", e.rule());
      g.writeStringField("effect", e.effect());
      strings(g, "facts", e.facts());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
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
