package org.pmpathways.profile;

/**
 * What a side project is.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum ProjectKind {
  CODED_APP,
  NO_CODE_APP,
  BLOG_WITH_INFO_PRODUCT,
  ONLINE_STORE,
  WORKSHOP,
  CASE_STUDY,
  PROTOTYPE,
  FEATURE_PROPOSAL,
  FEATURE_REDESIGN,
  OTHER;

  /**
   * Whether this kind is written product work (a case study, prototype, proposal or redesign)
   * rather than a product that people use or buy.
   */
  public boolean isProductWork() {
    return this == CASE_STUDY || this == PROTOTYPE || this == FEATURE_PROPOSAL || this == FEATURE_REDESIGN;
  }
}
