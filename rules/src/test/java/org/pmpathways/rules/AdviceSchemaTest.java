package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.profile.Profile;

/**
 * The advice for generated profiles, of every role, pathway and side-project mix, follows the
 * advice JSON Schema that ships in pm-pathways-core. The sample profiles and the cases the schema
 * must refuse are checked in the examples module (ContractSchemaTest).
 */
class AdviceSchemaTest {
  @Test
  void theAdviceForGeneratedProfilesFollowsTheAdviceSchema() throws IOException {
    Schema schema;
    try (InputStream in = AdviceJson.class.getResourceAsStream("/org/pmpathways/schema/advice.schema.json")) {
      assertNotNull(in, "advice.schema.json ships in pm-pathways-core");
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    List<Profile> profiles = RandomProfiles.generate(20261127L, 300);
    for (Profile profile : profiles) {
      String json = AdviceJson.writeCompact(Fixtures.advise(profile));
      List<String> problems = schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
      assertEquals(List.of(), problems, profile.toString());
    }
  }
}
