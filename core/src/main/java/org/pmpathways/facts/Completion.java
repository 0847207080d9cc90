package org.pmpathways.facts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.pmpathways.profile.PmLikeWork;

/**
 * What the actions a candidate has completed count as, by the action catalogue: PM work done,
 * people met, a product shipped, concept work written, product work finished on the projects.
 *
 * <p>Immutable and thread-safe.
 *
 * @param work the PM-like work completed actions stand for
 * @param pmContacts the product managers completed actions mean the candidate has met, at least
 * @param informationalInterviews the interviews completed actions mean the candidate has had, at least
 * @param shippedProduct a completed action stands for a product shipped with real users
 * @param conceptWork a completed action stands for written product thinking (a case study)
 * @param projectWorkDone a completed action stands for the product work done on the candidate's projects
 * @param ids the ids of the completed actions
 */
public record Completion(Set<PmLikeWork> work, int pmContacts, int informationalInterviews, boolean shippedProduct,
    boolean conceptWork, boolean projectWorkDone, Set<String> ids) {
  /** Nothing completed. */
  public static final Completion NONE = new Completion(Set.of(), 0, 0, false, false, false, Set.of());

  public Completion {
    EnumSet<PmLikeWork> copy = EnumSet.noneOf(PmLikeWork.class);
    copy.addAll(Objects.requireNonNull(work, "work must not be null"));
    work = Collections.unmodifiableSet(copy);
    ids = Set.copyOf(ids);
  }
}
