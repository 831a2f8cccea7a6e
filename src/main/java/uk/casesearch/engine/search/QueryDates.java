package uk.casesearch.engine.search;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date range a query asks for, in the forms UK practitioners write: whole dates
 * (15/03/2015, 1/4/25, 15.03.2015, 5 May 2016, 1st April 2025), months (April 2025), years, ranges
 * (to, -, until, between ... and ...), open ends (since, from, after, before, prior to, until) and
 * dates relative to today (yesterday, this week, last month, last year, in the last 6 months, since
 * Christmas, since the summer holidays). The range becomes a date filter and its words leave the
 * query; left in it, "2024" only matches records that happen to contain the number.
 *
 * <p>Dates that say something other than when a record was written are left alone, in the words: a
 * date of birth (after DOB, D.O.B., born, date of birth), a date in a pasted form line ("Completed:
 * 03/01/2026") and a date inside a quoted phrase. A whole date is read as that day, never as its
 * year. One range is read per query; any other date stays in the words.
 */
public final class QueryDates {

  /**
   * What was read.
   *
   * @param text the query without the date phrase (the original query when nothing was read)
   * @param from the first day of the range, or null for open
   * @param to the last day of the range, or null for open
   * @param phrase the date phrase as written, or null when nothing was read
   * @param leftAlone dates seen and not read as the range, with why, in the order written
   */
  public record Found(
      String text, LocalDate from, LocalDate to, String phrase, List<LeftAlone> leftAlone) {
    public Found {
      leftAlone = List.copyOf(leftAlone);
    }

    public boolean any() {
      return phrase != null;
    }
  }

  /**
   * A date the query holds that did not become its date range.
   *
   * @param phrase the date as written (with its label, such as "DOB 26/04/2013")
   * @param reason why: {@code date_of_birth}, {@code form_field}, {@code quoted} or {@code
   *     another_date} (only one range is read)
   */
  public record LeftAlone(String phrase, String reason) {}

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

  private static final Map<String, Integer> NUMBERS = new HashMap<>();

  static {
    String[] words = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve"
    };
    for (int i = 0; i < words.length; i++) NUMBERS.put(words[i], i + 1);
    NUMBERS.put("couple of", 2);
    NUMBERS.put("few", 3);
  }

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String COUNT =
      "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|few)";
  private static final String UNIT = "(day|week|month|year)s?";

  /** What a point in a query names, tried in this order at each place (longest forms first). */
  private enum Form {
    /** 15/03/2015, 1/4/25, 15.03.2015, 15-03-2015. */
    NUMERIC("(?<![\\d/.])\\b(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)(?!\\2\\d)"),
    /** 2015-03-15. */
    ISO("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b"),
    /** 5 May 2016, 1st of April 2025. */
    DAY_MONTH_YEAR("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b"),
    /** May 5 2016, April 1st, 2025. */
    MONTH_DAY_YEAR("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b"),
    /** April 2025. */
    MONTH_YEAR("\\b" + MONTH + ",?\\s+" + YEAR + "\\b"),
    /** Christmas (2024). */
    CHRISTMAS("\\b(?:xmas|christmas)(?:\\s+(?:day\\s+)?" + YEAR + ")?\\b"),
    /** The summer holidays (2024). */
    SUMMER("\\b(?:the\\s+)?summer(?:\\s+holidays?|\\s+hols)?(?:\\s+" + YEAR + ")?\\b"),
    /** In the last 6 months, past two weeks. */
    ROLLING("\\b(?:the\\s+)?(?:last|past|previous)\\s+" + COUNT + "\\s+" + UNIT + "\\b"),
    /** In the last year, the past week: one unit back from today. */
    ROLLING_ONE("\\b(?:the\\s+(?:last|past)|past)\\s+" + UNIT + "\\b"),
    /** Last week, this month, last year. */
    CALENDAR("\\b(this|last|previous)\\s+(week|month|year)\\b"),
    /** Today, yesterday. */
    DAY_WORD("\\b(today|yesterday)\\b"),
    /** 2024. */
    YEAR_ALONE("(?<![£$#\\d.,/])\\b" + YEAR + "\\b(?![.,/]?\\d)");

    final Pattern pattern;

    Form(String regex) {
      this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
  }

  /**
   * A date named in the query.
   *
   * @param start where it starts in the query
   * @param end where it ends
   * @param first its first day
   * @param last its last day
   * @param form how it was written
   */
  private record Point(int start, int end, LocalDate first, LocalDate last, Form form) {
    boolean relative() {
      return form == Form.ROLLING
          || form == Form.ROLLING_ONE
          || form == Form.CALENDAR
          || form == Form.DAY_WORD;
    }
  }

  /** Words before a point that make it a date of birth. */
  private static final Pattern BIRTH =
      Pattern.compile(
          "(?:\\bd\\.?\\s?o\\.?\\s?b\\b\\.?|\\bdate\\s+of\\s+birth|\\bborn(?:\\s+on)?|\\bbirthday)\\s*[:\\-]?\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** A form label just before a point: "Completed: ", "Contact date - ". */
  private static final Pattern LABEL =
      Pattern.compile("\\b([a-z][a-z ]{0,30}?)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);

  /** Labels anywhere in the query: two or more mean pasted form text. */
  private static final Pattern ANY_LABEL =
      Pattern.compile("\\b[a-z][a-z ]{0,30}?:\\s*\\S", Pattern.CASE_INSENSITIVE);

  /** A label word that names a field of a form rather than what is searched for. */
  private static final Pattern FORM_WORD =
      Pattern.compile(
          "\\b(?:date|dated|start|started|end|ended|completed|due|created|received|opened|closed|updated|reviewed|authorised|signed|time|from|to)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

  private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+$");
  private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+$");
  private static final Pattern JOIN = Pattern.compile("(?i)^\\s*(?:to|until|till|and|-|–|—)\\s*$");
  private static final Pattern SINCE =
      Pattern.compile("(?i)\\b(since|from|after|starting|beginning)\\s+(?:the\\s+)?$");
  private static final Pattern BEFORE =
      Pattern.compile("(?i)\\b(before|prior\\s+to|until|till|up\\s+to|by)\\s+(?:the\\s+)?$");
  private static final Pattern WITHIN =
      Pattern.compile("(?i)\\b(?:in|during|on|of|over|within|at|for|dated)\\s+(?:the\\s+)?$");

  private QueryDates() {}

  /** Reads a query against today's date in the UK. */
  public static Found find(String query) {
    return find(query, LocalDate.now(java.time.ZoneId.of("Europe/London")));
  }

  /**
   * Reads a query.
   *
   * @param today the day relative dates count from
   */
  public static Found find(String query, LocalDate today) {
    List<Point> points = points(query, today);
    List<LeftAlone> left = new ArrayList<>();
    List<Point> usable = new ArrayList<>();
    boolean pasted = countLabels(query) >= 2;
    List<int[]> quoted = new ArrayList<>();
    Matcher q = QUOTED.matcher(query);
    while (q.find()) quoted.add(new int[] {q.start(), q.end()});
    for (Point p : points) {
      String before = query.substring(0, p.start());
      Matcher birth = BIRTH.matcher(before);
      Matcher label = LABEL.matcher(before);
      if (quoted.stream().anyMatch(s -> s[0] <= p.start() && p.end() <= s[1])) {
        left.add(new LeftAlone(query.substring(p.start(), p.end()), "quoted"));
      } else if (birth.find()) {
        left.add(new LeftAlone(query.substring(birth.start(), p.end()).strip(), "date_of_birth"));
      } else if (label.find() && (pasted || FORM_WORD.matcher(label.group(1)).find())) {
        left.add(new LeftAlone(query.substring(label.start(), p.end()).strip(), "form_field"));
      } else {
        usable.add(p);
      }
    }
    Read read = read(query, usable);
    if (read == null) return new Found(query, null, null, null, left);
    for (Point p : usable) {
      if (p.end() <= read.start() || p.start() >= read.end()) {
        left.add(new LeftAlone(query.substring(p.start(), p.end()), "another_date"));
      }
    }
    left.sort(Comparator.comparingInt(l -> query.indexOf(l.phrase())));
    String rest =
        (query.substring(0, read.start()) + " " + query.substring(read.end()))
            .replaceAll("\\s+", " ")
            .replaceAll("^[\\s,;:\\-–]+|[\\s,;:\\-–]+$", "")
            .strip();
    String phrase = query.substring(read.start(), read.end()).strip();
    // A query that was only a date ("2024") keeps its words: there is nothing else to search for.
    return new Found(rest.isEmpty() ? query : rest, read.from(), read.to(), phrase, left);
  }

  /** The range read and the span of the query it takes. */
  private record Read(int start, int end, LocalDate from, LocalDate to) {}

  /** The first date phrase among the usable points, joined with its connectives. */
  private static Read read(String query, List<Point> points) {
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      String before = query.substring(0, p.start());
      // A range: [between|from] P to|-|until|and Q.
      if (i + 1 < points.size() && !p.relative() && !points.get(i + 1).relative()) {
        Point next = points.get(i + 1);
        String gap = query.substring(p.end(), next.start());
        if (JOIN.matcher(gap).matches() && !p.first().isAfter(next.last())) {
          Matcher between = BETWEEN.matcher(before);
          Matcher from = FROM.matcher(before);
          int start = between.find() ? between.start() : from.find() ? from.start() : p.start();
          return new Read(start, next.end(), p.first(), next.last());
        }
      }
      Matcher since = SINCE.matcher(before);
      if (since.find()) {
        String word = since.group(1).toLowerCase(Locale.ROOT);
        // "from 2021" is the year 2021 ("notes from 2021"); "from March 2024" starts there.
        if (word.equals("from") && (p.form() == Form.YEAR_ALONE || p.relative()))
          return new Read(since.start(), p.end(), p.first(), p.last());
        LocalDate first = word.equals("after") ? p.last().plusDays(1) : p.first();
        return new Read(since.start(), p.end(), first, null);
      }
      Matcher until = BEFORE.matcher(before);
      if (until.find()) {
        String word = until.group(1).toLowerCase(Locale.ROOT);
        boolean inclusive = !(word.equals("before") || word.startsWith("prior"));
        LocalDate last = inclusive ? p.last() : p.first().minusDays(1);
        return new Read(until.start(), p.end(), null, last);
      }
      Matcher within = WITHIN.matcher(before);
      int start = within.find() ? within.start() : p.start();
      return new Read(start, p.end(), p.first(), p.last());
    }
    return null;
  }

  private static int countLabels(String query) {
    Matcher m = ANY_LABEL.matcher(query);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /** Every date the query names, in order, none overlapping (longer forms win). */
  private static List<Point> points(String query, LocalDate today) {
    List<Point> found = new ArrayList<>();
    for (Form form : Form.values()) {
      Matcher m = form.pattern.matcher(query);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (found.stream().anyMatch(p -> p.start() < e && s < p.end())) continue;
        LocalDate[] range = resolve(form, m, today);
        if (range != null) found.add(new Point(s, e, range[0], range[1], form));
      }
    }
    found.sort(Comparator.comparingInt(Point::start));
    return found;
  }

  /** The first and last day a match names, or null when it names no real date. */
  private static LocalDate[] resolve(Form form, Matcher m, LocalDate today) {
    try {
      return switch (form) {
        case NUMERIC -> {
          LocalDate d =
              LocalDate.of(
                  year(m.group(4), today),
                  Integer.parseInt(m.group(3)),
                  Integer.parseInt(m.group(1)));
          yield new LocalDate[] {d, d};
        }
        case ISO -> {
          LocalDate d =
              LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3)));
          yield new LocalDate[] {d, d};
        }
        case DAY_MONTH_YEAR -> day(Integer.parseInt(m.group(3)), m.group(2), m.group(1));
        case MONTH_DAY_YEAR -> day(Integer.parseInt(m.group(3)), m.group(1), m.group(2));
        case MONTH_YEAR -> {
          YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
          yield new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
        }
        case CHRISTMAS -> {
          // Christmas Eve to New Year's Eve: "after Christmas" starts on the 1st of January.
          int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : today.getYear();
          LocalDate d = LocalDate.of(y, 12, 24);
          if (m.group(1) == null && d.isAfter(today)) d = d.minusYears(1);
          yield new LocalDate[] {d, LocalDate.of(d.getYear(), 12, 31)};
        }
        case SUMMER -> {
          // English schools break up in the third week of July and go back in early September.
          int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : today.getYear();
          LocalDate first = LocalDate.of(y, 7, 20);
          if (m.group(1) == null && first.isAfter(today)) first = first.minusYears(1);
          if (m.group(1) == null && !m.group().toLowerCase(Locale.ROOT).contains("hol"))
            yield null; // "summer" alone is too vague to be a filter
          yield new LocalDate[] {first, LocalDate.of(first.getYear(), 8, 31)};
        }
        case ROLLING, ROLLING_ONE -> {
          int n = form == Form.ROLLING_ONE ? 1 : count(m.group(1));
          String unit = m.group(form == Form.ROLLING_ONE ? 1 : 2);
          if (n < 1) yield null;
          LocalDate first =
              switch (unit.toLowerCase(Locale.ROOT)) {
                case "day" -> today.minusDays(n - 1L);
                case "week" -> today.minusWeeks(n).plusDays(1);
                case "month" -> today.minusMonths(n).plusDays(1);
                default -> today.minusYears(n).plusDays(1);
              };
          yield new LocalDate[] {first, today};
        }
        case CALENDAR -> calendar(m.group(1), m.group(2), today);
        case DAY_WORD -> {
          LocalDate d = m.group(1).equalsIgnoreCase("today") ? today : today.minusDays(1);
          yield new LocalDate[] {d, d};
        }
        case YEAR_ALONE -> {
          int y = Integer.parseInt(m.group(1));
          yield new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
      };
    } catch (DateTimeException | NumberFormatException e) {
      return null; // 31/02/2020, 13/13/2013: not a date
    }
  }

  private static LocalDate[] day(int year, String month, String day) {
    LocalDate d = LocalDate.of(year, month(month), Integer.parseInt(day));
    return new LocalDate[] {d, d};
  }

  private static LocalDate[] calendar(String which, String unit, LocalDate today) {
    boolean last = !which.equalsIgnoreCase("this");
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "week" -> {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield last
            ? new LocalDate[] {monday.minusWeeks(1), monday.minusDays(1)}
            : new LocalDate[] {monday, today};
      }
      case "month" -> {
        YearMonth ym = YearMonth.from(today);
        yield last
            ? new LocalDate[] {ym.minusMonths(1).atDay(1), ym.minusMonths(1).atEndOfMonth()}
            : new LocalDate[] {ym.atDay(1), today};
      }
      default -> {
        int y = today.getYear();
        yield last
            ? new LocalDate[] {LocalDate.of(y - 1, 1, 1), LocalDate.of(y - 1, 12, 31)}
            : new LocalDate[] {LocalDate.of(y, 1, 1), today};
      }
    };
  }

  /** A two-digit year is the most recent one not more than a year ahead of today. */
  private static int year(String digits, LocalDate today) {
    int y = Integer.parseInt(digits);
    if (digits.length() == 4) return y;
    int century = today.getYear() / 100 * 100;
    return century + y > today.getYear() + 1 ? century - 100 + y : century + y;
  }

  private static int count(String s) {
    String key = s.toLowerCase(Locale.ROOT);
    Integer n = NUMBERS.get(key);
    return n != null ? n : Integer.parseInt(key);
  }

  private static Month month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Month m = MONTHS.get(key);
    return m != null ? m : MONTHS.get(key.substring(0, 3));
  }
}
