package org.pmpathways.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.DSL;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.pmpathways.AdvisorException;
import org.pmpathways.facts.Conclusions;

/** Which session a call gets: its thread's own when idle, never one in use, none lost or doubled. */
class SessionsTest {
  /** A rule base with no rules and the global every call sets. */
  private static final KieBase BASE = newBase();

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

  @Test
  void aSessionWithoutLocksHasARuleBaseNoOtherSessionUses() throws Exception {
    AtomicInteger copied = new AtomicInteger();
    Supplier<KieBase> copies = () -> {
      copied.incrementAndGet();
      return newBase();
    };
    Sessions own = new Sessions(BASE, copies, 2);
    try {
      // One caller: no lock, on the pool's own rule base, and nothing copied.
      Sessions.Lease first = own.take();
      assertFalse(locked(first.session));
      assertSame(BASE, first.session.getKieBase());
      assertEquals(0, copied.get());
      // A second caller at once: no lock either, on a copy of its own.
      Sessions.Lease second = on(other, own::take);
      assertFalse(locked(second.session));
      assertNotSame(BASE, second.session.getKieBase());
      assertEquals(1, copied.get());
      // Beyond one a processor: locked sessions, all on one more copy that no session without locks uses.
      Sessions.Lease third = on(this.third, own::take);
      Sessions.Lease fourth = on(this.third, own::take);
      assertTrue(locked(third.session) && locked(fourth.session));
      assertSame(third.session.getKieBase(), fourth.session.getKieBase());
      assertFalse(Set.of(BASE, second.session.getKieBase()).contains(third.session.getKieBase()));
      assertEquals(2, copied.get());
      // A session without locks that is thrown away leaves its rule base to the next one, uncopied.
      KieBase secondBase = second.session.getKieBase();
      on(other, () -> { own.giveBack(second, true); return null; });
      Sessions.Lease fifth = on(other, own::take);
      assertFalse(locked(fifth.session));
      assertSame(secondBase, fifth.session.getKieBase());
      assertEquals(2, copied.get());
      own.giveBack(first, false);
      on(other, () -> { own.giveBack(fifth, false); return null; });
      on(this.third, () -> { own.giveBack(third, false); own.giveBack(fourth, false); return null; });
    } finally {
      own.close();
    }
  }

  @Test
  void noTwoSessionsWithoutLocksEverShareARuleBase() throws Exception {
    Sessions own = new Sessions(BASE, SessionsTest::newBase, 3);
    List<Sessions.Lease> held = new ArrayList<>();
    try {
      for (int round = 0; round < 4; round++) {
        for (int i = 0; i < 5; i++) {
          held.add(own.take());
        }
        Set<KieBase> unlocked = new HashSet<>();
        int withoutLocks = 0;
        for (Sessions.Lease lease : held) {
          if (!locked(lease.session)) {
            withoutLocks++;
            assertTrue(unlocked.add(lease.session.getKieBase()), "two sessions without locks share a rule base");
          }
        }
        assertEquals(3, withoutLocks);
        for (Sessions.Lease lease : held) {
          if (locked(lease.session)) {
            assertFalse(unlocked.contains(lease.session.getKieBase()), "a locked session shares a rule base");
          }
        }
        for (int i = 0; i < held.size(); i++) {
          own.giveBack(held.get(i), (i + round) % 2 == 0); // half thrown away, half kept
        }
        held.clear();
      }
    } finally {
      own.close();
    }
  }

  @Test
  void aRuleBaseThatCannotBeCopiedFailsTheCallAsTheAdvisorSays() throws Exception {
    Sessions own = new Sessions(BASE, () -> {
      throw new IllegalStateException("no memory for a copy");
    }, 2);
    try {
      Sessions.Lease first = own.take(); // the pool's own rule base: nothing to copy
      // A second call at once needs a copy: it fails as any call the advisor cannot make does.
      AdvisorException e = assertThrows(AdvisorException.class, own::take);
      assertTrue(e.getMessage().contains("no memory for a copy"), e.getMessage());
      // The first session is not affected, and is handed out again once given back.
      own.giveBack(first, false);
      assertSame(first, own.take());
    } finally {
      own.close();
    }
  }

  private static boolean locked(KieSession session) {
    return session.getSessionConfiguration().getOption(ThreadSafeOption.KEY).isThreadSafe();
  }

  private static KieBase newBase() {
    return KieBaseBuilder.createKieBaseFromModel(
        List.of(new ModelImpl().addGlobal(DSL.globalOf(Conclusions.class, "org.pmpathways.test", AdviceRun.CONCLUSIONS))),
        RuleBaseFactory.newKnowledgeBaseConfiguration(null, SessionsTest.class.getClassLoader()));
  }

  private Sessions.Lease take() {
    return sessions.take();
  }

  private static <T> T on(ExecutorService thread, Callable<T> work) throws Exception {
    return thread.submit(work).get();
  }
}
