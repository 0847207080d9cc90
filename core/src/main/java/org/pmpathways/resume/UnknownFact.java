package org.pmpathways.resume;

/**
 * A fact the advice uses that a résumé cannot give. An import reports which of these it left unknown,
 * and {@link ImportResult#questions} turns them into questions for the host to ask. The names are
 * stable ids: hosts may key their own texts and forms on them.
 *
 * <p>Immutable and thread-safe.
 */
public enum UnknownFact {
  /** Whether the current employer builds software, apps or other digital products. */
  EMPLOYER_BUILDS_DIGITAL_PRODUCTS,
  /** Whether the current employer has product managers the candidate could meet. */
  EMPLOYER_HAS_PRODUCT_MANAGERS,
  /** Whether the current employer follows a formal product practice. */
  EMPLOYER_FORMAL_PRODUCT_PROCESS,
  /** How many product managers the candidate talks with. */
  PM_CONTACTS,
  /** How many informational interviews the candidate has held. */
  INFORMATIONAL_INTERVIEWS,
  /** Which product-management work the candidate has done in a job. */
  PM_LIKE_WORK,
  /** Whether the candidate's side projects launched and found users or revenue. */
  SIDE_PROJECT_RESULTS;

  /** Whether the fact describes the current employer, and so applies only to someone employed. */
  boolean aboutEmployer() {
    return this == EMPLOYER_BUILDS_DIGITAL_PRODUCTS || this == EMPLOYER_HAS_PRODUCT_MANAGERS
        || this == EMPLOYER_FORMAL_PRODUCT_PROCESS;
  }
}
