package org.pmpathways.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProfileLimits;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.profile.SideProject;

/**
 * Reads a profile from the JSON of the contract. Reading is strict: malformed JSON, unknown or
 * duplicate fields, wrong types, out-of-range numbers and unknown enum values are refused with an
 * {@link InvalidProfileException} that names the field by its JSON path and gives the line and
 * column. A JSON {@code null} counts as an absent field.
 *
 * <pre>{@code
 * Profile profile = ProfileJson.read("{\"role\": \"DEVELOPER\", \"yearsExperience\": 4}");
 * }</pre>
 *
 * <p>Thread-safe: the methods are static and keep no state.
 */
public final class ProfileJson {
  /** The largest profile document read, in characters. */
  public static final int MAX_DOCUMENT_CHARS = 1 << 20;
  /** The largest profile document read, in UTF-8 bytes: four for each character at the most. */
  public static final int MAX_DOCUMENT_BYTES = 4 * MAX_DOCUMENT_CHARS;

  private static final Set<String> PROFILE_FIELDS = Set.of("id", "title", "role", "yearsExperience", "skills",
      "sideProjects", "certifications", "employer", "pmContacts", "informationalInterviews", "pmLikeWork");
  private static final Set<String> PROJECT_FIELDS = Set.of("name", "kind", "stage", "users", "revenue",
      "problemDefined", "userResearch", "successMetrics");
  private static final Set<String> EMPLOYER_FIELDS = Set.of("buildsDigitalProducts", "hasProductManagers",
      "formalProductProcess");

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
    return profile(JsonParser.parse(json));
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
    try {
      return read(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString());
    } catch (CharacterCodingException e) {
      throw new InvalidProfileException("", "is not valid UTF-8");
    }
  }

  /**
   * Reads one profile from a reader, which is read to its end but not closed.
   *
   * @throws InvalidProfileException if the document is not a valid profile or is too large
   * @throws IOException if the reader fails
   */
  public static Profile read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = reader.read(buf)) != -1) {
      sb.append(buf, 0, n);
      if (sb.length() > MAX_DOCUMENT_CHARS) {
        throw new InvalidProfileException("", "is larger than " + MAX_DOCUMENT_CHARS + " characters");
      }
    }
    return read(sb.toString());
  }

  private static Profile profile(JsonNode root) {
    Map<String, JsonNode> f = object(root, "");
    Profile.Builder b = Profile.builder();
    optional(f, "id", n -> b.id(string(n, "id")));
    optional(f, "title", n -> b.title(string(n, "title")));
    optional(f, "role", n -> b.role(enumValue(n, "role", RoleFamily.class)));
    optional(f, "yearsExperience", n -> b.yearsExperience(wholeNumber(n, "yearsExperience", 0, ProfileLimits.MAX_YEARS)));
    optional(f, "skills", n -> b.skills(list(n, "skills", ProfileJson::string)));
    optional(f, "sideProjects", n -> b.sideProjects(list(n, "sideProjects", ProfileJson::sideProject)));
    optional(f, "certifications", n -> b.certifications(list(n, "certifications", ProfileJson::string)));
    optional(f, "employer", n -> b.employer(employer(n)));
    optional(f, "pmContacts", n -> b.pmContacts(wholeNumber(n, "pmContacts", 0, ProfileLimits.MAX_COUNT)));
    optional(f, "informationalInterviews",
        n -> b.informationalInterviews(wholeNumber(n, "informationalInterviews", 0, ProfileLimits.MAX_COUNT)));
    optional(f, "pmLikeWork",
        n -> b.pmLikeWork(list(n, "pmLikeWork", (e, path) -> enumValue(e, path, PmLikeWork.class))));
    try {
      return b.build();
    } catch (InvalidProfileException e) {
      throw e.line() > 0 ? e : e.at(root.line(), root.column());
    }
  }

  private static SideProject sideProject(JsonNode node, String path) {
    Map<String, JsonNode> f = object(node, path);
    SideProject.Builder b = SideProject.builder();
    optional(f, "name", n -> b.name(string(n, path + ".name")));
    optional(f, "kind", n -> b.kind(enumValue(n, path + ".kind", ProjectKind.class)));
    optional(f, "stage", n -> b.stage(enumValue(n, path + ".stage", ProjectStage.class)));
    optional(f, "users", n -> b.users(wholeNumberLong(n, path + ".users", 0, ProfileLimits.MAX_COUNT)));
    optional(f, "revenue", n -> b.revenue(decimal(n, path + ".revenue")));
    optional(f, "problemDefined", n -> b.problemDefined(bool(n, path + ".problemDefined")));
    optional(f, "userResearch", n -> b.userResearch(bool(n, path + ".userResearch")));
    optional(f, "successMetrics", n -> b.successMetrics(bool(n, path + ".successMetrics")));
    try {
      return b.build();
    } catch (InvalidProfileException e) {
      throw e.under(path).at(node.line(), node.column());
    }
  }

  private static Employer employer(JsonNode node) {
    Map<String, JsonNode> f = object(node, "employer");
    boolean[] traits = new boolean[3];
    optional(f, "buildsDigitalProducts", n -> traits[0] = bool(n, "employer.buildsDigitalProducts"));
    optional(f, "hasProductManagers", n -> traits[1] = bool(n, "employer.hasProductManagers"));
    optional(f, "formalProductProcess", n -> traits[2] = bool(n, "employer.formalProductProcess"));
    return Employer.of(traits[0], traits[1], traits[2]);
  }

  private static Map<String, JsonNode> object(JsonNode node, String path) {
    if (node.type() != JsonNode.Type.OBJECT) {
      throw wrongType(node, path, "an object");
    }
    Set<String> known = switch (path) {
      case "" -> PROFILE_FIELDS;
      case "employer" -> EMPLOYER_FIELDS;
      default -> PROJECT_FIELDS;
    };
    for (Map.Entry<String, JsonNode> e : node.fields().entrySet()) {
      if (!known.contains(e.getKey())) {
        String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        throw new InvalidProfileException(field,
            "is not a known field; known fields here: " + known.stream().sorted().toList(), List.of(),
            e.getValue().line(), e.getValue().column());
      }
    }
    return node.fields();
  }

  private static void optional(Map<String, JsonNode> fields, String name, Consumer<JsonNode> use) {
    JsonNode n = fields.get(name);
    if (n != null && n.type() != JsonNode.Type.NULL) {
      use.accept(n);
    }
  }

  private interface ElementReader<T> {
    T read(JsonNode node, String path);
  }

  private static <T> List<T> list(JsonNode node, String path, ElementReader<T> element) {
    if (node.type() != JsonNode.Type.ARRAY) {
      throw wrongType(node, path, "an array");
    }
    List<JsonNode> elements = node.elements();
    if (elements.size() > ProfileLimits.MAX_LIST_SIZE) {
      throw new InvalidProfileException(path,
          "must have at most " + ProfileLimits.MAX_LIST_SIZE + " entries, had " + elements.size(), List.of(),
          node.line(), node.column());
    }
    List<T> out = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      out.add(element.read(elements.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  private static String string(JsonNode node, String path) {
    if (node.type() != JsonNode.Type.STRING) {
      throw wrongType(node, path, "a string");
    }
    String s = node.text();
    if (s.length() > ProfileLimits.MAX_TEXT_LENGTH) {
      throw new InvalidProfileException(path,
          "must be at most " + ProfileLimits.MAX_TEXT_LENGTH + " characters, was " + s.length(), List.of(),
          node.line(), node.column());
    }
    return s;
  }

  private static boolean bool(JsonNode node, String path) {
    if (node.type() != JsonNode.Type.BOOLEAN) {
      throw wrongType(node, path, "true or false");
    }
    return node.bool();
  }

  private static int wholeNumber(JsonNode node, String path, long min, long max) {
    return Math.toIntExact(wholeNumberLong(node, path, min, max));
  }

  private static long wholeNumberLong(JsonNode node, String path, long min, long max) {
    if (node.type() != JsonNode.Type.NUMBER) {
      throw wrongType(node, path, "a whole number");
    }
    BigDecimal value = number(node, path, min, max);
    BigDecimal whole;
    try {
      whole = value.stripTrailingZeros();
      if (whole.scale() > 0) {
        throw new InvalidProfileException(path, "must be a whole number, was " + node.number(), List.of(),
            node.line(), node.column());
      }
    } catch (ArithmeticException e) {
      throw new InvalidProfileException(path, "must be a whole number, was " + node.number(), List.of(),
          node.line(), node.column());
    }
    if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new InvalidProfileException(path, "must be between " + min + " and " + max + ", was " + node.number(),
          List.of(), node.line(), node.column());
    }
    return whole.longValueExact();
  }

  private static double decimal(JsonNode node, String path) {
    if (node.type() != JsonNode.Type.NUMBER) {
      throw wrongType(node, path, "a number");
    }
    BigDecimal value = number(node, path, 0, (long) ProfileLimits.MAX_REVENUE);
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(ProfileLimits.MAX_REVENUE)) > 0) {
      throw new InvalidProfileException(path,
          "must be between 0 and " + (long) ProfileLimits.MAX_REVENUE + ", was " + node.number(),
          List.of(), node.line(), node.column());
    }
    return value.doubleValue();
  }

  /** The number's value; a literal whose exponent is beyond what can be represented is out of range. */
  private static BigDecimal number(JsonNode node, String path, long min, long max) {
    try {
      return new BigDecimal(node.number());
    } catch (NumberFormatException e) {
      throw new InvalidProfileException(path, "must be between " + min + " and " + max + ", was " + node.number(),
          List.of(), node.line(), node.column());
    }
  }

  private static <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type) {
    List<String> allowed = InvalidProfileException.namesOf(type);
    if (node.type() != JsonNode.Type.STRING) {
      throw new InvalidProfileException(path, "must be one of " + allowed + ", was " + node.type().description,
          allowed, node.line(), node.column());
    }
    String name = node.text();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new InvalidProfileException(path, "must be one of " + allowed + ", was \"" + printable(name) + "\"",
        allowed, node.line(), node.column());
  }

  private static InvalidProfileException wrongType(JsonNode node, String path, String expected) {
    return new InvalidProfileException(path, "must be " + expected + ", was " + node.type().description,
        List.of(), node.line(), node.column());
  }

  /** A value quoted back in an error, shortened and with control characters shown as escapes. */
  static String printable(String s) {
    String shortened = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    StringBuilder sb = new StringBuilder();
    shortened.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
        sb.append(String.format("\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
