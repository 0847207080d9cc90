package org.pmpathways.advice;

import java.util.List;
import java.util.Objects;
import org.pmpathways.internal.Later;

/**
 * A next step for the candidate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier hosts may key their own content on (see the contract)
 * @param pathway the pathway this step serves, or {@code null} for a step that serves any pathway
 * @param competency the competency it builds or shows, or {@code null}
 * @param priority 1 for the first step, 2 for the next, and so on
 * @param title a short imperative line
 * @param detail a few sentences on how to do it
 * @param because why it was chosen for this candidate
 * @param rules the rules that proposed it, in firing order; the explanation lists the facts each matched
 */
public record Action(String id, Pathway pathway, Competency competency, int priority, String title,
    String detail, List<String> because, List<String> rules) {
  public Action {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(detail, "detail must not be null");
    because = Later.keep(Objects.requireNonNull(because, "because must not be null"));
    rules = Later.keep(Objects.requireNonNull(rules, "rules must not be null"));
  }
}
