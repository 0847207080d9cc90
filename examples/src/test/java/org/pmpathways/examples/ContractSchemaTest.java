package org.pmpathways.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.Pathway;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleModifier;

/**
 * The JSON Schemas that ship in pm-pathways-core (org/pmpathways/schema) describe what the library
 * really reads and writes: the bundled profiles and their advice follow them, the schema and
 * {@link ProfileJson} refuse the same bad profiles and accept the same odd but valid ones, and the
 * schemas' enums are the Java enums.
 */
class ContractSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema PROFILE = schema("profile.schema.json");
  private static final Schema ADVICE = schema("advice.schema.json");
  private static final PathwayAdvisor ADVISOR = PathwayAdvisor.builder().build();

  private static final String TEXT_200_CHARS = "x".repeat(200);

  static Schema schema(String name) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = ProfileJson.class.getResourceAsStream("/org/pmpathways/schema/" + name)) {
      assertNotNull(in, name + " ships in pm-pathways-core");
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode schemaJson(String name) throws IOException {
    try (InputStream in = ProfileJson.class.getResourceAsStream("/org/pmpathways/schema/" + name)) {
      return MAPPER.readTree(in);
    }
  }

  static List<String> problems(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  @Test
  void everyBundledProfileFollowsTheProfileSchema() {
    for (SampleProfiles.Sample sample : SampleProfiles.all()) {
      assertEquals(List.of(), problems(PROFILE, sample.json()), sample.name());
    }
  }

  @Test
  void theAdviceForEveryBundledProfileFollowsTheAdviceSchema() {
    for (SampleProfiles.Sample sample : SampleProfiles.all()) {
      String advice = AdviceJson.write(ADVISOR.advise(ProfileJson.read(sample.json())));
      assertEquals(List.of(), problems(ADVICE, advice), sample.name());
      assertEquals(List.of(), problems(ADVICE, AdviceJson.writeCompact(ADVISOR.advise(ProfileJson.read(sample.json())))),
          sample.name() + ", compact");
    }
  }

  @Test
  void adviceWrittenWithoutItsExplanationFollowsTheAdviceSchema() throws IOException {
    for (SampleProfiles.Sample sample : SampleProfiles.all()) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      AdviceJson.writeCompact(ADVISOR.advise(ProfileJson.read(sample.json())), out, false);
      String advice = out.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(List.of(), problems(ADVICE, advice), sample.name());
      assertEquals(0, MAPPER.readTree(advice).get("explanation").size(), sample.name());
    }
  }

  /** Each of these breaks the advice contract in one place; the schema must notice every one. */
  static Stream<Arguments> brokenAdvice() {
    return Stream.of(
        Arguments.of("an unknown field", (Edit) a -> a.put("score", 3)),
        Arguments.of("a missing field", (Edit) a -> a.remove("warnings")),
        Arguments.of("an unknown role family", (Edit) a -> a.put("roleFamily", "CEO")),
        Arguments.of("a score above 100", (Edit) a -> ((ObjectNode) a.get("pathways").get(0)).put("score", 101)),
        Arguments.of("two pathways", (Edit) a -> a.withArray("pathways").remove(2)),
        Arguments.of("an action without rules", (Edit) a -> ((ObjectNode) a.get("actions").get(0)).remove("rules")),
        Arguments.of("priority 0", (Edit) a -> ((ObjectNode) a.get("actions").get(0)).put("priority", 0)),
        Arguments.of("an unknown level", (Edit) a -> ((ObjectNode) a.get("competencies").get(1)).put("level", "OK")),
        Arguments.of("two competencies", (Edit) a -> a.withArray("competencies").remove(0)),
        Arguments.of("facts that are not a list", (Edit) a -> ((ObjectNode) a.get("explanation").get(0)).put("facts", "x")),
        Arguments.of("no primary pathway but pathways", (Edit) a -> a.putNull("primaryPathway")));
  }

  interface Edit {
    void apply(ObjectNode advice);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenAdvice")
  void theAdviceSchemaRefusesAdviceThatBreaksTheContract(String what, Edit edit) throws IOException {
    String sample = SampleProfiles.all().get(0).json();
    ObjectNode advice = (ObjectNode) MAPPER.readTree(AdviceJson.write(ADVISOR.advise(ProfileJson.read(sample))));
    assertEquals(List.of(), problems(ADVICE, advice.toString()), "the advice as written");
    edit.apply(advice);
    assertFalse(problems(ADVICE, advice.toString()).isEmpty(), what + " must not pass");
  }

  /** Profiles the reader refuses; the schema must refuse each of them too. */
  static Stream<Arguments> invalidProfiles() {
    return Stream.of(
        Arguments.of("unknown field", "{\"role\":\"DEVELOPER\",\"yearsExperiance\":4,\"yearsExperience\":4}"),
        Arguments.of("unknown field in employer",
            "{\"role\":\"SALES\",\"yearsExperience\":4,\"employer\":{\"hasPMs\":true}}"),
        Arguments.of("unknown field in a side project",
            "{\"role\":\"SALES\",\"yearsExperience\":4,\"sideProjects\":[{\"kind\":\"WORKSHOP\",\"stage\":\"IDEA\",\"url\":\"x\"}]}"),
        Arguments.of("unknown role", "{\"role\":\"CEO\",\"yearsExperience\":4}"),
        Arguments.of("role in lower case", "{\"role\":\"developer\",\"yearsExperience\":4}"),
        Arguments.of("unknown project kind",
            "{\"role\":\"SALES\",\"yearsExperience\":4,\"sideProjects\":[{\"kind\":\"APP\",\"stage\":\"IDEA\"}]}"),
        Arguments.of("unknown pm-like work", "{\"role\":\"SALES\",\"yearsExperience\":4,\"pmLikeWork\":[\"SHIPPED\"]}"),
        Arguments.of("years above 60", "{\"role\":\"SALES\",\"yearsExperience\":61}"),
        Arguments.of("negative years", "{\"role\":\"SALES\",\"yearsExperience\":-1}"),
        Arguments.of("years not whole", "{\"role\":\"SALES\",\"yearsExperience\":2.5}"),
        Arguments.of("years as text", "{\"role\":\"SALES\",\"yearsExperience\":\"4\"}"),
        Arguments.of("years null", "{\"role\":\"SALES\",\"yearsExperience\":null}"),
        Arguments.of("years missing", "{\"role\":\"SALES\"}"),
        Arguments.of("negative contacts", "{\"role\":\"SALES\",\"yearsExperience\":4,\"pmContacts\":-1}"),
        Arguments.of("too many users",
            "{\"role\":\"SALES\",\"yearsExperience\":4,\"sideProjects\":[{\"kind\":\"WORKSHOP\",\"stage\":\"IDEA\",\"users\":1000000001}]}"),
        Arguments.of("negative revenue",
            "{\"role\":\"SALES\",\"yearsExperience\":4,\"sideProjects\":[{\"kind\":\"WORKSHOP\",\"stage\":\"IDEA\",\"revenue\":-5}]}"),
        Arguments.of("side project without stage",
            "{\"role\":\"SALES\",\"yearsExperience\":4,\"sideProjects\":[{\"kind\":\"WORKSHOP\"}]}"),
        Arguments.of("side project with a null kind",
            "{\"role\":\"SALES\",\"yearsExperience\":4,\"sideProjects\":[{\"kind\":null,\"stage\":\"IDEA\"}]}"),
        Arguments.of("neither role nor title", "{\"yearsExperience\":4}"),
        Arguments.of("a blank title and no role", "{\"title\":\"  \",\"yearsExperience\":4}"),
        Arguments.of("a null role and no title", "{\"role\":null,\"yearsExperience\":4}"),
        Arguments.of("skills as text", "{\"role\":\"SALES\",\"yearsExperience\":4,\"skills\":\"SQL\"}"),
        Arguments.of("a null skill", "{\"role\":\"SALES\",\"yearsExperience\":4,\"skills\":[null]}"),
        Arguments.of("an employer trait as text",
            "{\"role\":\"SALES\",\"yearsExperience\":4,\"employer\":{\"hasProductManagers\":\"yes\"}}"),
        Arguments.of("a title of 201 characters",
            "{\"title\":\"" + TEXT_200_CHARS + "y\",\"yearsExperience\":4}"),
        Arguments.of("101 skills", "{\"role\":\"SALES\",\"yearsExperience\":4,\"skills\":["
            + String.join(",", Collections.nCopies(101, "\"SQL\"")) + "]}"),
        Arguments.of("not an object", "[{\"role\":\"SALES\",\"yearsExperience\":4}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidProfiles")
  void theSchemaAndTheReaderRefuseTheSameProfiles(String what, String json) {
    assertThrows(InvalidProfileException.class, () -> ProfileJson.read(json), "the reader refuses " + what);
    assertFalse(problems(PROFILE, json).isEmpty(), "the schema refuses " + what);
  }

  /** Odd but valid profiles: the reader accepts each; the schema must accept each too. */
  static Stream<Arguments> validProfiles() {
    return Stream.of(
        Arguments.of("only a title", "{\"title\":\"Nurse\",\"yearsExperience\":0}"),
        Arguments.of("a null role beside a title", "{\"title\":\"Nurse\",\"role\":null,\"yearsExperience\":0}"),
        Arguments.of("a blank title beside a role", "{\"title\":\" \",\"role\":\"OTHER\",\"yearsExperience\":60}"),
        Arguments.of("years written 4.0", "{\"role\":\"SALES\",\"yearsExperience\":4.0}"),
        Arguments.of("every optional field null", "{\"id\":null,\"role\":\"SALES\",\"yearsExperience\":4,"
            + "\"skills\":null,\"sideProjects\":null,\"certifications\":null,\"employer\":null,\"pmContacts\":null,"
            + "\"informationalInterviews\":null,\"pmLikeWork\":null}"),
        Arguments.of("an empty employer", "{\"role\":\"SALES\",\"yearsExperience\":4,\"employer\":{}}"),
        Arguments.of("a null employer trait",
            "{\"role\":\"SALES\",\"yearsExperience\":4,\"employer\":{\"hasProductManagers\":null}}"),
        Arguments.of("empty lists", "{\"role\":\"SALES\",\"yearsExperience\":4,\"skills\":[],\"sideProjects\":[]}"),
        Arguments.of("a side project at the limits", "{\"role\":\"SALES\",\"yearsExperience\":4,\"sideProjects\":"
            + "[{\"name\":null,\"kind\":\"OTHER\",\"stage\":\"LAUNCHED\",\"users\":1000000000,\"revenue\":12.5}]}"),
        Arguments.of("a title of 200 characters", "{\"title\":\"" + TEXT_200_CHARS + "\",\"yearsExperience\":4}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validProfiles")
  void theSchemaAndTheReaderAcceptTheSameProfiles(String what, String json) {
    ProfileJson.read(json);
    assertEquals(List.of(), problems(PROFILE, json), what);
  }

  /** The one known difference, documented in docs/contract.md: the reader counts UTF-16 code units. */
  @Test
  void theSchemaCountsCharactersWhereTheReaderCountsUtf16Units() {
    String json = "{\"title\":\"" + "\uD83D\uDE80".repeat(150) + "\",\"yearsExperience\":4}";
    assertEquals(List.of(), problems(PROFILE, json), "150 characters are within the schema's 200");
    InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(json));
    assertEquals("title", e.field());
  }

  @Test
  void theSchemasEnumsAreTheJavaEnums() throws IOException {
    JsonNode profile = schemaJson("profile.schema.json");
    JsonNode advice = schemaJson("advice.schema.json");
    List<String> roles = names(RoleFamily.values());
    List<String> rolesOrNull = new ArrayList<>(roles);
    rolesOrNull.remove(RoleFamily.UNKNOWN.name()); // an answer of title reading, never a profile's role
    rolesOrNull.add(null);
    assertEquals(rolesOrNull, values(profile.at("/properties/role/enum")));
    assertEquals(roles, values(advice.at("/$defs/roleFamily/enum")));
    assertEquals(names(ProjectKind.values()), values(profile.at("/$defs/sideProject/properties/kind/enum")));
    assertEquals(names(ProjectStage.values()), values(profile.at("/$defs/sideProject/properties/stage/enum")));
    assertEquals(names(PmLikeWork.values()), values(profile.at("/properties/pmLikeWork/items/enum")));
    assertEquals(names(Pathway.values()), values(advice.at("/$defs/pathway/enum")));
    assertEquals(names(Competency.values()), values(advice.at("/$defs/competency/enum")));
    assertEquals(names(CompetencyLevel.values()), values(advice.at("/$defs/competencyRating/properties/level/enum")));
    assertEquals(names(TitleModifier.values()), values(advice.at("/properties/titleReading/properties/modifiers/items/enum")));
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  private static List<String> values(JsonNode array) {
    assertTrue(array.isArray(), "an enum in the schema");
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.isNull() ? null : v.asText()));
    return out;
  }
}
