package org.pmpathways.examples.bench;

import java.util.Arrays;

/** Medians and quartiles of a benchmark's rounds. Stateless. */
final class Quantiles {
  private Quantiles() {}

  static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** The quantile, interpolated between the two nearest values (so the median of an even count is their mean). */
  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double at = q * (sorted.length - 1);
    int below = (int) Math.floor(at);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
  }
}
