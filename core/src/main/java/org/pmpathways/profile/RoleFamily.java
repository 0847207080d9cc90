package org.pmpathways.profile;

/**
 * The family of jobs a candidate works in today. Free-text titles are read into one of these when
 * the profile gives no role.
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
  OTHER
}
