package org.pmpathways.rules;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A gate in a rule's consequence (test/gate.drl): calls wait at it until the test opens it. */
public final class Gate {
  static volatile CountDownLatch arrived = new CountDownLatch(1);
  static volatile CountDownLatch open = new CountDownLatch(1);

  private Gate() {}

  static void reset() {
    arrived = new CountDownLatch(1);
    open = new CountDownLatch(1);
  }

  /** Called by the rule: says a call arrived, then waits (at most ten seconds) for the gate to open. */
  public static void pass() throws InterruptedException {
    arrived.countDown();
    if (!open.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the gate was never opened");
    }
  }
}
