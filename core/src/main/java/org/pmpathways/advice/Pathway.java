package org.pmpathways.advice;

/**
 * The three ways into product management the advisor weighs.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Pathway {
  /** From a developer, designer or analyst role in the trio around a product. */
  PRODUCT_TRIO,
  /** From another role at an employer that builds digital products. */
  INTERNAL_MOVE,
  /** Creating one's own product work when no internal move is at hand. */
  BUILD_YOUR_OWN
}
