package org.pmpathways.examples.web;

import java.time.Clock;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.jackson.PmPathwaysModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans a host needs to serve PM Pathways: one advisor for the whole application, and the
 * Jackson module, which Spring Boot adds to its own {@code ObjectMapper} so that controllers take a
 * {@code Profile} and return an {@code Advice} as they would any other type.
 */
@Configuration(proxyBeanMethods = false)
class AdvisorConfiguration {

  /**
   * Built once, warmed up before the server takes its first request, shared by every request (it is
   * thread-safe) and closed when the application stops, after the calls under way.
   */
  @Bean(destroyMethod = "close")
  PathwayAdvisor pathwayAdvisor() {
    return PathwayAdvisor.builder().warmUp().build();
  }

  @Bean
  PmPathwaysModule pmPathwaysModule() {
    return new PmPathwaysModule();
  }

  /** The clock that dates résumé imports: jobs "to the present" are counted up to its day. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
