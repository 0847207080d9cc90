package org.pmpathways.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pmpathways.AdvisorException;

class HostTextsTest {
  private static final Messages TEXTS = Messages.load(List.of("org.pmpathways.engine.hosttexts"), Locale.ROOT,
      HostTextsTest.class.getClassLoader());

  private static String missing(String drl) {
    return assertThrows(AdvisorException.class, () -> HostTexts.check("host.drl", drl, TEXTS)).getMessage();
  }

  @Test
  void everyKeyedArgumentOfEveryConclusionIsChecked() {
    assertDoesNotThrow(() -> HostTexts.check("host.drl", """
        rule "All known"
          agenda-group "plan"
        when then
          conclusions.propose("KNOWN", "known", $c.getTitle());
          conclusions.points(Pathway.BUILD_YOUR_OWN, 5, "known");
          conclusions.warn("KNOWN");
          conclusions.warnBecause("KNOWN", "variant");
          conclusions.evidence(Competency.EXECUTION, 1, true, "known");
          conclusions.stage(Stage.READY, "known");
        end
        """, TEXTS));
    String message = missing("""
        rule "A" agenda-group "plan"
        when then
          conclusions.propose("NEW", "fresh");
        end
        rule B agenda-group "weigh" when then conclusions.warn("ODD", 1); end
        rule "C" agenda-group "weigh" when then conclusions.evidence(Competency.EXECUTION, 1, true, "gone"); end
        rule "D" agenda-group "weigh" when then conclusions.warnBecause("KNOWN", "other"); end
        rule "E" agenda-group "weigh" when then conclusions.stage(Stage.READY, "unheard"); end
        """);
    assertTrue(message.contains("rule \"A\" (host.drl, line 3) needs a text for 'action.NEW.title'"), message);
    assertTrue(message.contains("'action.NEW.detail'"), message);
    assertTrue(message.contains("'reason.fresh'"), message);
    assertTrue(message.contains("rule 'B' (host.drl, line 5) needs a text for 'warning.ODD'"), message);
    assertTrue(message.contains("rule \"C\" (host.drl, line 6) needs a text for 'evidence.gone'"), message);
    assertTrue(message.contains("rule \"D\" (host.drl, line 7) needs a text for 'warning.KNOWN.other'"), message);
    assertTrue(message.contains("rule \"E\" (host.drl, line 8) needs a text for 'reason.unheard'"), message);
  }

  @Test
  void argumentsAreSplitOnlyAtTheirOwnCommas() {
    String message = missing("""
        rule "Nested" agenda-group "weigh"
        when then
          conclusions.points(Pathway.of("a, b", f(1, 2)), Math.max(1, 2), "x,y", "(arg)");
        end
        """);
    assertTrue(message.contains("'reason.x,y'"), message);
  }

  @Test
  void commentsAndComputedKeysAreNotChecked() {
    assertDoesNotThrow(() -> HostTexts.check("host.drl", """
        // conclusions.warn("COMMENTED");
        /* conclusions.warn("BLOCK"); */
        # conclusions.warn("HASH");
        rule "Computed"
          agenda-group "weigh"
        when then
          conclusions.warn("W_" + $c.getRoleFamily());
          String s = "conclusions.warn(\\"IN_A_STRING\\")"; // a comment with a "quote
        end
        """, TEXTS));
  }

  @Test
  void aHostRuleMustNameItsPhase() {
    String message = assertThrows(AdvisorException.class, () -> HostTexts.check("host.drl", """
        rule "Known, in no phase"
        when then
          conclusions.warn("KNOWN");
        end
        """, TEXTS)).getMessage();
    assertTrue(message.contains("host rule \"Known, in no phase\" (host.drl, line 1) names no phase"), message);
    assertTrue(message.contains("agenda-group \"weigh\"") && message.contains("agenda-group \"plan\""), message);
    assertThrows(AdvisorException.class, () -> HostTexts.check("host.drl", """
        rule "In a phase of its own" agenda-group "mine"
        when then
        end
        """, TEXTS));
  }

  @Test
  void blankingCommentsKeepsLinesAndStrings() {
    String drl = "a // b\n\"// kept\" /* c\nd */ e";
    String blanked = HostTexts.withoutComments(drl);
    assertEquals(drl.length(), blanked.length());
    assertEquals("a     \n\"// kept\"     \n     e", blanked);
  }
}
