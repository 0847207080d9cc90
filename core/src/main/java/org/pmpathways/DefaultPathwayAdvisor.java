package org.pmpathways;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.pmpathways.advice.Advice;
import org.pmpathways.engine.AdviceRun;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleReading;

/**
 * The advisor over one compiled rule set at a time. Replacing the host's rules swaps the whole rule
 * set in one step; the rule set it replaces is released once the calls that started on it finish,
 * and closing the advisor releases the current one the same way.
 */
final class DefaultPathwayAdvisor implements PathwayAdvisor {
  private final AtomicReference<Serving> serving;
  private final int maxRuleFirings;
  private final boolean fullExplanation;

  DefaultPathwayAdvisor(RuleSet rules, int maxRuleFirings, boolean fullExplanation) {
    this.maxRuleFirings = maxRuleFirings;
    this.fullExplanation = fullExplanation;
    this.serving = new AtomicReference<>(new Serving(new AdviceRun(rules, maxRuleFirings, fullExplanation)));
  }

  @Override
  public Advice advise(Profile profile) {
    Objects.requireNonNull(profile, "profile must not be null");
    while (true) {
      Serving current = current();
      if (current.enter()) {
        try {
          return current.run.advise(profile);
        } finally {
          current.leave();
        }
      }
      // replaced between the read and the entry: take the new one
    }
  }

  @Override
  public String words(Enum<?> value) {
    Objects.requireNonNull(value, "value must not be null");
    return current().run.words(value);
  }

  @Override
  public RoleFamily classifyTitle(String title) {
    Objects.requireNonNull(title, "title must not be null");
    return readTitle(title).family();
  }

  @Override
  public TitleReading readTitle(String title) {
    Objects.requireNonNull(title, "title must not be null");
    return current().run.rules().vocabulary().readTitle(title);
  }

  @Override
  public synchronized void replaceHostRules(List<RuleSource> hostRules) {
    List<RuleSource> sources = List.copyOf(Objects.requireNonNull(hostRules, "hostRules must not be null"));
    RuleSet next = current().run.rules().withHostRules(sources);
    Serving replacement = new Serving(new AdviceRun(next, maxRuleFirings, fullExplanation));
    Serving old = serving.getAndUpdate(s -> s == null ? null : replacement);
    if (old == null) {
      replacement.retire();
      throw closed();
    }
    old.retire();
  }

  @Override
  public synchronized void close() {
    Serving old = serving.getAndSet(null);
    if (old != null) {
      old.retire();
    }
  }

  private Serving current() {
    Serving s = serving.get();
    if (s == null) {
      throw closed();
    }
    return s;
  }

  private static IllegalStateException closed() {
    return new IllegalStateException("the advisor is closed");
  }

  /**
   * A run and the number of holders it has: the advisor while it serves this run, plus each call
   * under way. The run is closed when the count reaches zero, and can never be entered again.
   */
  private static final class Serving {
    final AdviceRun run;
    private final AtomicInteger holders = new AtomicInteger(1);

    Serving(AdviceRun run) {
      this.run = run;
    }

    boolean enter() {
      int n;
      do {
        n = holders.get();
        if (n == 0) {
          return false;
        }
      } while (!holders.compareAndSet(n, n + 1));
      return true;
    }

    void leave() {
      if (holders.decrementAndGet() == 0) {
        run.close();
      }
    }

    /** The advisor lets go of this run; it closes now, or when the last call under way finishes. */
    void retire() {
      leave();
    }
  }
}
