package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.profile.CompletedAction;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProfileLimits;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;

/**
 * Reads and writes a profile as the JSON of the contract (see {@code profile.schema.json}).
 *
 * <p>Reading is strict and streaming: malformed JSON, unknown or duplicate fields, wrong types,
 * out-of-range numbers and unknown enum values are refused with an {@link InvalidProfileException}
 * that names the field by its JSON path and gives the line and column. A JSON {@code null} counts as
 * an absent field. The input is bounded: at most {@link #MAX_DOCUMENT_CHARS} characters (or
 * {@link #MAX_DOCUMENT_BYTES} bytes) and {@value JsonCodec#MAX_DEPTH} levels of nesting.
 *
 * <pre>{@code
 * Profile profile = ProfileJson.read("{\"role\": \"DEVELOPER\", \"yearsExperience\": 4}");
 * String json = ProfileJson.write(profile);
 * }</pre>
 *
 * <p>Thread-safe: the methods are static and keep no state.
 */
public final class ProfileJson {
  /** The largest profile document read, in characters. */
  public static final int MAX_DOCUMENT_CHARS = 1 << 20;
  /** The largest profile document read, in UTF-8 bytes: four for each character at the most. */
  public static final int MAX_DOCUMENT_BYTES = 4 * MAX_DOCUMENT_CHARS;

  private static final List<String> PROFILE_FIELDS = List.of("id", "title", "role", "yearsExperience", "skills",
      "sideProjects", "certifications", "employer", "pmContacts", "informationalInterviews", "pmLikeWork",
      "completedActions");
  private static final List<String> PROJECT_FIELDS = List.of("name", "kind", "stage", "users", "revenue",
      "problemDefined", "userResearch", "successMetrics");
  private static final List<String> COMPLETED_FIELDS = List.of("id", "evidence");
  private static final List<String> EMPLOYER_FIELDS = List.of("buildsDigitalProducts", "hasProductManagers",
      "formalProductProcess");

  /** What reading a title may answer but a profile never gives as its role. */
  private static final Set<RoleFamily> NOT_A_ROLE = Set.of(RoleFamily.UNKNOWN);

  private ProfileJson() {}

  /**
   * Reads one profile from a JSON document.
   *
   * @throws InvalidProfileException if the document is not a valid profile
   */
  public static Profile read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    if (json.length() > MAX_DOCUMENT_CHARS) {
      throw new InvalidProfileException("", "is larger than " + MAX_DOCUMENT_CHARS + " characters");
    }
    try (JsonParser p = JsonCodec.FACTORY.createParser(json)) {
      return readDocument(p);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
  }

  /**
   * Reads one profile from UTF-8 bytes. Bytes that are not valid UTF-8 are refused, never replaced.
   *
   * @throws InvalidProfileException if the bytes are not UTF-8 or not a valid profile
   */
  public static Profile read(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8 must not be null");
    if (utf8.length > MAX_DOCUMENT_BYTES) {
      throw new InvalidProfileException("", "is larger than " + MAX_DOCUMENT_BYTES + " bytes");
    }
    JsonCodec.requireUtf8(utf8, utf8.length);
    try (JsonParser p = JsonCodec.FACTORY.createParser(utf8)) {
      return readDocument(p);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from bytes failed", e);
    }
  }

