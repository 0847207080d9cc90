package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
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
 * <p>Thread-safe.
 */
final class Sessions {
  /** A session with the listener that tells the call's collector which rule fires. */
  static final class Lease {
    final KieSession session;
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
  private final ConcurrentLinkedDeque<Lease> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  Sessions(KieBase base) {
    this.base = base;
  }

  Lease take() {
    Lease lease = idle.pollFirst();
    return lease != null ? lease : new Lease(base.newKieSession());
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
      idle.offerFirst(lease);
      if (closed && idle.remove(lease)) {
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
    while ((lease = idle.pollFirst()) != null) {
      lease.session.dispose();
    }
  }
}
