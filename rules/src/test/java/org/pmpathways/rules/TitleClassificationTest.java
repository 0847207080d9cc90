package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmpathways.profile.RoleFamily;

/** Free-text job titles are read into role families through the title vocabulary. */
class TitleClassificationTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Sr. Software Engineer II|DEVELOPER",
      "software engineer|DEVELOPER",
      "SOFTWARE ENGINEER, SENIOR|DEVELOPER",
      "Full-Stack Dev|DEVELOPER",
      "UX/UI Designer|DESIGNER",
      "Senior UX Researcher|DESIGNER",
      "Customer Success Manager|CUSTOMER_SUCCESS",
      "CSM|CUSTOMER_SUCCESS",
      "BI Analyst|DATA_ANALYST",
      "Marketing Data Analyst|DATA_ANALYST",
      "Business Systems Analyst III|BUSINESS_ANALYST",
      "Scrum Master|PROJECT_MANAGER",
      "Technical Program Manager|PROJECT_MANAGER",
      "Account Executive|SALES",
      "Sales Engineer|SALES",
      "Salesforce Developer|DEVELOPER",
      "Registered Nurse|OTHER",
      "Civil Engineer|OTHER",
      "Product Owner|PRODUCT_MANAGER",
      "Head of Product|PRODUCT_MANAGER",
      "Associate Product Manager|PRODUCT_MANAGER",
      "Product Designer|DESIGNER",
      "Product Marketing Manager|MARKETING",
      "Director of Engineering|DEVELOPER",
      "Développeur Web|DEVELOPER",
      "Chef de produit|PRODUCT_MANAGER",
      "Co-founder & CEO|FOUNDER",
      "Aspiring Product Manager|UNKNOWN",
      "Solutions Architect|DEVELOPER",
      "''|UNKNOWN",
  })
  void readsTitlesWhateverTheirSeniorityAndSpelling(String title, RoleFamily family) {
    assertEquals(family, Fixtures.ADVISOR.classifyTitle(title));
  }

  /** The share of titles classified as labelled; prints the misses so a reader can judge them. */
  private static double accuracy(String resource) throws IOException {
    List<String> misses = new ArrayList<>();
    int total = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TitleClassificationTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        RoleFamily expected = RoleFamily.valueOf(cells[0]);
        RoleFamily actual = Fixtures.ADVISOR.classifyTitle(cells[1]);
        total++;
        if (actual != expected) {
          misses.add(cells[1] + ": expected " + expected + ", read " + actual);
        }
      }
    }
    double accuracy = (total - misses.size()) / (double) total;
    System.out.printf("%s: %d of %d right (%.1f%%)%n", resource, total - misses.size(), total, 100 * accuracy);
    misses.forEach(m -> System.out.println("  miss: " + m));
    return accuracy;
  }
}
