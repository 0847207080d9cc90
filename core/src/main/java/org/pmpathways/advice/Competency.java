package org.pmpathways.advice;

/**
 * What hiring managers look for in a product manager, whatever the pathway.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Competency {
  CUSTOMER_EMPATHY,
  BUSINESS_SENSE,
  /** A record of getting things done. */
  EXECUTION
}
