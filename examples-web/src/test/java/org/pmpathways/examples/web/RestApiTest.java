package org.pmpathways.examples.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.RoleFamily;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The REST API through Spring MVC (MockMvc) and, where the servlet container matters, over HTTP on
 * a random port: advice, imports, and every kind of bad input answered as a problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RestApiTest {
  @Autowired MockMvc mvc;
  @Autowired PathwayAdvisor advisor;
  @Autowired AdviceController adviceController;
  @Autowired ImportController importController;
  @LocalServerPort int port;

  private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.accept(MediaType.APPLICATION_JSON));
  }

  private ResultActions advise(String json) throws Exception {
    return send(post("/advice").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  /** A problem detail of this status: the media type of RFC 9457, and nothing from a stack trace. */
  private static void isProblem(ResultActions result, int status) throws Exception {
    result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.title").isString())
        .andExpect(content().string(allOf(not(containsString("Exception")), not(containsString("\tat ")),
            not(containsString("org.pmpathways.")))));
  }

  @Test
  void advisesAProfile() throws Exception {
    advise(Samples.CERTIFICATE_COLLECTOR)
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.profileId").value("raj"))
        .andExpect(jsonPath("$.primaryPathway").value("BUILD_YOUR_OWN"))
        .andExpect(jsonPath("$.pathways", hasSize(3)))
        .andExpect(jsonPath("$.warnings[0].id").value("CERTIFICATIONS_ARE_NOT_PROOF"))
        .andExpect(content().json(
            AdviceJson.write(advisor.advise(ProfileJson.read(Samples.CERTIFICATE_COLLECTOR))),
            JsonCompareMode.STRICT));
  }

  @Test
  void malformedJsonIsRefusedWithItsLineAndColumn() throws Exception {
    ResultActions result = advise("{\"yearsExperience\": 3,\n \"role\": }");
    isProblem(result, 400);
    result.andExpect(jsonPath("$.field").value(""))
        .andExpect(jsonPath("$.line").value(2))
        .andExpect(jsonPath("$.column").value(10))
        .andExpect(jsonPath("$.detail", containsString("not valid JSON")));
  }

  @Test
  void anUnknownRoleIsRefusedWithTheAllowedValues() throws Exception {
    ResultActions result = advise("{\"yearsExperience\": 3, \"role\": \"CHEF\"}");
    isProblem(result, 400);
    result.andExpect(jsonPath("$.title").value("Invalid profile"))
        .andExpect(jsonPath("$.field").value("role"))
        .andExpect(jsonPath("$.allowedValues").value(
            org.hamcrest.Matchers.contains(Arrays.stream(RoleFamily.values()).filter(r -> r != RoleFamily.UNKNOWN)
                .map(Enum::name).toArray())))
        .andExpect(jsonPath("$.line").value(1))
        .andExpect(jsonPath("$.column", greaterThan(20)));
  }

  @Test
  void aNestedFieldIsNamedByItsPath() throws Exception {
    ResultActions result = advise("{\"yearsExperience\": 3, \"role\": \"SALES\",\n"
        + " \"sideProjects\": [{\"kind\": \"APP\", \"stage\": \"IDEA\"}]}");
    isProblem(result, 400);
    result.andExpect(jsonPath("$.field").value("sideProjects[0].kind"))
        .andExpect(jsonPath("$.allowedValues[0]").value("CODED_APP"))
        .andExpect(jsonPath("$.line").value(2));
  }

  @Test
  void aMisspelledFieldIsRefusedNotIgnored() throws Exception {
    ResultActions result = advise("{\"yearsExperiance\": 3, \"role\": \"SALES\"}");
    isProblem(result, 400);
    result.andExpect(jsonPath("$.field").value("yearsExperiance"));
  }

  @Test
  void contentAfterTheProfileIsRefused() throws Exception {
    ResultActions result = advise("{\"yearsExperience\": 3, \"role\": \"SALES\"} {}");
    isProblem(result, 400);
    result.andExpect(jsonPath("$.line").value(1))
        .andExpect(jsonPath("$.detail").value("The body is not valid JSON: there is more after the JSON value"));
  }

  @Test
  void bytesThatAreNoTextAreRefused() throws Exception {
    // Jackson reads these first four bytes as UTF-32, and the next as no character at all.
    byte[] body = "{\0\0\0\0\"id\":\"ana\"}".getBytes(StandardCharsets.ISO_8859_1);
    ResultActions result = send(post("/advice").contentType(MediaType.APPLICATION_JSON).content(body));
    isProblem(result, 400);
    result.andExpect(jsonPath("$.detail", containsString("not text in UTF-8")));
  }

  @Test
  void aMissingBodyIsRefused() throws Exception {
    isProblem(send(post("/advice").contentType(MediaType.APPLICATION_JSON)), 400);
  }

  @Test
  void anotherMediaTypeIsRefused() throws Exception {
    isProblem(send(post("/advice").contentType(MediaType.TEXT_PLAIN).content("developer, 5 years")), 415);
  }

  @Test
  void aHugeBodyIsRefusedWith413() throws Exception {
    byte[] huge = new byte[(1 << 20) + 1];
    Arrays.fill(huge, (byte) ' ');
    ResultActions result = send(post("/advice").contentType(MediaType.APPLICATION_JSON).content(huge));
    isProblem(result, 413);
    result.andExpect(jsonPath("$.limit").value(1 << 20));
  }

  @Test
  void aHugeBodySentInChunksIsStoppedWith413() throws Exception {
    byte[] huge = new byte[3 << 20];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '{'; // then blanks: the parser reads on until the limit stops it
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/advice"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode(), response.body());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(response.body().contains("\"limit\":1048576"), response.body());
  }

  @Test
  void importsAJsonResume() throws Exception {
    send(post("/import").contentType(MediaType.APPLICATION_JSON).content(Samples.jsonResume()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.profile.title").value("UX Researcher"))
        .andExpect(jsonPath("$.profile.skills[0]").value("User research"))
        .andExpect(jsonPath("$.report.format").value("JSON_RESUME"))
        .andExpect(jsonPath("$.report.entries[0].outcome").isString())
        .andExpect(jsonPath("$.report.unknownFacts", hasSize(greaterThan(0))))
        .andExpect(jsonPath("$.questions[0].id").isString())
        .andExpect(jsonPath("$.questions[0].text").isString())
        .andExpect(jsonPath("$.advice").doesNotExist());
  }

  @Test
  void importsAJsonResumeWithTheAdviceWhenAsked() throws Exception {
    send(post("/import").param("advice", "true").contentType(MediaType.APPLICATION_JSON).content(Samples.jsonResume()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.advice.roleFamily").isString())
        .andExpect(jsonPath("$.advice.pathways", hasSize(3)));
  }

  @Test
  void importsALinkedInExportZip() throws Exception {
    send(post("/import").contentType(MediaType.APPLICATION_OCTET_STREAM).content(Samples.linkedInExport()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.profile.title").value("Customer Success Manager"))
        .andExpect(jsonPath("$.profile.skills").value(org.hamcrest.Matchers.contains("Customer onboarding", "SQL")))
        .andExpect(jsonPath("$.report.format").value("LINKEDIN_EXPORT"));
  }

  @Test
  void importsUploadedFilesOfEitherKind() throws Exception {
    send(multipart("/import").file(new MockMultipartFile("file", "export.zip", "application/zip",
        Samples.linkedInExport())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.report.format").value("LINKEDIN_EXPORT"));
    send(multipart("/import").file(new MockMultipartFile("file", "resume.json", "application/json",
        Samples.jsonResume())).param("advice", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.report.format").value("JSON_RESUME"))
        .andExpect(jsonPath("$.advice.primaryPathway").isString());
  }

  @Test
  void aResumeThatIsNotJsonIsRefusedWithWhereItWentWrong() throws Exception {
    ResultActions result = send(post("/import").contentType(MediaType.APPLICATION_JSON)
        .content("{\"basics\": {\"name\": \"Mia\"},\n \"work\": [ }"));
    isProblem(result, 400);
    result.andExpect(jsonPath("$.title").value("Unreadable résumé"))
        .andExpect(jsonPath("$.line").value(2));
  }

  @Test
  void aZipThatIsNoLinkedInExportIsRefused() throws Exception {
    isProblem(send(post("/import").contentType(MediaType.APPLICATION_OCTET_STREAM)
        .content(new byte[] {'P', 'K', 3, 4, 0, 0, 0})), 400);
  }

  @Test
  void aHugeResumeIsRefusedWith413() throws Exception {
    byte[] huge = new byte[(2 << 20) + 1];
    Arrays.fill(huge, (byte) ' ');
    isProblem(send(post("/import").contentType(MediaType.APPLICATION_JSON).content(huge)), 413);
    isProblem(send(multipart("/import").file(new MockMultipartFile("file", "resume.json", "application/json", huge))),
        413);
  }

  @Test
  void anUploadWithoutTheFilePartIsRefused() throws Exception {
    isProblem(send(multipart("/import").file(new MockMultipartFile("resume", "resume.json", "application/json",
        Samples.jsonResume()))), 400);
  }

  @Test
  void thePageOffersEveryValueTheContractAllows() throws Exception {
    String page = mvc.perform(get("/index.html")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    List<Class<? extends Enum<?>>> types = List.of(RoleFamily.class, ProjectKind.class, ProjectStage.class,
        PmLikeWork.class);
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> value : type.getEnumConstants()) {
        if (value == RoleFamily.UNKNOWN) {
          assertTrue(!page.contains("value=\"UNKNOWN\""), "UNKNOWN is an answer of title reading, never a role to pick");
          continue;
        }
        assertTrue(page.contains("value=\"" + value.name() + "\""), type.getSimpleName() + "." + value + " is not on the page");
      }
    }
  }

  @Test
  void oneAdvisorServesEveryRequest() {
    assertSame(advisor, ReflectionFields.read(adviceController, "advisor"));
    assertSame(advisor, ReflectionFields.read(importController, "advisor"));
  }

  @Test
  void theAdvisorIsClosedWithTheApplication() {
    PathwayAdvisor[] built = new PathwayAdvisor[1];
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .withUserConfiguration(AdvisorConfiguration.class)
        .run(context -> {
          built[0] = context.getBean(PathwayAdvisor.class);
          assertEquals(RoleFamily.DEVELOPER, built[0].classifyTitle("Software Engineer"));
        });
    assertThrows(IllegalStateException.class, () -> built[0].classifyTitle("Software Engineer"));
  }
}
