package org.pmpathways.resume;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date as a résumé writes it, read to a month. Résumés give months at best in practice, so the
 * importer counts in months: a day is kept only to decide a day/month order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind whether the text was a date, an open end ("present"), missing or unreadable
 * @param month months since year 0 ({@code year * 12 + month - 1}); meaningful for {@link Kind#DATE} only
 * @param note how the text was read when that took a decision (year only, ambiguous day/month), or
 *     why it could not be read; empty otherwise
 */
record ResumeDate(Kind kind, int month, String note) {

  /** What a date text turned out to be. */
  enum Kind { DATE, OPEN, MISSING, UNREADABLE }

  /** The earliest year a résumé date may name. */
  static final int MIN_YEAR = 1900;
  /** The latest year a résumé date may name; later ones are typing mistakes, not plans. */
  static final int MAX_YEAR = 2200;
  /** Longer texts are not dates. */
  static final int MAX_LENGTH = 40;

  private static final Set<String> OPEN_WORDS = Set.of("present", "current", "currently", "now", "today",
      "ongoing", "to date", "till date", "until now", "heute", "actuel", "aujourd'hui", "actualidad", "presente");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
      Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7),
      Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11),
      Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

  private static final Pattern ISO = Pattern.compile("(\\d{1,9})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{1,9})");
  private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,9})");
  private static final Pattern NAMED_MONTH = Pattern.compile("([a-z]+)\\.?,?\\s+(\\d{1,9})");
  private static final Pattern DAY_NAMED_MONTH = Pattern.compile("(\\d{1,2})\\s+([a-z]+)\\.?,?\\s+(\\d{1,9})");
  private static final Pattern NAMED_MONTH_DAY = Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{1,9})");

  static ResumeDate missing() {
    return new ResumeDate(Kind.MISSING, 0, "");
  }

  static ResumeDate open() {
    return new ResumeDate(Kind.OPEN, 0, "");
  }

  /**
   * Reads a date text. Never throws: a text that is not a date becomes {@link Kind#UNREADABLE} with
   * the reason in {@link #note()}.
   */
  static ResumeDate read(String text) {
    if (text == null || text.isBlank()) {
      return missing();
    }
    if (text.length() > MAX_LENGTH) {
      return unreadable("is " + text.length() + " characters long; dates are at most " + MAX_LENGTH);
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (OPEN_WORDS.contains(t)) {
      return open();
    }
    Matcher m;
    if ((m = ISO.matcher(t)).matches()) {
      if (m.group(2) == null) {
        return yearOnly(m.group(1));
      }
      return date(m.group(1), m.group(2), m.group(3), "");
    }
    if ((m = SLASHED.matcher(t)).matches()) {
      return slashed(m.group(1), m.group(2), m.group(3));
    }
    if ((m = MONTH_SLASH_YEAR.matcher(t)).matches()) {
      return date(m.group(2), m.group(1), null, "");
    }
    if ((m = NAMED_MONTH.matcher(t)).matches()) {
      return named(m.group(1), m.group(2), null);
    }
    if ((m = DAY_NAMED_MONTH.matcher(t)).matches()) {
      return named(m.group(2), m.group(3), m.group(1));
    }
    if ((m = NAMED_MONTH_DAY.matcher(t)).matches()) {
      return named(m.group(1), m.group(3), m.group(2));
    }
    return unreadable("'" + text.strip() + "' is not a date the importer reads (such as 2021-07, 2021, "
        + "Mar 2014, March 2014, 01 October 2013, 11/12/2023 or present)");
  }

  /** Whether this date is after the month of {@code today}. */
  boolean isAfter(LocalDate today) {
    return kind == Kind.DATE && month > monthOf(today);
  }

  static int monthOf(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  /** The month as text, {@code 2021-07}. */
  static String format(int month) {
    return String.format(Locale.ROOT, "%04d-%02d", month / 12, month % 12 + 1);
  }

  private static ResumeDate yearOnly(String yearText) {
    ResumeDate year = date(yearText, "7", null, "");
    if (year.kind != Kind.DATE) {
      return year;
    }
    return new ResumeDate(Kind.DATE, year.month, "year only: taken as July " + yearText);
  }

  /**
   * Day and month in either order. A part above 12 can only be the day. When both are 12 or less the
   * text is ambiguous: it is read month first (11/12/2023 as November 12), the order of US résumés
   * and of the tools that write most exported résumés, and the note says so.
   */
  private static ResumeDate slashed(String first, String second, String year) {
    int a = Integer.parseInt(first);
    int b = Integer.parseInt(second);
    if (a > 12 && b <= 12) {
      return date(year, second, first, "");
    }
    if (b > 12 && a <= 12) {
      return date(year, first, second, "");
    }
    if (a > 12) {
      return unreadable("'" + first + "/" + second + "/" + year + "' has no month (neither part is 12 or less)");
    }
    if (a == b) {
      return date(year, first, second, "");
    }
    return date(year, first, second, "ambiguous day/month: read month first as " + year + "-" + pad(a)
        + "-" + pad(b) + "; day first it would be " + year + "-" + pad(b) + "-" + pad(a));
  }

  private static ResumeDate named(String monthName, String year, String day) {
    Integer month = MONTHS.get(monthName);
    if (month == null) {
      return unreadable("'" + monthName + "' is not an English month name");
    }
    return date(year, Integer.toString(month), day, "");
  }

  private static ResumeDate date(String yearText, String monthText, String dayText, String note) {
    if (yearText.length() > 4) {
      return unreadable("year " + yearText + " is out of range (" + MIN_YEAR + " to " + MAX_YEAR + ")");
    }
    int year = Integer.parseInt(yearText);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return unreadable("year " + yearText + " is out of range (" + MIN_YEAR + " to " + MAX_YEAR + ")");
    }
    int month = Integer.parseInt(monthText);
    if (month < 1 || month > 12) {
      return unreadable("month " + monthText + " is not 1 to 12");
    }
    if (dayText != null) {
      try {
        LocalDate.of(year, month, Integer.parseInt(dayText));
      } catch (DateTimeException e) {
        return unreadable("day " + dayText + " does not exist in " + year + "-" + pad(month));
      }
    }
    return new ResumeDate(Kind.DATE, year * 12 + month - 1, note);
  }

  private static String pad(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static ResumeDate unreadable(String why) {
    return new ResumeDate(Kind.UNREADABLE, 0, why);
  }
}
