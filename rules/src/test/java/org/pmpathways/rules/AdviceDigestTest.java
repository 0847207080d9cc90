package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.profile.Profile;

/**
 * The advice for 10,000 generated profiles, every byte of it (explanations included), summed up in one
 * SHA-256 digest kept in {@value #HISTORY}. Any change to what the advisor says changes the digest, and
 * this test fails until the new digest is written into the file with the reason for the change: the
 * file is the history of every intended change of advice.
 */
class AdviceDigestTest {
  static final String HISTORY = "src/test/resources/advice-digest.tsv";
  static final int PROFILES = 10_000;
  static final long SEED = 20261127L;

  @Test
  void theAdviceChangesOnlyWithAReasonWrittenBesideIt() throws IOException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    List<Profile> profiles = RandomProfiles.generate(SEED, PROFILES);
    for (Profile profile : profiles) {
      sha.update(AdviceJson.writeCompact(Fixtures.advise(profile)).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    String digest = HexFormat.of().formatHex(sha.digest());
    List<String> history = Files.readAllLines(Path.of(HISTORY), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    assertTrue(!history.isEmpty(), HISTORY + " has no digest");
    String[] last = history.get(history.size() - 1).split("\t");
    assertTrue(last.length >= 3 && !last[2].isBlank(), "every digest in " + HISTORY + " has its date and reason");
    assertEquals(last[0], digest, "the advice for " + PROFILES + " generated profiles (seed " + SEED + ") changed."
        + " If the change is intended, add a line to " + HISTORY + ": " + digest + "<TAB>date<TAB>why it changed");
  }
}
