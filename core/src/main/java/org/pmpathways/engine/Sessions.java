package org.pmpathways.engine;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;

/**
 * The sessions of one rule base, each used by one call at a time and kept for the next: at most as
 * many as calls ever ran at once. A session is given back clean without resetting its memory: the
 * call deletes the facts it inserted, and a session left with any other fact (a host rule that
 * inserted one) is disposed of instead of kept.
 *
 * <p>A thread gets back the session it used last when that one is idle, and another idle one only
 * when it is not: a session that went from thread to thread on every call (as a shared stack of idle
 * sessions does with two threads calling at once) would move all its memory from one core's cache to
 * the other's each time. The thread only holds a weak hint; idle sessions are kept by the pool.
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

    Lease(KieSession session) {
      this.session = session;
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

  private final KieBase base;
  private final ConcurrentLinkedDeque<Lease> pool = new ConcurrentLinkedDeque<>();
  /** The session each thread used last, as a hint: weak, so that it keeps neither session nor rule base. */
  private final ThreadLocal<WeakReference<Lease>> last = new ThreadLocal<>();
  private volatile boolean closed;

  Sessions(KieBase base) {
    this.base = base;
  }

  Lease take() {
    WeakReference<Lease> hint = last.get();
    Lease mine = hint == null ? null : hint.get();
    if (mine != null && mine.idle.compareAndSet(true, false)) {
      return mine; // still in the deque: whoever polls it there finds it busy and drops it
    }
    Lease lease;
    while ((lease = pool.pollFirst()) != null) {
      lease.pooled = false;
      if (lease.idle.compareAndSet(true, false)) {
        break;
      }
    }
    if (lease == null) {
      lease = new Lease(base.newKieSession());
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
      lease.idle.set(true);
      if (!lease.pooled) {
        lease.pooled = true;
        pool.offerFirst(lease);
      }
      if (closed && lease.idle.compareAndSet(true, false)) {
        lease.session.dispose();
      }
    } else {
      lease.session.dispose();
    }
  }

  /** Disposes of the idle sessions; sessions in use are disposed of when given back. */
  void close() {
    closed = true;
    Lease lease;
    while ((lease = pool.pollFirst()) != null) {
      lease.pooled = false;
      if (lease.idle.compareAndSet(true, false)) {
        lease.session.dispose();
      }
    }
  }
}
