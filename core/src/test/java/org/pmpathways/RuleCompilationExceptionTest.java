package org.pmpathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCompilationExceptionTest {
  @Test
  void theErrorsSurviveSerialisation() throws Exception {
    RuleCompilationException e = new RuleCompilationException(List.of(new RuleError("host.drl", 7, "unknown type Foo")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      RuleCompilationException back = (RuleCompilationException) in.readObject();
      assertEquals(e.errors(), back.errors());
      assertEquals(e.getMessage(), back.getMessage());
    }
  }

  @Test
  void noListIsRefusedByName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new RuleCompilationException(null));
    assertEquals("errors must not be null", e.getMessage());
  }
}
