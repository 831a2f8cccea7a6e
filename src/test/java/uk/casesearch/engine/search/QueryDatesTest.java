package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every date form the reader knows, each with the window it must give and the words it must leave,
 * against a fixed today (Wednesday 2 December 2026).
 */
class QueryDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static QueryDates.Found check(String query, String text, String from, String to) {
    QueryDates.Found f = QueryDates.find(query, TODAY);
    assertEquals(text, f.text(), query);
    assertEquals(from == null ? null : LocalDate.parse(from), f.from(), query);
    assertEquals(to == null ? null : LocalDate.parse(to), f.to(), query);
    return f;
  }

  /** A date that must not become a filter, and stays in the words. */
  private static void leftAlone(String query, String phrase, String reason) {
    QueryDates.Found f = QueryDates.find(query, TODAY);
    assertFalse(f.any(), query + " read as " + f.from() + ".." + f.to());
    assertEquals(query, f.text(), query);
    assertEquals(List.of(new QueryDates.LeftAlone(phrase, reason)), f.leftAlone(), query);
  }

  @Test
  void wholeDatesAreThatDayNeverTheirYear() {
    check("referral 15/03/2015", "referral", "2015-03-15", "2015-03-15");
    check("referral 1/4/25", "referral", "2025-04-01", "2025-04-01");
    check("referral 15.03.2015", "referral", "2015-03-15", "2015-03-15");
    check("referral 15-03-2015", "referral", "2015-03-15", "2015-03-15");
    check("referral 2015-03-15", "referral", "2015-03-15", "2015-03-15");
    check("meeting on 5 May 2016", "meeting", "2016-05-05", "2016-05-05");
    check("ICPC 1st April 2025", "ICPC", "2025-04-01", "2025-04-01");
    check("ICPC 1st of April, 2025", "ICPC", "2025-04-01", "2025-04-01");
    check("visit April 3rd 2025", "visit", "2025-04-03", "2025-04-03");
    check("strategy discussion 9/9/99", "strategy discussion", "1999-09-09", "1999-09-09");
    check("strategy discussion 9/9/27", "strategy discussion", "2027-09-09", "2027-09-09");
    check("strategy discussion 9/9/28", "strategy discussion", "1928-09-09", "1928-09-09");
  }

  @Test
  void impossibleDatesAreNotDates() {
    assertFalse(QueryDates.find("note 31/02/2020", TODAY).any());
    assertFalse(QueryDates.find("note 13/13/2013", TODAY).any());
    assertFalse(QueryDates.find("version 1.2.3.4", TODAY).any());
    assertFalse(QueryDates.find("paid £2019 in arrears", TODAY).any(), "an amount is not a year");
  }

  @Test
  void numericRanges() {
    check("LAC reviews 01/01/2024 to 31/12/2024", "LAC reviews", "2024-01-01", "2024-12-31");
    check("visits 01/04/2025 - 30/09/2025", "visits", "2025-04-01", "2025-09-30");
    check("visits 01/04/2025-30/09/2025", "visits", "2025-04-01", "2025-09-30");
    check("core group from 01/01/2021 to 31/12/2021", "core group", "2021-01-01", "2021-12-31");
    check("between 01/01/2019 and 31/12/2019 police", "police", "2019-01-01", "2019-12-31");
    check("police 5 May 2016 until 1 June 2016", "police", "2016-05-05", "2016-06-01");
    check("missing since 01/03/2024", "missing", "2024-03-01", null);
    check("missing before 01/01/2020", "missing", null, "2019-12-31");
    check("missing after 31/12/2019", "missing", "2020-01-01", null);
    check("missing prior to 1 March 2020", "missing", null, "2020-02-29");
    check("missing until 1 March 2020", "missing", null, "2020-03-01");
  }

  @Test
  void relativeDates() {
    check("visits today", "visits", "2026-12-02", "2026-12-02");
    check("visits yesterday", "visits", "2026-12-01", "2026-12-01");
    check("visits this week", "visits", "2026-11-30", "2026-12-02");
    check("visits last week", "visits", "2026-11-23", "2026-11-29");
    check("visits this month", "visits", "2026-12-01", "2026-12-02");
    check("visits last month", "visits", "2026-11-01", "2026-11-30");
    check("visits this year", "visits", "2026-01-01", "2026-12-02");
    check("police call outs last year", "police call outs", "2025-01-01", "2025-12-31");
    check("missing episodes in the last 6 months", "missing episodes", "2026-06-03", "2026-12-02");
    check("missing in the past two weeks", "missing", "2026-11-19", "2026-12-02");
    check("missing over the last 10 days", "missing", "2026-11-23", "2026-12-02");
    check("missing in the last 2 years", "missing", "2024-12-03", "2026-12-02");
    check("missing in the last year", "missing", "2025-12-03", "2026-12-02");
    check("missing last 3 months", "missing", "2026-09-03", "2026-12-02");
    check("home visits since Christmas", "home visits", "2025-12-24", null);
    check("home visits since Christmas 2024", "home visits", "2024-12-24", null);
    check("home visits after Christmas 2024", "home visits", "2025-01-01", null);
    check("school since the summer holidays", "school", "2026-07-20", null);
    check("school in the summer holidays 2025", "school", "2025-07-20", "2025-08-31");
    check("visits since last year", "visits", "2025-01-01", null);
  }

  @Test
  void relativeDatesBeforeTheirDay() {
    // Before 24 December, "since Christmas" is last year's.
    assertEquals(
        LocalDate.of(2025, 12, 24),
        QueryDates.find("since Christmas", LocalDate.of(2026, 12, 23)).from());
    // Before the summer holidays, "since the summer holidays" is last summer's.
    assertEquals(
        LocalDate.of(2025, 7, 20),
        QueryDates.find("since the summer holidays", LocalDate.of(2026, 5, 1)).from());
  }

  @Test
  void datesOfBirthAreNotFilters() {
    leftAlone("Levi Fairclough DOB 01/12/2017", "DOB 01/12/2017", "date_of_birth");
    leftAlone("Levi Fairclough D.O.B. 01/12/2017", "D.O.B. 01/12/2017", "date_of_birth");
    leftAlone("Levi Fairclough (dob: 1/12/17)", "dob: 1/12/17", "date_of_birth");
    leftAlone(
        "Levi Fairclough date of birth 1 December 2017",
        "date of birth 1 December 2017",
        "date_of_birth");
    leftAlone("Levi born 2017", "born 2017", "date_of_birth");
    leftAlone("Levi born on 1st December 2017", "born on 1st December 2017", "date_of_birth");
  }

  @Test
  void aDateOfBirthBesideARangeLeavesTheRange() {
    QueryDates.Found f =
        check(
            "Leo Hatfield DOB 26/04/2013 absenteeism since 2024",
            "Leo Hatfield DOB 26/04/2013 absenteeism",
            "2024-01-01",
            null);
    assertEquals(
        List.of(new QueryDates.LeftAlone("DOB 26/04/2013", "date_of_birth")), f.leftAlone());
  }

  @Test
  void pastedFormLinesAreNotFilters() {
    QueryDates.Found f =
        QueryDates.find("assessment start: 29/11/2025 Completed: 03/01/2026", TODAY);
    assertFalse(f.any());
    assertEquals(
        List.of(
            new QueryDates.LeftAlone("assessment start: 29/11/2025", "form_field"),
            new QueryDates.LeftAlone("Completed: 03/01/2026", "form_field")),
        f.leftAlone());
    leftAlone("Contact date: 14/02/2015 police", "Contact date: 14/02/2015", "form_field");
    // One label that is not a form's, before a date: the date is meant.
    check("LAC review: 2024", "LAC review", "2024-01-01", "2024-12-31");
  }

  @Test
  void quotedDatesStayInThePhrase() {
    leftAlone("\"visit on 5 May 2016\"", "5 May 2016", "quoted");
  }

  @Test
  void oneRangeIsRead() {
    QueryDates.Found f =
        check(
            "referral 15/03/2015 strategy 20/03/2015",
            "referral strategy 20/03/2015",
            "2015-03-15",
            "2015-03-15");
    assertEquals(List.of(new QueryDates.LeftAlone("20/03/2015", "another_date")), f.leftAlone());
  }

  @Test
  void yearsAndMonths() {
    check("LAC reviews in 2024", "LAC reviews", "2024-01-01", "2024-12-31");
    check("school reports 2026", "school reports", "2026-01-01", "2026-12-31");
    check("core group minutes from 2021", "core group minutes", "2021-01-01", "2021-12-31");
    check("visits in February 2024", "visits", "2024-02-01", "2024-02-29");
    check("visits during sept 2023", "visits", "2023-09-01", "2023-09-30");
  }

  @Test
  void ranges() {
    check(
        "home visits between March 2017 and September 2017",
        "home visits",
        "2017-03-01",
        "2017-09-30");
    check(
        "statutory visits April 2025 to September 2025",
        "statutory visits",
        "2025-04-01",
        "2025-09-30");
    check(
        "statutory visits November 2015 to February 2016",
        "statutory visits",
        "2015-11-01",
        "2016-02-29");
    check("reviews 2019 to 2021", "reviews", "2019-01-01", "2021-12-31");
    check("reviews from 2019 - 2021", "reviews", "2019-01-01", "2021-12-31");
  }

  @Test
  void openEnded() {
    check("missing episodes since March 2024", "missing episodes", "2024-03-01", null);
    check("missing episodes since 2024", "missing episodes", "2024-01-01", null);
    check("missing episodes after 2024", "missing episodes", "2025-01-01", null);
    check("police call-outs before June 2020", "police call-outs", null, "2020-05-31");
    check("police call-outs before 2020", "police call-outs", null, "2019-12-31");
  }

  @Test
  void noDateNoChange() {
    QueryDates.Found f = QueryDates.find("instances of neglect", TODAY);
    assertFalse(f.any());
    assertEquals("instances of neglect", f.text());
    assertNull(f.from());
    assertFalse(
        QueryDates.find("flat 2B, 150 Mill Lane", TODAY).any(), "house numbers are not years");
    assertEquals("2024", QueryDates.find("2024", TODAY).text(), "a date alone stays the query");
  }

  @Test
  void backwardsRangeIsNotARange() {
    // "2021 to 2019" is not a range; the first year is taken as the period meant.
    check("reviews 2021 to 2019", "reviews to 2019", "2021-01-01", "2021-12-31");
  }
}
