package org.pmpathways.profile;

/**
 * Product-management work a candidate has already done in a job, whatever the job was called.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum PmLikeWork {
  DEFINED_PROBLEM,
  PROPOSED_SOLUTION_WITH_DATA,
  PRIORITIZED_BACKLOG,
  RAN_USER_RESEARCH,
  DEFINED_SUCCESS_METRICS,
  BUILT_ROADMAP,
  LED_CROSS_FUNCTIONAL_WORK,
  RAN_EXPERIMENT,
  DOCUMENTED_PRODUCT_PROCESS,
  GOT_ITEM_ON_ROADMAP
}
