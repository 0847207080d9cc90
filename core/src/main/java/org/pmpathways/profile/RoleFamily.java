package org.pmpathways.profile;

/**
 * The family of jobs a candidate works in today. Free-text titles are read into one of these when
 * the profile gives no role.
 *
 * <p>{@link #UNKNOWN} is an answer, never an input: it is what reading a title gives when the title
 * cannot be read confidently, and the advice then asks for the role instead of guessing.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum RoleFamily {
  DEVELOPER,
  DESIGNER,
  BUSINESS_ANALYST,
  DATA_ANALYST,
  PROJECT_MANAGER,
  MARKETING,
  SALES,
  CUSTOMER_SUCCESS,
  PRODUCT_MANAGER,
  /** Founded or runs a company of their own ("Founder", "Co-founder &amp; CEO"): has built a product. */
  FOUNDER,
  /** Work away from the product trio that was read as such (a nurse, a teacher, an accountant). */
  OTHER,
  /** The title could not be read confidently; only ever read from a title, never given as a role. */
  UNKNOWN
}
