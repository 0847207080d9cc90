package org.pmpathways.engine;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.drools.core.impl.RuleBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;
import org.pmpathways.AdvisorException;

/**
 * The sessions of one rule set, each used by one call at a time and kept for the next: at most as
 * many as calls ever ran at once. A session is given back clean without resetting its memory: the
 * call deletes the facts it inserted, and a session left with any other fact (a host rule that
 * inserted one) is disposed of instead of kept.
 *
 * <p>A thread gets back the session it used last when that one is idle, and another idle one only
 * when it is not: a session that went from thread to thread on every call (as a shared stack of idle
 * sessions does with two threads calling at once) would move all its memory from one core's cache to
 * the other's each time. The thread only holds a weak hint; idle sessions are kept by the pool.
 *
 * <p>Drools guards a session against other threads (locks, and insertions queued rather than
 * propagated at once) unless the session is made with {@link ThreadSafeOption#NO}, which makes an
 * advice about 9 % cheaper (BENCHMARKS.md, twelfth session). A session here never has two callers at
 * once, but such a session also keeps per-rule state in its rule base, shared by every session of
 * that rule base: two of them firing the same rule at once on two threads mix up each other's facts
 * (measured: a few advices in ten thousand, on two threads). So a session without locks always has a
 * rule base that no other session uses: the rule set's own when the pool could claim it (the first
 * pool of a rule set), else a copy, and each further one a copy built for it (about 0.3 MB and 30 ms,
 * once), up to one per processor. Sessions beyond those are made with Drools' locks, forced whatever
 * the system properties say, on one more copy. When the rules cannot be copied cheaply (host rules,
 * or the library's rules compiled from DRL), every session is made with locks on the rule set's own
 * rule base, as before. Idle sessions without locks are handed out before idle locked ones. A
 * side effect of Drools' reuse: until a rule fires again, its rule base keeps the facts (and the
 * collector) of its last firing, so an idle advisor holds on to at most one recent call's facts per
 * rule and rule base.
 *
 * <p>Thread-safe.
 */
final class Sessions {
  /** A session with the listener that tells the call's collector which rule fires. */
  static final class Lease {
    final KieSession session;
    /** Set by whoever takes the session (from the pool or by a thread's hint); cleared when given back. */
    private final AtomicBoolean idle = new AtomicBoolean(false);
    /** Whether the session is in the pool's deque (at most once); a taker that finds it busy drops it. */
    private volatile boolean pooled;
    private final Forwarder forwarder = new Forwarder();
    private final List<FactHandle> inserted = new ArrayList<>(16);

    /** The rule base of a session without locks, which it shares with no other session; else null. */
    final KieBase ownBase;

    Lease(KieSession session, KieBase ownBase) {
      this.session = session;
      this.ownBase = ownBase;
      forwarder.runtime = session;
      ((RuleEventManager) session).addEventListener(forwarder);
    }

    void collectInto(Collector collector) {
      forwarder.collector = collector;
      session.setGlobal(AdviceRun.CONCLUSIONS, collector);
    }

    void insert(Object fact) {
      inserted.add(session.insert(fact));
    }

    /** Deletes what the call inserted; whether the session is now empty, and fit for the next call. */
    boolean clear() {
      forwarder.collector = null;
      for (FactHandle handle : inserted) {
        session.delete(handle);
      }
      inserted.clear();
      session.setGlobal(AdviceRun.CONCLUSIONS, null);
      return session.getFactCount() == 0;
    }
  }

  /**
   * Passes "a rule is about to fire" to the call's collector. It listens through Drools' rule event
   * listener, which is handed the match itself, rather than as an agenda event listener: a session
   * with an agenda event listener makes an event object for every match created, fired and
   * cancelled, before and after each firing, for every listener.
   */
  private static final class Forwarder implements RuleEventListener, BeforeMatchFiredEvent {
    Collector collector;
    private Match match;
    private KieRuntime runtime;

    @Override
    public void onBeforeMatchFire(Match match) {
      this.match = match;
      collector.beforeMatchFired(this); // the collector reads the match there and then, and keeps no event
      this.match = null;
    }

    @Override
    public Match getMatch() {
      return match;
    }

    @Override
    public KieRuntime getKieRuntime() {
      return runtime;
    }
  }

  /** Copies of the rule base, or null when the rules cannot be copied: then every session is locked. */
  private final Supplier<KieBase> copies;
  private final int maxOwnBases;
  /** Rule bases no session without locks uses now: the pool's own first, then copies left by one. */
  private final ConcurrentLinkedQueue<KieBase> freeBases = new ConcurrentLinkedQueue<>();
  /** How many rule bases sessions without locks have, in use or free. */
  private final AtomicInteger ownBases = new AtomicInteger();
  /** The rule base of the locked sessions: the given one, or a copy when sessions without locks are made. */
  private volatile KieBase sharedBase;
  private final ConcurrentLinkedDeque<Lease> pool = new ConcurrentLinkedDeque<>();
  /** The session each thread used last, as a hint: weak, so that it keeps neither session nor rule base. */
  private final ThreadLocal<WeakReference<Lease>> last = new ThreadLocal<>();
  private volatile boolean closed;

  /** A pool whose sessions all share {@code base}, with Drools' locks. */
  Sessions(KieBase base) {
    this(base, false, null, 1);
  }

