package org.pmpathways.rules;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts calls: profile text that names it must never make it run. */
public final class Canary {
  static final AtomicInteger CALLS = new AtomicInteger();

  private Canary() {}

  public static String trip() {
    CALLS.incrementAndGet();
    return "tripped";
  }
}
