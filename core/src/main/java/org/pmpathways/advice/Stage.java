package org.pmpathways.advice;

/**
 * How far a candidate is on the way into product management, which decides what the plan asks of
 * them: first product work, then proof backed by outcomes, then showing it and applying.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Stage {
  /** No product proof and no product-management work of substance yet. */
  GETTING_STARTED,
  /** Product work under way (a project, a concept, PM-like tasks at work), nothing backed by outcomes yet. */
  BUILDING_PROOF,
  /**
   * Proof backed by outcomes (a launch with real users, revenue or measured results) or strong PM work
   * in a job: time to show it, ask for the role and apply.
   */
  READY
}
