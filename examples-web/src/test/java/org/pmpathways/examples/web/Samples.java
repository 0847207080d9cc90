package org.pmpathways.examples.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Inputs shared by the tests: a profile, a JSON Resume and a LinkedIn export zip. */
final class Samples {
  private Samples() {}

  /** A project manager with three certificates and no product proof, at a company without digital products. */
  static final String CERTIFICATE_COLLECTOR = """
      {
        "id": "raj",
        "title": "IT Project Manager",
        "role": "PROJECT_MANAGER",
        "yearsExperience": 9,
        "skills": ["Agile", "Scrum"],
        "certifications": ["PMP", "Certified Scrum Product Owner"],
        "employer": {"buildsDigitalProducts": false, "hasProductManagers": false, "formalProductProcess": false}
      }
      """;

  /** A UX researcher's JSON Resume (src/test/resources). */
  static byte[] jsonResume() {
    try (InputStream in = Samples.class.getResourceAsStream("resume.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A LinkedIn data export zip: positions, skills and a file the importer never reads. */
  static byte[] linkedInExport() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
          + "Tillbox,Customer Success Manager,,Bristol,Mar 2021,\n"
          + "Lakeside Events,Support Agent,,Bristol,Jun 2017,Feb 2021\n");
      entry(zip, "Skills.csv", "Name\nCustomer onboarding\nSQL\n");
      entry(zip, "Connections.csv", "First Name,Last Name\nnever,read\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
