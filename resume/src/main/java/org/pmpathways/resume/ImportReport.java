package org.pmpathways.resume;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an import read from a résumé and what it could not: each value taken into a profile field
 * with the place it came from ({@code work[2].position -> title}), each value ignored and why, each
 * value that could not be read and why, the assumptions made, the rule that chose the current role
 * and the facts the résumé could not give.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportReport {

  /** The kind of document imported. Immutable and thread-safe. */
  public enum Format { JSON_RESUME, LINKEDIN_EXPORT }

  /** What happened to one value of the résumé. Immutable and thread-safe. */
  public enum Outcome {
    /** Read into a profile field as it was. */
    READ,
    /** Read into a profile field with a guess or a default the host may want to check. */
    ASSUMED,
    /** Left out on purpose: the profile has no field for it, or a limit was reached. */
    IGNORED,
    /** Could not be read; the detail says why. */
    UNREADABLE
  }

  /**
   * One line of the report.
   *
   * <p>Immutable and thread-safe.
   *
   * @param outcome what happened to the value
   * @param source where it was in the résumé: a JSON path ({@code work[2].startDate}) or a file, row
   *     and column ({@code Positions.csv[3].Started On})
   * @param field the profile field it went to ({@code title}, {@code skills[4]}); empty when it went nowhere
   * @param detail the value as read, or the reason it was ignored or unreadable
   */
  public record Entry(Outcome outcome, String source, String field, String detail) {
    public Entry {
      Objects.requireNonNull(outcome, "outcome must not be null");
      Objects.requireNonNull(source, "source must not be null");
      Objects.requireNonNull(field, "field must not be null");
      Objects.requireNonNull(detail, "detail must not be null");
    }

    @Override
    public String toString() {
      return outcome + " " + source + (field.isEmpty() ? "" : " -> " + field) + ": " + detail;
    }
  }

  private final Format format;
  private final LocalDate asOf;
  private final String currentRoleRule;
  private final List<Entry> entries;
  private final List<UnknownFact> unknownFacts;

  ImportReport(Format format, LocalDate asOf, String currentRoleRule, List<Entry> entries,
      List<UnknownFact> unknownFacts) {
    this.format = format;
    this.asOf = asOf;
    this.currentRoleRule = currentRoleRule;
    this.entries = List.copyOf(entries);
    this.unknownFacts = List.copyOf(unknownFacts);
  }

  /** The kind of document imported. */
  public Format format() {
    return format;
  }

  /** The day open-ended jobs ("present") were counted up to. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The rule that chose the current role, such as "open-ended entry with the latest start:
   * work[2]"; empty when the résumé lists no job.
   */
  public String currentRoleRule() {
    return currentRoleRule;
  }

  /** Every line of the report, in the order the résumé was read. */
  public List<Entry> entries() {
    return entries;
  }

  /** The lines with one outcome. */
  public List<Entry> entries(Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).toList();
  }

  /** What the host should look at before trusting the profile: assumptions and unreadable values. */
  public List<Entry> warnings() {
    return entries.stream().filter(e -> e.outcome() == Outcome.ASSUMED || e.outcome() == Outcome.UNREADABLE).toList();
  }

  /** The facts the advice uses that the résumé could not give, in {@link UnknownFact} order. */
  public List<UnknownFact> unknownFacts() {
    return unknownFacts;
  }

  /** The report as JSON: an object with format, asOf, currentRoleRule, entries and unknownFacts. */
  public String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", format.name());
      json.writeStringField("asOf", asOf.toString());
      json.writeStringField("currentRoleRule", currentRoleRule);
      json.writeArrayFieldStart("entries");
      for (Entry e : entries) {
        json.writeStartObject();
        json.writeStringField("outcome", e.outcome().name());
        json.writeStringField("source", e.source());
        json.writeStringField("field", e.field());
        json.writeStringField("detail", e.detail());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("unknownFacts");
      for (UnknownFact fact : unknownFacts) {
        json.writeString(fact.name());
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The report as text for people, grouped by outcome. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Imported from ").append(format == Format.JSON_RESUME ? "a JSON Resume" : "a LinkedIn data export")
        .append(", dates counted up to ").append(asOf).append('\n');
    out.append("Current role: ").append(currentRoleRule.isEmpty() ? "none (no job listed)" : currentRoleRule)
        .append('\n');
    section(out, "Read", Outcome.READ);
    section(out, "Assumed (check these)", Outcome.ASSUMED);
    section(out, "Could not read", Outcome.UNREADABLE);
    section(out, "Ignored", Outcome.IGNORED);
    if (!unknownFacts.isEmpty()) {
      out.append("Unknown (a résumé cannot say; ask the candidate):\n");
      for (UnknownFact fact : unknownFacts) {
        out.append("  - ").append(fact.name()).append('\n');
      }
    }
    return out.toString();
  }

  private void section(StringBuilder out, String heading, Outcome outcome) {
    List<Entry> lines = entries(outcome);
    if (lines.isEmpty()) {
      return;
    }
    out.append(heading).append(":\n");
    for (Entry e : lines) {
      out.append("  - ").append(e.source());
      if (!e.field().isEmpty()) {
        out.append(" -> ").append(e.field());
      }
      out.append(": ").append(e.detail()).append('\n');
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportReport r && format == r.format && asOf.equals(r.asOf)
        && currentRoleRule.equals(r.currentRoleRule) && entries.equals(r.entries) && unknownFacts.equals(r.unknownFacts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, asOf, currentRoleRule, entries, unknownFacts);
  }

  @Override
  public String toString() {
    return "ImportReport(" + format + ", " + entries.size() + " entries, unknown " + unknownFacts + ")";
  }
}
