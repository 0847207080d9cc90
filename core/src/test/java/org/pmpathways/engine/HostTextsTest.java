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
  void everyKeyedArgumentOfEveryFactIsChecked() {
    assertDoesNotThrow(() -> HostTexts.check("host.drl", """
        rule "All known"
        when then
          insertLogical(new ActionProposal("KNOWN", Pathway.BUILD_YOUR_OWN, null, 5, "known", $c.getTitle()));
          insertLogical(new org.pmpathways.facts.PathwayPoints(Pathway.BUILD_YOUR_OWN, 5, "known"));
          insertLogical(new WarningRaised("KNOWN"));
          insertLogical(new CompetencyEvidence(Competency.EXECUTION, 1, true, "known"));
        end
        """, TEXTS));
    String message = missing("""
        rule "A"
        when then
          insertLogical(new ActionProposal("NEW", Pathway.BUILD_YOUR_OWN, null, 5, "fresh"));
        end
        rule B when then insertLogical(new WarningRaised("ODD", 1)); end
        rule "C" when then insertLogical(new CompetencyEvidence(Competency.EXECUTION, 1, true, "gone")); end
        """);
    assertTrue(message.contains("rule \"A\" (host.drl, line 3) needs a text for 'action.NEW.title'"), message);
    assertTrue(message.contains("'action.NEW.detail'"), message);
    assertTrue(message.contains("'reason.fresh'"), message);
    assertTrue(message.contains("rule 'B' (host.drl, line 5) needs a text for 'warning.ODD'"), message);
    assertTrue(message.contains("rule \"C\" (host.drl, line 6) needs a text for 'evidence.gone'"), message);
  }

  @Test
  void argumentsAreSplitOnlyAtTheirOwnCommas() {
    String message = missing("""
        rule "Nested"
        when then
          insertLogical(new PathwayPoints(Pathway.of("a, b", f(1, 2)), Math.max(1, 2), "x,y", "(arg)"));
        end
        """);
    assertTrue(message.contains("'reason.x,y'"), message);
  }

  @Test
  void commentsAndComputedKeysAreNotChecked() {
    assertDoesNotThrow(() -> HostTexts.check("host.drl", """
        // insertLogical(new WarningRaised("COMMENTED"));
        /* insertLogical(new WarningRaised("BLOCK")); */
        # insertLogical(new WarningRaised("HASH"));
        rule "Computed"
        when then
          insertLogical(new WarningRaised("W_" + $c.getRoleFamily()));
          String s = "new WarningRaised(\\"IN_A_STRING\\")"; // a comment with a "quote
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
