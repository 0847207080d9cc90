package org.pmpathways.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Records one session: every rule that fired with the facts it matched and what it inserted, and
 * the facts alive in working memory in the order they were inserted. Reading facts in insertion
 * order, rather than from working memory, keeps the advice the same from run to run.
 *
 * <p>Not thread-safe: one per session.
 */
final class Trail extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
  /** One firing: the rule, the facts it matched, the facts it inserted. */
  record Firing(String rule, List<Object> matched, List<Object> inserted) {}

  private final Map<FactHandle, Object> live = new LinkedHashMap<>();
  private final Map<Object, String> insertedBy = new IdentityHashMap<>();
  private final List<Firing> firings = new ArrayList<>();
  private List<Object> pending = List.of();

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    live.put(event.getFactHandle(), event.getObject());
    if (event.getRule() != null) {
      if (pending.isEmpty()) {
        pending = new ArrayList<>(2);
      }
      pending.add(event.getObject());
      insertedBy.put(event.getObject(), event.getRule().getName());
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    live.replace(event.getFactHandle(), event.getObject());
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    live.remove(event.getFactHandle());
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    List<? extends FactHandle> handles = event.getMatch().getFactHandles();
    List<Object> matched = new ArrayList<>(handles.size());
    for (FactHandle handle : handles) {
      Object fact = live.get(handle);
      if (fact != null) {
        matched.add(fact);
      }
    }
    firings.add(new Firing(event.getMatch().getRule().getName(), matched, pending));
    pending = List.of();
  }

  List<Firing> firings() {
    return firings;
  }

  /** The name of the rule that inserted a fact, or {@code null} for a fact the engine inserted. */
  String ruleOf(Object fact) {
    return insertedBy.get(fact);
  }

  /** The live facts, in insertion order. */
  Iterable<Object> live() {
    return live.values();
  }
}
