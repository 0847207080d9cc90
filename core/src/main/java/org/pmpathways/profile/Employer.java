package org.pmpathways.profile;

/**
 * What the candidate's current employer is like. A profile without an employer describes someone
 * not employed, or whose employer is unknown.
 *
 * <p>Immutable and thread-safe.
 *
 * @param buildsDigitalProducts the employer builds software, apps or other digital products
 * @param hasProductManagers the employer has product managers the candidate could meet
 * @param formalProductProcess the employer follows a formal product practice (discovery, roadmaps,
 *     experiments)
 */
public record Employer(boolean buildsDigitalProducts, boolean hasProductManagers, boolean formalProductProcess) {

  /** Returns an employer with the given traits. */
  public static Employer of(boolean buildsDigitalProducts, boolean hasProductManagers,
      boolean formalProductProcess) {
    return new Employer(buildsDigitalProducts, hasProductManagers, formalProductProcess);
  }
}
