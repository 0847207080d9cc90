package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void theAdviceForGeneratedProfilesFollowsTheAdviceSchema() {
    for (Profile profile : RandomProfiles.generate(20261127L, 300)) {
      String json = AdviceJson.writeCompact(Fixtures.advise(profile));
      assertEquals(List.of(), AdviceSchema.problems(json), profile.toString());
    }
  }
}
