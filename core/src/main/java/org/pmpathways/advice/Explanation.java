package org.pmpathways.advice;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.pmpathways.internal.Later;

/**
 * One conclusion and the rule behind it: the rule's name (a sentence), what it concluded and the
 * facts it read, each in plain words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule's name, as written in the rules, or the name of the step of the advisor that
 *     drew the conclusion (adding up scores, ordering the plan)
 * @param effect what was concluded, in plain words
 * @param facts the facts it read, each described in words
 */
public record Explanation(String rule, String effect, List<String> facts) {
  public Explanation {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(effect, "effect must not be null");
    facts = List.copyOf(Objects.requireNonNull(facts, "facts must not be null"));
  }

  /**
   * An explanation rendered when it is first read, not before: an advice carries one so that a
   * caller who never reads the explanation never pays for its texts. The list is immutable and
   * thread-safe; the supplier runs at most once and must return the same entries whenever it runs.
   */
  public static List<Explanation> later(Supplier<List<Explanation>> render) {
    return Later.of(Objects.requireNonNull(render, "render must not be null"));
  }
}
