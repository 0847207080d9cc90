package org.pmpathways.examples.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A web application over PM Pathways: a page where a person describes their background or drops a
 * résumé and reads the advice, and a REST API ({@code POST /advice}, {@code POST /import}) for other
 * programs. One advisor, built and warmed up at start, serves every request.
 *
 * <pre>
 * mvn -B -pl examples-web -am package -DskipTests
 * java -jar examples-web/target/pm-pathways-examples-web-0.1.0-SNAPSHOT.jar
 * </pre>
 *
 * <p>Thread-safe: every component holds only immutable settings and the shared, thread-safe advisor.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebExample {

  /** Starts the application; Spring Boot's options apply ({@code --server.port=9090}). */
  public static void main(String[] args) {
    SpringApplication.run(WebExample.class, args);
  }
}
