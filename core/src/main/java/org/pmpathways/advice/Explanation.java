package org.pmpathways.advice;

import java.util.List;
import java.util.Objects;

/**
 * One rule that fired: its name, what it concluded, and the facts it matched.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule's name, as written in the rules
 * @param effect what the rule concluded, in plain words
 * @param facts the facts the rule matched, each described in one line
 */
public record Explanation(String rule, String effect, List<String> facts) {
  public Explanation {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(effect, "effect must not be null");
    facts = List.copyOf(facts);
  }
}
