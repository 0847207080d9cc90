package org.pmpathways.resume;

import java.util.Objects;

/**
 * A question a host should ask a candidate whose profile came from a résumé, to settle a fact the
 * résumé could not give. Questions come ranked, most valuable first, by what their answers do to the
 * advice (see {@link ImportResult#questions}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable id of the question, the name of {@link #fact()}
 * @param fact the unknown fact the answer settles
 * @param text the question, from the bundle {@code org/pmpathways/resume/questions}
 * @param changesPrimaryPathway whether the answer changes the primary pathway in at least one
 *     combination of the other unknown facts' answers ({@code primaryChangeShare} says in how many)
 * @param primaryChangeShare in what share (0 to 1) of the combinations of the other unknown facts'
 *     answers this answer changes the primary pathway
 * @param largestScoreChange the largest change, over the three pathways, that the answer makes to a
 *     pathway's score (0 to 100)
 * @param actionsChanged the most next actions the answer adds or removes
 */
public record Question(String id, UnknownFact fact, String text, boolean changesPrimaryPathway,
    double primaryChangeShare, int largestScoreChange, int actionsChanged) {

  public Question {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(fact, "fact must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  /** Whether any plausible answer changes the advice at all. */
  public boolean changesAdvice() {
    return changesPrimaryPathway || largestScoreChange > 0 || actionsChanged > 0;
  }
}
