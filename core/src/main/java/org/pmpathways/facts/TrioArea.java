package org.pmpathways.facts;

/** The three areas of the product trio: what engineering, design and analysis each bring. */
public enum TrioArea {
  /** Can it be built? What engineers bring. */
  FEASIBILITY,
  /** Can people use it? What designers bring. */
  USABILITY,
  /** Is it worth building? What analysts bring. */
  VALUE
}
