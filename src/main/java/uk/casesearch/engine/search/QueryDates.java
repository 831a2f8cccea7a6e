package uk.casesearch.engine.search;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date range written in a query ("in 2024", "since March 2024", "April 2025 to September
 * 2025", "between March 2017 and September 2017", "before 2020") and turns it into a date filter,
 * returning the rest of the query as the words to search for. Social workers write dates this way;
 * left in the query, "2024" only matches records that happen to contain the number.
 */
public final class QueryDates {

  /**
   * What was found.
   *
   * @param text the query without the date phrase (the original query when nothing was found)
   * @param from the first day of the range, or null for open
   * @param to the last day of the range, or null for open
   * @param phrase the date phrase as written, or null when nothing was found
   */
  public record Found(String text, LocalDate from, LocalDate to, String phrase) {
    public boolean any() {
      return phrase != null;
    }
  }

  private static final Map<String, Month> MONTHS = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT), m);
      MONTHS.put(
          m.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT).replace(".", ""),
          m);
    }
    MONTHS.put("sept", Month.SEPTEMBER);
  }

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String YEAR = "((?:19|20)\\d\\d)";

  /** A month and year, or a year alone: groups (month?, year). */
  private static final String POINT = "(?:" + MONTH + "\\s+)?" + YEAR;

  private static final Pattern RANGE =
      Pattern.compile(
          "\\b(?:between\\s+|from\\s+)?"
              + POINT
              + "\\s*(?:to|and|until|till|-|–)\\s*"
              + POINT
              + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SINCE =
      Pattern.compile(
          "\\b(?:since|after|from)\\s+"
              + MONTH
              + "\\s+"
              + YEAR
              + "\\b|\\b(?:since|after)\\s+"
              + YEAR
              + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE =
      Pattern.compile(
          "\\b(?:before|until|prior\\s+to)\\s+" + POINT + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WITHIN =
      Pattern.compile(
          "\\b(?:(?:in|during|from|of)\\s+)?" + POINT + "\\b", Pattern.CASE_INSENSITIVE);

  private QueryDates() {}

  /** Looks for one date phrase; the first kind that matches wins (ranges before single points). */
  public static Found find(String query) {
    Matcher m = RANGE.matcher(query);
    if (m.find()) {
      LocalDate from = start(m.group(1), m.group(2));
      LocalDate to = end(m.group(3), m.group(4));
      if (!from.isAfter(to)) return found(query, m, from, to);
    }
    m = SINCE.matcher(query);
    if (m.find()) {
      if (m.group(2) != null) return found(query, m, start(m.group(1), m.group(2)), null);
      // "since 2020" / "after 2020": "after" excludes the year itself, "since" includes it.
      boolean after = m.group().toLowerCase(Locale.ROOT).startsWith("after");
      LocalDate from = LocalDate.of(Integer.parseInt(m.group(3)) + (after ? 1 : 0), 1, 1);
      return found(query, m, from, null);
    }
    m = BEFORE.matcher(query);
    if (m.find()) return found(query, m, null, start(m.group(1), m.group(2)).minusDays(1));
    m = WITHIN.matcher(query);
    if (m.find())
      return found(query, m, start(m.group(1), m.group(2)), end(m.group(1), m.group(2)));
    return new Found(query, null, null, null);
  }

  private static Found found(String query, Matcher m, LocalDate from, LocalDate to) {
    String rest =
        (query.substring(0, m.start()) + " " + query.substring(m.end()))
            .replaceAll("\\s+", " ")
            .strip();
    // A query that was only a date ("2024") keeps its words: there is nothing else to search for.
    return new Found(rest.isEmpty() ? query : rest, from, to, m.group().strip());
  }

  private static LocalDate start(String month, String year) {
    int y = Integer.parseInt(year);
    return month == null ? LocalDate.of(y, 1, 1) : YearMonth.of(y, month(month)).atDay(1);
  }

  private static LocalDate end(String month, String year) {
    int y = Integer.parseInt(year);
    return month == null ? LocalDate.of(y, 12, 31) : YearMonth.of(y, month(month)).atEndOfMonth();
  }

  private static Month month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    Month m = MONTHS.get(key);
    return m != null ? m : MONTHS.get(key.substring(0, 3));
  }
}
