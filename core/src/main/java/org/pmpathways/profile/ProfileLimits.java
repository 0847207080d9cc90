package org.pmpathways.profile;

import org.pmpathways.InvalidProfileException;

/**
 * The bounds a profile must stay within. They are checked wherever a profile is built, by the
 * builders and by the JSON reader, and a profile outside them is refused with the field named.
 *
 * <p>Thread-safe: constants and checks without state.
 */
public final class ProfileLimits {
  /** The most years of experience a profile may state. */
  public static final int MAX_YEARS = 60;
  /** The largest count (users, contacts, interviews) a profile may state. */
  public static final long MAX_COUNT = 1_000_000_000L;
  /** The longest text (id, title, a skill, a certificate, a project name), in characters. */
  public static final int MAX_TEXT_LENGTH = 200;
  /** The most entries in any list of a profile. */
  public static final int MAX_LIST_SIZE = 100;
  /** The largest revenue a side project may state. */
  public static final double MAX_REVENUE = 1e15;

  private ProfileLimits() {}

  static void checkRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidProfileException(field, "must be between " + min + " and " + max + ", was " + value);
    }
  }

  static void checkText(String field, String value) {
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new InvalidProfileException(field,
          "must be at most " + MAX_TEXT_LENGTH + " characters, was " + value.length());
    }
  }

  static void checkSize(String field, int size) {
    if (size > MAX_LIST_SIZE) {
      throw new InvalidProfileException(field, "must have at most " + MAX_LIST_SIZE + " entries, had " + size);
    }
  }
}
