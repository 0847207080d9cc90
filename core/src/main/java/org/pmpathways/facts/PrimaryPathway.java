package org.pmpathways.facts;

import java.util.Objects;
import org.pmpathways.advice.Pathway;

/**
 * The pathway the candidate should follow first.
 *
 * <p>Immutable and thread-safe.
 */
public record PrimaryPathway(Pathway pathway) {
  public PrimaryPathway {
    Objects.requireNonNull(pathway, "pathway must not be null");
  }
}
