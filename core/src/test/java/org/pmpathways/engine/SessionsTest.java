package org.pmpathways.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.DSL;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.pmpathways.facts.Conclusions;

/** Which session a call gets: its thread's own when idle, never one in use, none lost or doubled. */
class SessionsTest {
  /** A rule base with no rules and the global every call sets. */
  private static final KieBase BASE = KieBaseBuilder.createKieBaseFromModel(
      List.of(new ModelImpl().addGlobal(DSL.globalOf(Conclusions.class, "org.pmpathways.test", AdviceRun.CONCLUSIONS))),
      RuleBaseFactory.newKnowledgeBaseConfiguration(null, SessionsTest.class.getClassLoader()));

  private final Sessions sessions = new Sessions(BASE);
  private final ExecutorService other = Executors.newSingleThreadExecutor();
  private final ExecutorService third = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    other.shutdownNow();
    third.shutdownNow();
    sessions.close();
  }

  @Test
  void eachThreadGetsBackTheSessionItUsedLast() throws Exception {
    Sessions.Lease mine = sessions.take();
    Sessions.Lease theirs = on(other, sessions::take);
    assertNotSame(mine, theirs);
    sessions.giveBack(mine, false);
    on(other, () -> { sessions.giveBack(theirs, false); return null; });
    // The other thread gave its session back last: a shared stack of idle sessions would hand it out now.
    assertSame(mine, sessions.take());
    assertSame(theirs, on(other, sessions::take));
  }

  @Test
  void aSessionInUseIsNeverHandedOutAndNoneIsLostOrDoubled() throws Exception {
    Sessions.Lease a = sessions.take();
    Sessions.Lease b = on(other, sessions::take);
    sessions.giveBack(a, false);
    on(other, () -> { sessions.giveBack(b, false); return null; });
    // This thread takes its own again through its hint; the pool still lists it.
    assertSame(a, sessions.take());
    // A thread without a hint must pass over it: it gets the other idle one, then a new one.
    Sessions.Lease c = on(third, sessions::take);
    assertSame(b, c);
    Sessions.Lease d = on(third, sessions::take);
    assertFalse(Set.of(a, b).contains(d), "a session in use was handed out again");
    sessions.giveBack(a, false);
    on(third, () -> { sessions.giveBack(c, false); sessions.giveBack(d, false); return null; });
    // All three are idle now, each in the pool once: a thread taking without giving back gets each once.
    Set<Sessions.Lease> taken = on(third, () -> Set.of(take(), take(), take()));
    assertEquals(Set.of(a, b, d), taken);
    Sessions.Lease fourth = on(third, sessions::take);
    assertFalse(taken.contains(fourth), "a session was in the pool twice");
  }

  @Test
  void aSessionThatCouldNotBeCleanedIsNotKept() throws Exception {
    Sessions.Lease failed = sessions.take();
    sessions.giveBack(failed, true);
    assertNotSame(failed, sessions.take());
    assertNotSame(failed, on(other, sessions::take));
  }

  private Sessions.Lease take() {
    return sessions.take();
  }

  private static <T> T on(ExecutorService thread, Callable<T> work) throws Exception {
    return thread.submit(work).get();
  }
}
