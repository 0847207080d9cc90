package org.pmpathways.reading;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pmpathways.profile.ProfileLimits;

/**
 * The readings of texts already read, so that a text met again is not read again: a batch or a job
 * board sees the same titles ("Software Engineer", "Teacher") and skills ("Figma", "SQL") over and
 * over, and reading one means tokenising it and searching tens of thousands of labels. A reading
 * must depend on its text alone and be immutable, since every caller of the same text gets the same
 * reading.
 *
 * <p>Bounded: it keeps the readings of the first {@code capacity} texts it reads that are no longer
 * than a profile's ({@link ProfileLimits#MAX_TEXT_LENGTH} characters), and reads any other text each
 * time. A frequent text is likely to be met among the first, so it is likely kept. It never drops a
 * reading to make room: a version that started over when full made a batch whose texts never repeat
 * about 9 % slower (four pairs of batches, BENCHMARKS.md), where keeping the first ones cost nothing
 * measurable.
 *
 * <p>Thread-safe: two threads reading the same new text at once may both read it, and get equal but
 * different readings, one of which is kept. Threads reading new texts at once as it fills may keep a
 * few more than {@code capacity} (at most one more per thread, less one).
 *
 * @param <R> the reading of a text
 */
final class KeptReadings<R> {
  private final int capacity;
  private final Function<String, R> read;
  private final Map<String, R> readings;

  /**
   * @param capacity how many readings are kept, at least 1 (see the class's note on threads)
   * @param read what reads a text; it never returns {@code null}
   */
  KeptReadings(int capacity, Function<String, R> read) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.read = Objects.requireNonNull(read, "read must not be null");
    this.readings = new ConcurrentHashMap<>(Math.min(capacity, 1_024));
  }

  /** The reading of a text, kept from an earlier read of the same text when there was one. */
  R read(String text) {
    R reading = readings.get(text);
    if (reading == null) {
      reading = Objects.requireNonNull(read.apply(text), "a reading must not be null");
      if (text.length() <= ProfileLimits.MAX_TEXT_LENGTH && readings.size() < capacity) {
        readings.putIfAbsent(text, reading);
      }
    }
    return reading;
  }

  /** How many readings are kept now. */
  int size() {
    return readings.size();
  }
}