  /**
   * Reads one profile from a reader, which is not closed; it may be read past the end of the document.
   *
   * @throws InvalidProfileException if the document is not a valid profile or is too large
   * @throws IOException if the reader fails
   */
  public static Profile read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    try (JsonParser p = JsonCodec.FACTORY.createParser(new Bounded(reader))) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return readDocument(p);
    }
  }

  /**
   * Reads one profile from UTF-8 bytes in a stream, which is not closed. The stream may be read past
   * the end of the document (it is read in buffers): give it a stream that holds the one document.
   *
   * @throws InvalidProfileException if the document is not a valid profile or is too large
   * @throws IOException if the stream fails
   */
  public static Profile read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    BufferedInputStream buffered = new BufferedInputStream(in, 8192);
    buffered.mark(4);
    byte[] start = buffered.readNBytes(4);
    buffered.reset();
    JsonCodec.requireUtf8(start, start.length);
    try (JsonParser p = JsonCodec.FACTORY.createParser(buffered)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return readDocument(p);
    }
  }

  /**
   * Reads one profile, the next value of a parser the caller owns (a host's own Jackson parser, say),
   * and leaves the parser on the profile's closing brace. Positions in errors are the parser's, and
   * so are the bounds on its input (its factory's {@code StreamReadConstraints}): give it a factory
   * with bounds like this class's if the input is not trusted.
   *
   * @throws InvalidProfileException if the value is not a valid profile
   * @throws IOException if the parser's input fails
   */
  public static Profile read(JsonParser parser) throws IOException {
    Objects.requireNonNull(parser, "parser must not be null");
    return JsonCodec.value(parser, p -> new Reading(p).profile());
  }

  private static Profile readDocument(JsonParser p) throws IOException {
    return JsonCodec.document(p, parser -> new Reading(parser).profile());
  }

  /** The profile as indented JSON (two spaces), ending without a newline; absent fields are left out. */
  public static String write(Profile profile) {
    Objects.requireNonNull(profile, "profile must not be null");
    return JsonCodec.write(true, 512, g -> write(profile, g));
  }

  /**
   * Writes the profile as the next value of a generator the caller owns; absent optional fields are
   * left out, so what is written reads back to an equal profile.
   *
   * @throws IOException if the generator's output fails
   */
  public static void write(Profile profile, JsonGenerator g) throws IOException {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(g, "generator must not be null");
    g.writeStartObject();
    if (profile.id().isPresent()) {
      g.writeStringField("id", profile.id().get());
    }
    if (profile.title().isPresent()) {
      g.writeStringField("title", profile.title().get());
    }
    if (profile.role().isPresent()) {
      g.writeStringField("role", profile.role().get().name());
    }
    g.writeNumberField("yearsExperience", profile.yearsExperience());
    strings(g, "skills", profile.skills());
    g.writeArrayFieldStart("sideProjects");
    for (SideProject s : profile.sideProjects()) {
      g.writeStartObject();
      if (!s.name().isEmpty()) {
        g.writeStringField("name", s.name());
      }
      g.writeStringField("kind", s.kind().name());
      g.writeStringField("stage", s.stage().name());
      g.writeNumberField("users", s.users());
      g.writeFieldName("revenue");
      writeAmount(g, s.revenue());
      g.writeBooleanField("problemDefined", s.problemDefined());
      g.writeBooleanField("userResearch", s.userResearch());
      g.writeBooleanField("successMetrics", s.successMetrics());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "certifications", profile.certifications());
    if (profile.employer().isPresent()) {
      Employer e = profile.employer().get();
      g.writeObjectFieldStart("employer");
      g.writeBooleanField("buildsDigitalProducts", e.buildsDigitalProducts());
      g.writeBooleanField("hasProductManagers", e.hasProductManagers());
      g.writeBooleanField("formalProductProcess", e.formalProductProcess());
      g.writeEndObject();
    }
    g.writeNumberField("pmContacts", profile.pmContacts());
    g.writeNumberField("informationalInterviews", profile.informationalInterviews());
    g.writeArrayFieldStart("pmLikeWork");
    for (PmLikeWork w : profile.pmLikeWork()) {
      g.writeString(w.name());
    }
    g.writeEndArray();
    if (!profile.completedActions().isEmpty()) {
      g.writeArrayFieldStart("completedActions");
      for (CompletedAction done : profile.completedActions()) {
        g.writeStartObject();
        g.writeStringField("id", done.id());
        if (done.evidence() != null) {
          g.writeStringField("evidence", done.evidence());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Whole amounts without a fraction ({@code 1200}, not {@code 1200.0}), others as they are. */
  private static void writeAmount(JsonGenerator g, double amount) throws IOException {
    if (amount == Math.rint(amount) && Math.abs(amount) < 1e15) {
      g.writeNumber((long) amount);
    } else {
      g.writeNumber(amount);
    }
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static final StrictReader.Choice<RoleFamily> ROLES = StrictReader.Choice.without(RoleFamily.class, NOT_A_ROLE);
  private static final StrictReader.Choice<ProjectKind> KINDS = StrictReader.Choice.of(ProjectKind.class);
  private static final StrictReader.Choice<ProjectStage> STAGES = StrictReader.Choice.of(ProjectStage.class);
  private static final StrictReader.Choice<PmLikeWork> WORK = StrictReader.Choice.of(PmLikeWork.class);

  /** Reads one profile from a parser standing on its first token, each value straight into the builder. */
  private static final class Reading {
    private final StrictReader in;

    Reading(JsonParser p) {
      this.in = new StrictReader(p);
    }

    Profile profile() throws IOException {
      long start = in.position();
      Profile.Builder b = Profile.builder();
      in.fields(PROFILE_FIELDS, (name, index) -> {
        switch (name) {
          case "id" -> b.id(in.shortText());
          case "title" -> b.title(in.shortText());
          case "role" -> b.role(in.enumValue(ROLES));
          case "yearsExperience" -> b.yearsExperience((int) in.wholeNumber(0, ProfileLimits.MAX_YEARS));
          case "skills" -> in.elements(true, () -> b.skill(in.shortText()));
          case "sideProjects" -> in.elements(true, () -> b.sideProject(sideProject()));
          case "certifications" -> in.elements(true, () -> b.certification(in.shortText()));
          case "employer" -> b.employer(employer());
          case "pmContacts" -> b.pmContacts((int) in.wholeNumber(0, ProfileLimits.MAX_COUNT));
          case "informationalInterviews" -> b.informationalInterviews((int) in.wholeNumber(0, ProfileLimits.MAX_COUNT));
          case "pmLikeWork" -> in.elements(true, () -> b.pmLikeWork(in.enumValue(WORK)));
          case "completedActions" -> in.elements(true, () -> b.completedAction(completedAction()));
          default -> throw new IllegalStateException("no reader for the field " + name);
        }
      });
      try {
        return b.build();
      } catch (InvalidProfileException e) {
        throw e.line() > 0 ? e : e.at(StrictReader.line(start), StrictReader.column(start));
      }
    }

    private SideProject sideProject() throws IOException {
      long start = in.position();
      SideProject.Builder b = SideProject.builder();
      in.fields(PROJECT_FIELDS, (name, index) -> {
        switch (name) {
          case "name" -> b.name(in.shortText());
          case "kind" -> b.kind(in.enumValue(KINDS));
          case "stage" -> b.stage(in.enumValue(STAGES));
          case "users" -> b.users(in.wholeNumber(0, ProfileLimits.MAX_COUNT));
          case "revenue" -> b.revenue(in.number(0, ProfileLimits.MAX_REVENUE));
          case "problemDefined" -> b.problemDefined(in.bool());
          case "userResearch" -> b.userResearch(in.bool());
          case "successMetrics" -> b.successMetrics(in.bool());
          default -> throw new IllegalStateException("no reader for the field " + name);
        }
      });
      try {
        return b.build();
      } catch (InvalidProfileException e) {
        throw e.under(in.path()).at(StrictReader.line(start), StrictReader.column(start));
      }
    }

    private CompletedAction completedAction() throws IOException {
      long start = in.position();
      String[] v = new String[COMPLETED_FIELDS.size()];
      in.fields(COMPLETED_FIELDS, (name, index) -> v[index] = in.shortText());
      if (v[0] == null) {
        throw new InvalidProfileException(in.path("id"), "is required (the id of the completed action, as the advice gave it)")
            .at(StrictReader.line(start), StrictReader.column(start));
      }
      return new CompletedAction(v[0], v[1]);
    }

    private Employer employer() throws IOException {
      boolean[] traits = new boolean[EMPLOYER_FIELDS.size()];
      in.fields(EMPLOYER_FIELDS, (name, index) -> traits[index] = in.bool());
      return Employer.of(traits[0], traits[1], traits[2]);
    }
  }

  /**
   * A reader that refuses more than {@link #MAX_DOCUMENT_CHARS} characters: the parser's own bound
   * counts bytes for byte input and characters for character input, and is set for bytes.
   */
  private static final class Bounded extends Reader {
    private final Reader in;
    private long read;

    Bounded(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      // One character past the bound is read, to tell a document of exactly the bound from a longer one.
      int n = in.read(buffer, offset, (int) Math.min(length, MAX_DOCUMENT_CHARS + 1L - read));
      if (n > 0) {
        read += n;
        if (read > MAX_DOCUMENT_CHARS) {
          throw new InvalidProfileException("", "is larger than " + MAX_DOCUMENT_CHARS + " characters");
        }
      }
      return n;
    }

    @Override
    public void close() {
      // the caller's reader is the caller's to close
    }
  }
}