  /**
   * @param base the rule set's rule base
   * @param baseIsOurs whether this pool may give {@code base} to a session without locks: no other
   *     session of any pool may use it then
   * @param copies builds another rule base with the same rules, a new one each call; null when there
   *     is no cheap way to, and then every session shares {@code base} with Drools' locks
   * @param maxOwnBases how many sessions without locks at most, each on a rule base of its own
   */
  Sessions(KieBase base, boolean baseIsOurs, Supplier<KieBase> copies, int maxOwnBases) {
    if (maxOwnBases < 1) {
      throw new IllegalArgumentException("maxOwnBases must be at least 1, was " + maxOwnBases);
    }
    this.copies = copies;
    this.maxOwnBases = maxOwnBases;
    if (copies == null) {
      sharedBase = base;
    } else if (baseIsOurs) {
      freeBases.add(base);
      ownBases.set(1);
    }
  }

  /**
   * A configuration of its own for each session, which keeps it: with or without Drools' locks, set
   * here rather than left to the {@code drools.threadSafe} system property, since sessions with locks
   * share a rule base.
   */
  private static KieSessionConfiguration locks(boolean on) {
    KieSessionConfiguration configuration = RuleBaseFactory.newKnowledgeSessionConfiguration();
    configuration.setOption(on ? ThreadSafeOption.YES : ThreadSafeOption.NO);
    return configuration;
  }

  Lease take() {
    WeakReference<Lease> hint = last.get();
    Lease mine = hint == null ? null : hint.get();
    // The thread's own session first, unless it is a locked one: then an idle one without locks first.
    if (mine != null && (mine.ownBase != null || copies == null) && mine.idle.compareAndSet(true, false)) {
      return mine; // still in the deque: whoever polls it there finds it busy and drops it
    }
    Lease lease;
    while ((lease = pool.pollFirst()) != null) {
      lease.pooled = false;
      if (lease.idle.compareAndSet(true, false)) {
        break;
      }
    }
    if ((lease == null || lease.ownBase == null) && mine != null && mine.idle.compareAndSet(true, false)) {
      if (lease != null) {
        giveBackIdle(lease); // locked too: the thread's own is the better one
      }
      lease = mine;
    }
    if (lease == null) {
      lease = newLease();
    }
    last.set(new WeakReference<>(lease));
    return lease;
  }

  /** Gives a session back after a call, clean, or disposes of it when it cannot be made clean. */
  void giveBack(Lease lease, boolean failed) {
    boolean clean;
    try {
      clean = !failed && lease.clear();
    } catch (RuntimeException e) {
      clean = false;
    }
    if (clean && !closed) {
      giveBackIdle(lease);
    } else {
      dispose(lease);
    }
  }

  /**
   * Makes a clean session idle and lists it in the pool, sessions without locks at the front and
   * locked ones at the back, so that a thread without a session of its own gets one without locks
   * when one is idle.
   */
  private void giveBackIdle(Lease lease) {
    lease.idle.set(true);
    if (!lease.pooled) {
      lease.pooled = true;
      if (lease.ownBase != null) {
        pool.offerFirst(lease);
      } else {
        pool.offerLast(lease);
      }
    }
    if (closed && lease.idle.compareAndSet(true, false)) {
      dispose(lease);
    }
  }

  /**
   * A new session: without locks on a free rule base of its own when there is one or one more may be
   * copied, else with locks on the shared rule base.
   */
  private Lease newLease() {
    KieBase own = null;
    boolean counted = false;
    boolean made = false;
    try {
      if (copies != null) {
        own = freeBases.poll();
        int n;
        while (own == null && (n = ownBases.get()) < maxOwnBases) {
          if (ownBases.compareAndSet(n, n + 1)) {
            counted = true;
            own = copies.get();
          }
        }
      }
      Lease lease = own != null ? new Lease(own.newKieSession(locks(false), null), own)
          : new Lease(shared().newKieSession(locks(true), null), null);
      made = true;
      return lease;
    } catch (AdvisorException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new AdvisorException("cannot make a rule session for the call: " + e, e);
    } finally {
      if (!made) { // nothing uses the rule base taken or counted, whatever was thrown
        if (own != null) {
          freeBases.add(own);
        } else if (counted) {
          ownBases.decrementAndGet();
        }
      }
    }
  }

  /**
   * The rule base of the sessions with locks. When sessions without locks are made, it is a copy no
   * session without locks ever uses, made when the first session with locks is needed.
   */
  private KieBase shared() {
    KieBase shared = sharedBase;
    if (shared == null) {
      synchronized (this) {
        shared = sharedBase;
        if (shared == null) {
          shared = copies.get();
          sharedBase = shared;
        }
      }
    }
    return shared;
  }

  private void dispose(Lease lease) {
    try {
      lease.session.dispose();
    } finally {
      if (lease.ownBase != null) {
        freeBases.add(lease.ownBase); // no session uses it now: the next session without locks may
      }
    }
  }

  /** Disposes of the idle sessions; sessions in use are disposed of when given back. */
  void close() {
    closed = true;
    Lease lease;
    while ((lease = pool.pollFirst()) != null) {
      lease.pooled = false;
      if (lease.idle.compareAndSet(true, false)) {
        dispose(lease);
      }
    }
  }
}
