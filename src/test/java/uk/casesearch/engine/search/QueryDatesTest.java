package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryDatesTest {

  private static void check(String query, String text, String from, String to) {
    QueryDates.Found f = QueryDates.find(query);
    assertEquals(text, f.text(), query);
    assertEquals(from == null ? null : LocalDate.parse(from), f.from(), query);
    assertEquals(to == null ? null : LocalDate.parse(to), f.to(), query);
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
    QueryDates.Found f = QueryDates.find("instances of neglect");
    assertFalse(f.any());
    assertEquals("instances of neglect", f.text());
    assertNull(f.from());
    assertFalse(QueryDates.find("flat 2B, 150 Mill Lane").any(), "house numbers are not years");
    assertEquals("2024", QueryDates.find("2024").text(), "a date alone stays the query");
  }

  @Test
  void backwardsRangeIsNotARange() {
    // "2021 to 2019" is not a range; the first year is taken as the period meant.
    check("reviews 2021 to 2019", "reviews to 2019", "2021-01-01", "2021-12-31");
  }
}
