package org.pmpathways.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
      // a time of day is not needed
      "2021-07-15T10:00:00Z | 2021-07",
      "2018-02-01T00:00:00.000Z | 2018-02",
      "2021-07-01 09:00 | 2021-07",
      // month names in French, Spanish, German, Portuguese and Italian, with or without accents
      "septembre 2014 | 2014-09",
      "janv. 2017 | 2017-01",
      "déc. 2019 | 2019-12",
      "Février 2020 | 2020-02",
      "août 2018 | 2018-08",
      "1er mars 2015 | 2015-03",
      "marzo de 2020 | 2020-03",
      "dic. 2019 | 2019-12",
      "15 de enero de 2021 | 2021-01",
      "März 2016 | 2016-03",
      "Dezember 2019 | 2019-12",
      "março de 2020 | 2020-03",
      "giugno 2017 | 2017-06",
      // seasons and quarters, each taken as its middle month
      "Summer 2018 | 2018-07",
      "Q3 2022 | 2022-08",
      "2022 Q1 | 2022-02",
      "2019/03 | 2019-03",
      "March 2014. | 2014-03",
      "2014. | 2014-07",
      "2019.11 | 2019-11",
      // a day that does not exist, where the month is clear
      "2022-02-30 | 2022-02",
  })
  void readsEveryDateFormatToAMonth(String text, String month) {
    ResumeDate date = ResumeDate.read(text);
    assertEquals(ResumeDate.Kind.DATE, date.kind(), date.note());
    assertEquals(month, ResumeDate.format(date.month()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"current", "present", "Present", "PRESENT", "Present.", "now", "Now", "ongoing", "to date",
      "aujourd'hui", "Aujourd’hui", "en cours", "à ce jour", "Actualmente", "actualidad", "bis heute", "atualmente",
      "in corso"})
  void readsOpenEnds(String text) {
    assertEquals(ResumeDate.Kind.OPEN, ResumeDate.read(text).kind());
  }

  @Test
  void aMissingDateIsMissing() {
    assertEquals(ResumeDate.Kind.MISSING, ResumeDate.read(null).kind());
    assertEquals(ResumeDate.Kind.MISSING, ResumeDate.read("  ").kind());
    assertEquals(ResumeDate.Kind.MISSING, ResumeDate.read("-").kind());
    assertEquals(ResumeDate.Kind.MISSING, ResumeDate.read("n/a").kind());
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
    assertTrue(ResumeDate.read("2019").yearOnly());
    assertFalse(ResumeDate.read("Jul 2019").yearOnly());
    assertTrue(ResumeDate.read("Summer 2018").note().contains("season 'summer'"));
  }

  @Test
  void aDayThatDoesNotExistIsReportedWhileItsMonthIsRead() {
    assertEquals("day 30 does not exist in 2022-02; the month is read", ResumeDate.read("2022-02-30").note());
  }

  @Test
  void anUnknownMonthNameSaysWhichLanguagesAreRead() {
    assertEquals("'smarch' is not a month name the importer reads (English, French, Spanish, German, Portuguese or"
        + " Italian)", ResumeDate.read("Smarch 2014").note());
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999", "99999-01", "99999-01-01", "Mar 99999", "1850", "2021-13", "2021-13-01",
      "31/31/2020", "Smarch 2014", "last year", "2021-07-15T99", "Q5 2022", "Summer",
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
