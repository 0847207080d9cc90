package org.pmpathways.examples.web;

import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.profile.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /advice}: a profile in the contract's JSON in, the advice out. Spring's
 * {@code ObjectMapper} reads and writes both through {@code PmPathwaysModule}; a refused profile
 * becomes a problem detail from {@link Problems}.
 *
 * <p>Thread-safe: its only state is the shared advisor.
 */
@RestController
class AdviceController {
  private final PathwayAdvisor advisor;

  AdviceController(PathwayAdvisor advisor) {
    this.advisor = advisor;
  }

  @PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Advice advise(@RequestBody Profile profile) {
    return advisor.advise(profile);
  }
}
