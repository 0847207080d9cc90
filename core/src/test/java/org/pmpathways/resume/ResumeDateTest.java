package org.pmpathways.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResumeDateTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2021-07-15 | 2021-07",
      "2021-07    | 2021-07",
      "2021-7     | 2021-07",
      "2021       | 2021-07",
      "March 2014 | 2014-03",
      "Mar 2014   | 2014-03",
      "mar. 2014  | 2014-03",
      "Sept 2019  | 2019-09",
      "01 October 2013 | 2013-10",
      "1 Oct 2013 | 2013-10",
      "October 1, 2013 | 2013-10",
      "11/2023    | 2023-11",
      "25/12/2023 | 2023-12",
      "12/25/2023 | 2023-12",
      "11/12/2023 | 2023-11",
      "05.04.2020 | 2020-05",
      "  Jan   2020 | 2020-01",
  })
  void readsEveryDateFormatToAMonth(String text, String month) {
    ResumeDate date = ResumeDate.read(text);
    assertEquals(ResumeDate.Kind.DATE, date.kind(), date.note());
    assertEquals(month, ResumeDate.format(date.month()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"current", "present", "Present", "PRESENT", "now", "Now", "ongoing", "to date"})
  void readsOpenEnds(String text) {
    assertEquals(ResumeDate.Kind.OPEN, ResumeDate.read(text).kind());
  }

  @Test
  void aMissingDateIsMissing() {
    assertEquals(ResumeDate.Kind.MISSING, ResumeDate.read(null).kind());
    assertEquals(ResumeDate.Kind.MISSING, ResumeDate.read("  ").kind());
  }

  @Test
  void anAmbiguousDayAndMonthIsReadMonthFirstAndSaysSo() {
    ResumeDate date = ResumeDate.read("11/12/2023");
    assertTrue(date.note().contains("ambiguous day/month"), date.note());
    assertTrue(date.note().contains("2023-11-12") && date.note().contains("2023-12-11"), date.note());
    assertEquals("", ResumeDate.read("25/12/2023").note(), "a day above 12 decides the order");
    assertEquals("", ResumeDate.read("07/07/2023").note(), "equal parts are not ambiguous");
  }

  @Test
  void aYearAloneIsTakenAsJulyAndSaysSo() {
    assertTrue(ResumeDate.read("2019").note().contains("July"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999", "99999-01", "99999-01-01", "Mar 99999", "1850", "2021-13", "2021-02-30",
      "31/31/2020", "Smarch 2014", "last year", "2021-07-15T10:00:00Z",
      "a very long text that is certainly not a date at all"})
  void refusesWhatIsNotADateWithTheReason(String text) {
    ResumeDate date = ResumeDate.read(text);
    assertEquals(ResumeDate.Kind.UNREADABLE, date.kind());
    assertTrue(!date.note().isBlank());
  }

  @Test
  void yearsOutOfRangeAreNamed() {
    assertTrue(ResumeDate.read("99999-01-01").note().contains("year 99999 is out of range"));
  }
}
