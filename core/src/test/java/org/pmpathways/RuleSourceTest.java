package org.pmpathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSourceTest {
  @TempDir Path dir;

  @Test
  void textUpToTheLimitIsKeptAndLongerTextIsRefusedNamingIt() {
    String atLimit = "x".repeat(RuleSource.MAX_BYTES);
    assertEquals(atLimit, RuleSource.text("big.drl", atLimit).read(getClass().getClassLoader()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleSource.text("huge.drl", atLimit + "x"));
    assertTrue(e.getMessage().contains("huge.drl") && e.getMessage().contains(String.valueOf(RuleSource.MAX_BYTES)),
        e.getMessage());
  }

  @Test
  void aFileOverTheLimitIsRefusedWhenRead() throws Exception {
    Path big = dir.resolve("big.drl");
    Files.write(big, new byte[RuleSource.MAX_BYTES + 1]);
    AdvisorException e = assertThrows(AdvisorException.class, () -> RuleSource.file(big).read(getClass().getClassLoader()));
    assertTrue(e.getMessage().contains("larger than " + RuleSource.MAX_BYTES), e.getMessage());
  }
}
