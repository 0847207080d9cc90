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
import org.drools.model.Global;
import org.drools.model.PatternDSL;
import org.drools.model.Variable;
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
    giveBackOn(other, sessions, theirs, false);
    // The other thread gave its session back last: a shared stack of idle sessions would hand it out now.
    assertSame(mine, sessions.take());
    assertSame(theirs, on(other, sessions::take));
  }

  @Test
  void aSessionInUseIsNeverHandedOutAndNoneIsLostOrDoubled() throws Exception {
    Sessions.Lease a = sessions.take();
    Sessions.Lease b = on(other, sessions::take);
    sessions.giveBack(a, false);
    giveBackOn(other, sessions, b, false);
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
    Sessions own = new Sessions(BASE, true, copies, 2);
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
      giveBackOn(other, own, second, true);
      Sessions.Lease fifth = on(other, own::take);
      assertFalse(locked(fifth.session));
      assertSame(secondBase, fifth.session.getKieBase());
      assertEquals(2, copied.get());
      own.giveBack(first, false);
      giveBackOn(other, own, fifth, false);
      on(this.third, () -> { own.giveBack(third, false); own.giveBack(fourth, false); return null; });
    } finally {
      own.close();
    }
  }

  @Test
  void noTwoSessionsWithoutLocksEverShareARuleBase() throws Exception {
    Sessions own = new Sessions(BASE, true, SessionsTest::newBase, 3);
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
    AtomicInteger attempts = new AtomicInteger();
    Sessions own = new Sessions(BASE, true, () -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("no memory for a copy");
      }
      return newBase();
    }, 2);
    try {
      Sessions.Lease first = own.take(); // the pool's own rule base: nothing to copy
      // A second call at once needs a copy: it fails as any call the advisor cannot make does.
      AdvisorException e = assertThrows(AdvisorException.class, own::take);
      assertTrue(e.getMessage().contains("no memory for a copy"), e.getMessage());
      // The failed copy does not count: the next call at once still gets a session without locks.
      Sessions.Lease second = own.take();
      assertFalse(locked(second.session));
      assertNotSame(BASE, second.session.getKieBase());
      // The first session is not affected, and is handed out again once given back.
      own.giveBack(first, false);
      own.giveBack(second, false);
      assertSame(second, own.take());
    } finally {
      own.close();
    }
  }

  @Test
  void aRuleBaseThePoolDoesNotOwnIsNeverUsedBySessionsWithoutLocksNorShared() throws Exception {
    Sessions notOurs = new Sessions(BASE, false, SessionsTest::newBase, 1);
    try {
      Sessions.Lease first = notOurs.take();
      Sessions.Lease second = on(other, notOurs::take);
      assertFalse(locked(first.session));
      assertTrue(locked(second.session));
      assertFalse(Set.of(BASE, first.session.getKieBase()).contains(second.session.getKieBase()));
      assertNotSame(BASE, first.session.getKieBase());
      notOurs.giveBack(first, false);
      giveBackOn(other, notOurs, second, false);
    } finally {
      notOurs.close();
    }
  }

  @Test
  void lockedSessionsKeepTheirLocksWhateverTheSystemPropertySays() throws Exception {
    String before = System.getProperty(ThreadSafeOption.PROPERTY_NAME);
    System.setProperty(ThreadSafeOption.PROPERTY_NAME, "false");
    Sessions own = new Sessions(BASE, true, SessionsTest::newBase, 1);
    try {
      Sessions.Lease first = own.take();
      Sessions.Lease second = on(other, own::take);
      Sessions.Lease third = on(this.third, own::take);
      assertFalse(locked(first.session));
      assertTrue(locked(second.session) && locked(third.session), "two sessions on one rule base without locks");
      own.giveBack(first, false);
      giveBackOn(other, own, second, false);
      giveBackOn(this.third, own, third, false);
    } finally {
      own.close();
      if (before == null) {
        System.clearProperty(ThreadSafeOption.PROPERTY_NAME);
      } else {
        System.setProperty(ThreadSafeOption.PROPERTY_NAME, before);
      }
    }
  }

  @Test
  void anIdleSessionWithoutLocksIsHandedOutBeforeALockedOne() throws Exception {
    Sessions own = new Sessions(BASE, true, SessionsTest::newBase, 1);
    try {
      Sessions.Lease free = own.take();
      Sessions.Lease locked = on(other, own::take);
      assertTrue(locked(locked.session));
      giveBackOn(other, own, locked, false);
      own.giveBack(free, false);
      // The other thread's own session is a locked one; the idle session without locks comes first.
      assertSame(free, on(other, own::take));
      // This thread, whose own is busy, gets the locked one rather than a new session.
      assertSame(locked, own.take());
    } finally {
      own.close();
    }
  }

  /** A fact of the firing test: a number each thread makes its own. */
  public record Box(long id) {}

  /**
   * Sessions without locks on two threads at once, firing the same rule thousands of times: each
   * consequence sees its own session's fact. With two such sessions on one rule base (give the pool
   * {@code () -> base} as its copies), Drools' shared per-rule array of facts mixes them up.
   */
  @Test
  void sessionsWithoutLocksFiringAtOnceSeeOnlyTheirOwnFacts() throws Exception {
    Global<List> seen = DSL.globalOf(List.class, "org.pmpathways.test", "seen");
    Variable<Box> box = DSL.declarationOf(Box.class);
    Supplier<KieBase> rules = () -> KieBaseBuilder.createKieBaseFromModel(
        List.of(new ModelImpl().addGlobal(seen)
            .addGlobal(DSL.globalOf(Conclusions.class, "org.pmpathways.test", AdviceRun.CONCLUSIONS))
            .addRule(PatternDSL.rule("a box is seen")
            .build(PatternDSL.pattern(box), DSL.on(box, seen).execute((b, list) -> list.add(b.id()))))),
        RuleBaseFactory.newKnowledgeBaseConfiguration(null, SessionsTest.class.getClassLoader()));
    Sessions own = new Sessions(rules.get(), true, rules, 2);
    try {
      Callable<Integer> work = () -> {
        Sessions.Lease lease = own.take();
        assertFalse(locked(lease.session));
        int wrong = 0;
        long base = Thread.currentThread().getId() * 1_000_000L;
        lease.collectInto(new Collector(List.of(), Collector.RuleRanks.of(List.of())));
        for (int i = 0; i < 20_000; i++) {
          List<Long> list = new ArrayList<>(1);
          lease.session.setGlobal("seen", list);
          var handle = lease.session.insert(new Box(base + i));
          lease.session.fireAllRules();
          lease.session.delete(handle);
          if (!list.equals(List.of(base + i))) {
            wrong++;
          }
        }
        lease.session.setGlobal("seen", null);
        own.giveBack(lease, true);
        return wrong;
      };
      var a = other.submit(work);
      var b = third.submit(work);
      assertEquals(0, a.get() + b.get(), "firings that saw another session's fact");
    } finally {
      own.close();
    }
  }

  private static void giveBackOn(ExecutorService thread, Sessions pool, Sessions.Lease lease, boolean failed)
      throws Exception {
    on(thread, () -> {
      pool.giveBack(lease, failed);
      return null;
    });
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
