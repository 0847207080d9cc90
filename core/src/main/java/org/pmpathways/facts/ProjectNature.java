package org.pmpathways.facts;

/**
 * What a side project can prove, by its kind: the project-kinds table of the rules says which kind
 * is which.
 */
public enum ProjectNature {
  /** Something people use or buy (an app, a store, a paid newsletter): proof once it has users or revenue. */
  SHIPPED_PRODUCT,
  /** Something delivered to people (a workshop, a service): proof with revenue or measured results. */
  SERVICE,
  /** Written product thinking (a case study, a prototype, a proposal, a redesign): never proof of shipping. */
  CONCEPT
}
