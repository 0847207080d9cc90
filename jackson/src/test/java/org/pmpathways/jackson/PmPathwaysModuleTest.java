package org.pmpathways.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;

class PmPathwaysModuleTest {
  private static final String PROFILE = """
      {"id": "ana", "title": "Senior Marketing Manager", "yearsExperience": 6,
       "skills": ["launch strategy"], "certifications": ["PMP"],
       "sideProjects": [{"name": "Shift swap", "kind": "NO_CODE_APP", "stage": "LAUNCHED", "users": 600}],
       "employer": {"buildsDigitalProducts": true, "hasProductManagers": true, "formalProductProcess": false},
       "pmContacts": 1, "pmLikeWork": ["PRIORITIZED_BACKLOG"]}
      """;

  private static PathwayAdvisor advisor;
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new PmPathwaysModule());

  /** A host's own request type with a profile inside it. */
  record AdviceRequest(String requestId, Profile profile) {}

  @BeforeAll
  static void buildAdvisor() {
    advisor = PathwayAdvisor.builder().build();
  }

  @Test
  void readsAProfileAsTheLibraryDoes() throws Exception {
    assertEquals(ProfileJson.read(PROFILE), mapper.readValue(PROFILE, Profile.class));
  }

  @Test
  void readsAProfileInsideTheHostsOwnType() throws Exception {
    AdviceRequest request = mapper.readValue("{\"requestId\": \"r1\", \"profile\": " + PROFILE + "}",
        AdviceRequest.class);
    assertEquals("r1", request.requestId());
    assertEquals(ProfileJson.read(PROFILE), request.profile());
  }

  @Test
  void writesAProfileThatReadsBack() throws Exception {
    Profile profile = ProfileJson.read(PROFILE);
    assertEquals(profile, ProfileJson.read(mapper.writeValueAsString(profile)));
  }

  @Test
  void writesAdviceAsTheContractAndReadsItBack() throws Exception {
    Advice advice = advisor.advise(ProfileJson.read(PROFILE));
    String json = mapper.writeValueAsString(advice);
    assertEquals(mapper.readTree(AdviceJson.writeCompact(advice)), mapper.readTree(json));
    assertEquals(advice, mapper.readValue(json, Advice.class));
    JsonNode tree = mapper.readTree(json);
    assertEquals(advice.primaryPathway().name(), tree.get("primaryPathway").asText());
  }

  @Test
  void aRefusedProfileIsAMappingErrorNamingTheField() {
    String bad = "{\"requestId\": \"r1\", \"profile\": {\"role\": \"ENGINEER\", \"yearsExperience\": 3}}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(bad, AdviceRequest.class));
    InvalidProfileException cause = assertInstanceOf(InvalidProfileException.class, e.getCause());
    assertEquals("role", cause.field());
    assertTrue(cause.allowedValues().contains("DEVELOPER"));
    assertEquals(1, cause.line());
    assertEquals(41, cause.column());
    assertTrue(e.getMessage().contains("role: must be one of"), e.getMessage());
    assertEquals("profile", e.getPath().get(0).getFieldName(), "the host's path to the profile: " + e.getPath());
  }

  @Test
  void theModuleIsFoundByServiceLookup() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertEquals(ProfileJson.read(PROFILE), found.readValue(PROFILE, Profile.class));
  }

  @Test
  void listsOfProfilesRead() throws Exception {
    Profile[] profiles = mapper.readValue("[" + PROFILE + "," + PROFILE + "]", Profile[].class);
    assertEquals(List.of(ProfileJson.read(PROFILE), ProfileJson.read(PROFILE)), List.of(profiles));
  }
}
