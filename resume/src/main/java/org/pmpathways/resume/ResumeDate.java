package org.pmpathways.resume;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
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
 * @param note how the text was read when that took a decision (year only, ambiguous day/month, a
 *     season or a quarter), or why it could not be read; empty otherwise
 * @param yearOnly whether the text gave a year and no month, so that the month is a guess the
 *     importer may move within that year (to stay before an end, or not after today)
 */
record ResumeDate(Kind kind, int month, String note, boolean yearOnly) {

  /** What a date text turned out to be. */
  enum Kind { DATE, OPEN, MISSING, UNREADABLE }

  /** The earliest year a résumé date may name. */
  static final int MIN_YEAR = 1900;
  /** The latest year a résumé date may name; later ones are typing mistakes, not plans. */
  static final int MAX_YEAR = 2200;
  /** Longer texts are not dates. */
  static final int MAX_LENGTH = 40;

  /** Open ends in English, French, Spanish, German, Portuguese and Italian, written without accents. */
  private static final Set<String> OPEN_WORDS = Set.of("present", "current", "currently", "now", "today",
      "ongoing", "to date", "till date", "until now", "heute", "bis heute", "aktuell", "derzeit", "actuel",
      "actuellement", "aujourd'hui", "en cours", "a ce jour", "actualidad", "actualmente", "presente", "hoy",
      "en curso", "a la fecha", "atual", "atualmente", "ate o momento", "oggi", "in corso", "attuale");

  /**
   * Month names and their usual short forms in English, French, Spanish, German, Portuguese and
   * Italian, written without accents. Where two languages share a form it names the same month.
   */
  private static final Map<String, Integer> MONTHS = months(
      "1 jan january janv janvier ene enero januar janeiro gen gennaio",
      "2 feb february fev fevr fevrier febrero februar fevereiro febbraio",
      "3 mar march mars marzo marz marco",
      "4 apr april avr avril abr abril aprile",
      "5 may mai mayo maio maggio mag",
      "6 jun june juin junio juni junho giu giugno",
      "7 jul july juil juillet julio juli julho lug luglio",
      "8 aug august aout ago agosto",
      "9 sep sept september septembre septiembre setiembre set setembro settembre",
      "10 oct october octobre octubre okt oktober out outubro ott ottobre",
      "11 nov november novembre noviembre novembro",
      "12 dec december decembre dic diciembre dez dezember dezembro dicembre");

  /** Seasons, each taken as its middle month. */
  private static final Map<String, Integer> SEASONS = Map.of("winter", 1, "hiver", 1, "spring", 4, "printemps", 4,
      "summer", 7, "ete", 7, "fall", 10, "autumn", 10, "automne", 10);

  private static final Pattern ISO = Pattern.compile("(\\d{1,9})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  /** An ISO date with a time of day, which is not needed: "2018-02-01T00:00:00.000Z", "2021-07-01 09:00". */
  private static final Pattern ISO_WITH_TIME = Pattern.compile(
      "(\\d{4}-\\d{1,2}-\\d{1,2})[t ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:z|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern SEASON = Pattern.compile("([a-z]+),? (\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("q([1-4]),? ?(\\d{4})|(\\d{4}),? ?q([1-4])");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{1,9})");
  private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,9})");
  private static final Pattern YEAR_SLASH_MONTH = Pattern.compile("(\\d{4})[/.](\\d{1,2})");
  private static final Pattern NAMED_MONTH = Pattern.compile("([a-z]+)\\.?,?\\s+(?:de\\s+)?(\\d{1,9})");
  private static final Pattern DAY_NAMED_MONTH = Pattern.compile(
      "(\\d{1,2})(?:er|o)?\\.?\\s+(?:de\\s+)?([a-z]+)\\.?,?\\s+(?:de\\s+)?(\\d{1,9})");
  private static final Pattern NAMED_MONTH_DAY = Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{1,9})");

  static ResumeDate missing() {
    return new ResumeDate(Kind.MISSING, 0, "", false);
  }

  static ResumeDate open() {
    return new ResumeDate(Kind.OPEN, 0, "", false);
  }

  /** This date moved to another month of its year, with the note saying how it was read. */
  ResumeDate movedTo(int newMonth, String why) {
    return new ResumeDate(kind, newMonth, why, yearOnly);
  }

  private static Map<String, Integer> months(String... rows) {
    Map<String, Integer> out = new HashMap<>();
    for (String row : rows) {
      String[] words = row.split(" ");
      for (int i = 1; i < words.length; i++) {
        Integer before = out.put(words[i], Integer.valueOf(words[0]));
        if (before != null) {
          throw new IllegalStateException("month name '" + words[i] + "' is listed twice");
        }
      }
    }
    return Map.copyOf(out);
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
    String t = ResumeText.plain(text.strip()).replace('\u2019', '\'').replace('\u2018', '\'')
        .replaceAll("\\s+", " ");
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).strip(); // "Present.", "March 2014."
    }
    if (OPEN_WORDS.contains(t)) {
      return open();
    }
    if (t.equals("-") || t.equals("\u2013") || t.equals("\u2014") || t.equals("n/a") || t.equals("none")) {
      return missing(); // written for "no date"
    }
    Matcher m;
    if ((m = ISO_WITH_TIME.matcher(t)).matches()) {
      t = m.group(1);
    }
    if ((m = QUARTER.matcher(t)).matches()) {
      String quarter = m.group(1) != null ? m.group(1) : m.group(4);
      String year = m.group(2) != null ? m.group(2) : m.group(3);
      ResumeDate date = date(year, Integer.toString(Integer.parseInt(quarter) * 3 - 1), null, "");
      return date.kind != Kind.DATE ? date : new ResumeDate(Kind.DATE, date.month, "quarter Q" + quarter
          + ": taken as its middle month, " + format(date.month), false);
    }
    if ((m = SEASON.matcher(t)).matches() && SEASONS.containsKey(m.group(1))) {
      ResumeDate date = date(m.group(2), Integer.toString(SEASONS.get(m.group(1))), null, "");
      return date.kind != Kind.DATE ? date : new ResumeDate(Kind.DATE, date.month, "season '" + m.group(1)
          + "': taken as " + format(date.month), false);
    }
    if ((m = ISO.matcher(t)).matches()) {
      if (m.group(2) == null) {
        return yearOnly(m.group(1));
      }
      ResumeDate date = date(m.group(1), m.group(2), m.group(3), "");
      if (date.kind == Kind.UNREADABLE && m.group(3) != null && date.note.startsWith("day ")) {
        ResumeDate month = date(m.group(1), m.group(2), null, "");
        if (month.kind == Kind.DATE) { // "2022-02-30": the month is clear, the day is a slip
          return new ResumeDate(Kind.DATE, month.month, date.note + "; the month is read", false);
        }
      }
      return date;
    }
    if ((m = YEAR_SLASH_MONTH.matcher(t)).matches()) {
      return date(m.group(1), m.group(2), null, "");
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
        + "Mar 2014, March 2014, mars 2014, 01 October 2013, 11/12/2023, Q3 2022, Summer 2018 or present)");
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
    return new ResumeDate(Kind.DATE, year.month, "year only: taken as July " + yearText, true);
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
      return unreadable("'" + monthName + "' is not a month name the importer reads (English, French, Spanish,"
          + " German, Portuguese or Italian)");
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
    return new ResumeDate(Kind.DATE, year * 12 + month - 1, note, false);
  }

  private static String pad(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static ResumeDate unreadable(String why) {
    return new ResumeDate(Kind.UNREADABLE, 0, why, false);
  }
}
