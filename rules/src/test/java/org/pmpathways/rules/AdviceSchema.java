package org.pmpathways.rules;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.pmpathways.json.AdviceJson;

/** The advice JSON Schema that ships in pm-pathways-core, for tests that check advice against it. */
final class AdviceSchema {
  private static final String RESOURCE = "/org/pmpathways/schema/advice.schema.json";
  private static final Schema SCHEMA = load();

  private AdviceSchema() {}

  /** What in the advice JSON breaks the schema; empty when it follows it. */
  static List<String> problems(String adviceJson) {
    return SCHEMA.validate(adviceJson, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = AdviceJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from pm-pathways-core");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
