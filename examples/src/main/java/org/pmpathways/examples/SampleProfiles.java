package org.pmpathways.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample profiles bundled with the runner, in the order the demo shows them. */
final class SampleProfiles {
  /** A bundled profile: its file name, what it illustrates, and its JSON. */
  record Sample(String name, String summary, String json) {}

  private static final String[][] SAMPLES = {
    {"marketer-internal-move", "a marketer at a company that builds digital products (the internal move)"},
    {"developer-product-company", "a developer on a product team (the product trio)"},
    {"designer-agency", "a UX designer at an agency without product managers"},
    {"data-analyst-retail", "a BI analyst at a retailer that builds its own apps"},
    {"nurse-career-changer", "a nurse far from product work (build your own)"},
    {"certificate-collector", "a project manager with certificates and no product"},
    {"shipped-side-project", "a support specialist between jobs who already shipped a product"},
    {"graduate-no-experience", "a graduate with no experience and no employer"},
    {"already-product-manager", "someone already working as a product manager"},
  };

  private SampleProfiles() {}

  static List<Sample> all() {
    List<Sample> out = new ArrayList<>();
    for (String[] s : SAMPLES) {
      out.add(new Sample(s[0], s[1], read("profiles/" + s[0] + ".json")));
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = SampleProfiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("sample profile " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
