package uk.casesearch.engine.insight;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Masks third parties' personal data in a record's text for a data subject's copy (subject access
 * requests): the names of the other people known on the case, places, street addresses, postcodes,
 * phone numbers, e-mail addresses, NHS numbers (check digit validated), National Insurance numbers
 * and dates of birth. Every masked span is logged by class, field and offsets, never by value,
 * since the log goes to the requester with the copy.
 *
 * <p>Names are found from the case's people rows, not guessed: a person never listed on the case is
 * not masked. A full name matches in any letter case; a single first name or surname only as
 * capitalised in the people rows, and never a part of the subject's own name (a mother shares the
 * child's surname).
 */
public final class Redactor {

  /** Classes of personal data, with the label a masked span shows. */
  public enum DataClass {
    PERSON_NAME("NAME"),
    ADDRESS("ADDRESS"),
    POSTCODE("POSTCODE"),
    PHONE("PHONE"),
    EMAIL("EMAIL"),
    NHS_NUMBER("NHS NUMBER"),
    NI_NUMBER("NI NUMBER"),
    DATE_OF_BIRTH("DATE OF BIRTH");

    private final String label;

    DataClass(String label) {
      this.label = label;
    }

    /** The label written in place of a masked span, e.g. "NHS NUMBER". */
    public String label() {
      return label;
    }
  }

  /**
   * What is masked.
   *
   * @param classes the classes of data masked
   * @param maskProfessionals whether professionals' names are masked too (staff acting in an
   *     official capacity are usually disclosed)
   * @param maskFormat how a masked span is written; {@code %s} is the class label
   */
  public record Rules(Set<DataClass> classes, boolean maskProfessionals, String maskFormat) {
    public Rules {
      classes =
          classes == null || classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
      if (maskFormat == null || !maskFormat.contains("%s"))
        throw new IllegalArgumentException("maskFormat must contain %s, got: " + maskFormat);
    }

    /** Every class, professionals disclosed, spans written as [NAME], [POSTCODE] ... */
    public static Rules defaults() {
      return new Rules(EnumSet.allOf(DataClass.class), false, "[%s]");
    }
  }

  /**
   * A person known on the case.
   *
   * @param kind family, professional, community, organisation or place (null: treated as a private
   *     person)
   */
  public record Person(String name, String role, String relationToChild, String kind) {}

  /**
   * One masked span.
   *
   * @param field the field it was in, e.g. "text"
   * @param start its start in the original field
   * @param end its end (exclusive) in the original field
   * @param replacement what was written in its place
   */
  public record Redaction(
      DataClass dataClass, String field, int start, int end, String replacement) {}

  /** The masked text and what was masked. */
  public record Result(String text, List<Redaction> log) {}

  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev");

  /**
   * Words that are names too often to mask alone: a part like "May" is masked only in a full name.
   */
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "the", "and", "will", "may", "june", "april", "august", "mark", "rose", "grace", "faith",
          "hope", "joy", "sky", "summer", "autumn", "dawn", "bill", "jack", "frank", "art", "bob",
          "carol", "holly", "ivy", "lily", "ruby", "pearl", "amber", "crystal", "daisy", "sunny",
          "young", "brown", "green", "white", "black", "long", "short", "little", "king", "baker",
          "mum", "dad", "nan", "nana", "grandad", "grandma", "aunt", "uncle", "child", "baby",
          "school", "home", "house", "street", "road", "care", "team", "social", "worker",
          "family");

  private static final Pattern EMAIL =
      Pattern.compile("\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\b");

  private static final Pattern NHS =
      Pattern.compile("(?<![\\d-])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d-])");

  private static final Pattern NI =
      Pattern.compile(
          "(?i)\\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b");

  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?i)\\b(?:GIR ?0AA|[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRV-Y\\d]?) ?\\d[ABD-HJLNP-UW-Z]{2})\\b");

  private static final String STREET_SUFFIX =
      "(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Terrace|Grove"
          + "|Hill|Row|Walk|Square|Sq|Mews|Park|View|Rise|Parade|Green)";

  private static final Pattern ADDRESS =
      Pattern.compile(
          "\\b(?:(?:Flat|Apartment|Apt|Unit)\\s+\\d+[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][A-Za-z'-]+\\s+){0,3}"
              + STREET_SUFFIX
              + "\\b\\.?");

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
          + "|Nov(?:ember)?|Dec(?:ember)?)";

  private static final Pattern DOB =
      Pattern.compile(
          "(?i)\\b(?:DOB|D\\.O\\.B\\.?|date of birth|born(?: on)?)\\s*(?:[:-]|is|was)?\\s*"
              + "(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+"
              + MONTH
              + "\\.?,?\\s+\\d{4}|"
              + MONTH
              + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}'-]*");

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private final Rules rules;

  /** A redactor applying these rules. */
  public Redactor(Rules rules) {
    this.rules = rules;
  }

  /**
   * Masks personal data in text, except that of the data subject.
   *
   * @param field the field name recorded in the log
   * @param text the text (null gives null text and an empty log)
   * @param subjectName the data subject's name, never masked (null: none)
   * @param people the people known on the case; everyone but the subject is a third party
   */
  public Result redact(String field, String text, String subjectName, List<Person> people) {
    return redact(field, text, subjectName, null, people);
  }

  /**
   * Masks personal data in text, except that of the data subject, whose own date of birth is theirs
   * to read: a date of birth is kept when it is the subject's ({@code subjectDob}) or follows the
   * subject's name ("Ellie Hollins (DOB 23/03/2016)").
   *
   * @param field the field name recorded in the log
   * @param text the text (null gives null text and an empty log)
   * @param subjectName the data subject's name, never masked (null: none)
   * @param subjectDob the data subject's date of birth (null: not known)
   * @param people the people known on the case; everyone but the subject is a third party
   */
  public Result redact(
      String field, String text, String subjectName, LocalDate subjectDob, List<Person> people) {
    if (text == null || text.isEmpty()) return new Result(text, List.of());
    List<Span> spans = new ArrayList<>();
    if (on(DataClass.EMAIL)) find(EMAIL, 0, text, DataClass.EMAIL, spans);
    if (on(DataClass.NI_NUMBER)) find(NI, 0, text, DataClass.NI_NUMBER, spans);
    if (on(DataClass.POSTCODE)) find(POSTCODE, 0, text, DataClass.POSTCODE, spans);
    if (on(DataClass.ADDRESS)) find(ADDRESS, 0, text, DataClass.ADDRESS, spans);
    if (on(DataClass.DATE_OF_BIRTH)) datesOfBirth(text, subjectName, subjectDob, spans);
    if (on(DataClass.NHS_NUMBER)) {
      Matcher m = NHS.matcher(text);
      while (m.find()) {
        if (validNhsNumber(m.group(1) + m.group(2) + m.group(3)))
          spans.add(new Span(m.start(), m.end(), DataClass.NHS_NUMBER));
      }
    }
    if (on(DataClass.PHONE)) {
      // POSSIBLE, not VALID: numbers in unallocated ranges (Ofcom's 07700 900xxx drama numbers, a
      // mistyped digit) are still someone's contact details. Only numbers written in a dialable
      // form count: national (0...) or international (+...), ten digits or more.
      for (PhoneNumberMatch m :
          PHONES.findNumbers(text, "GB", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
        String raw = m.rawString();
        long digits = raw.chars().filter(Character::isDigit).count();
        if ((raw.startsWith("0") || raw.startsWith("+")) && digits >= 10)
          spans.add(new Span(m.start(), m.end(), DataClass.PHONE));
      }
    }
    names(text, subjectName, people, spans);
    return apply(field, text, resolve(spans));
  }

  /**
   * Whether ten digits are a valid NHS number: modulus 11 over weights 10 to 2, check digit last.
   *
   * @param digits exactly ten digits
   */
  public static boolean validNhsNumber(String digits) {
    if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) return false;
    int sum = 0;
    for (int i = 0; i < 9; i++) sum += (digits.charAt(i) - '0') * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11) check = 0;
    return check != 10 && check == digits.charAt(9) - '0';
  }

  private boolean on(DataClass c) {
    return rules.classes().contains(c);
  }

  private void names(String text, String subjectName, List<Person> people, List<Span> spans) {
    if (people == null || people.isEmpty()) return;
    Set<String> subjectParts = new HashSet<>();
    String subject = subjectName == null ? "" : normalise(subjectName);
    if (subjectName != null)
      for (String t : tokens(subjectName)) subjectParts.add(t.toLowerCase(Locale.ROOT));
    Set<String> fullNames = new LinkedHashSet<>();
    Set<String> parts = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    for (Person p : people) {
      if (p == null || p.name() == null || p.name().isBlank()) continue;
      if (normalise(p.name()).equals(subject)) continue;
      String kind = p.kind() == null ? "" : p.kind().toLowerCase(Locale.ROOT);
      if (kind.equals("place")) {
        if (on(DataClass.ADDRESS)) places.add(p.name().strip());
        continue;
      }
      if (kind.equals("professional") && !rules.maskProfessionals()) continue;
      // A school, a service or a team is no third party's personal data, and its words ("Domestic
      // Abuse Service") are not names to mask wherever they stand.
      if (kind.equals("organisation") || isOrganisation(p.name())) continue;
      if (!on(DataClass.PERSON_NAME)) continue;
      List<String> tokens = tokens(p.name());
      List<String> named =
          tokens.stream()
              .filter(t -> !TITLES.contains(t.toLowerCase(Locale.ROOT).replace(".", "")))
              .toList();
      if (named.size() > 1) fullNames.add(String.join(" ", named));
      for (String t : named) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.length() >= 2 && !COMMON_WORDS.contains(lower) && !subjectParts.contains(lower))
          parts.add(t);
        else if (named.size() == 1 && !subjectParts.contains(lower))
          fullNames.add(t); // a one-word name is the whole name
      }
    }
    String title = "(?:(?i:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+)?";
    if (!fullNames.isEmpty()) {
      find(
          Pattern.compile(title + "(?i:\\b" + alternation(fullNames) + "\\b)"),
          0,
          text,
          DataClass.PERSON_NAME,
          spans);
    }
    if (!parts.isEmpty()) {
      find(
          Pattern.compile(title + "\\b" + alternation(parts) + "\\b"),
          0,
          text,
          DataClass.PERSON_NAME,
          spans);
    }
    if (!places.isEmpty())
      find(
          Pattern.compile("(?i:\\b" + alternation(places) + "\\b)"),
          0,
          text,
          DataClass.ADDRESS,
          spans);
  }

  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?i)\\b(?:school|academy|college|nursery|university|service|services|team|centre|center|trust|council|club|church"
              + "|mosque|temple|hospital|surgery|practice|clinic|project|group|agency|association|charity|partnership|unit"
              + "|department|board|police|camhs|nhs|ltd|limited|plc|foundation|society|hub)\\b");

  /** Whether a name on the case names an organisation rather than a person. */
  static boolean isOrganisation(String name) {
    return ORGANISATION.matcher(name).find();
  }

  /** One alternation of literal names, longest first, with any run of spaces matching any other. */
  private static String alternation(Set<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) sb.append('|');
      String[] words = sorted.get(i).split("\\s+");
      for (int w = 0; w < words.length; w++) {
        if (w > 0) sb.append("\\s+");
        sb.append(Pattern.quote(words[w]));
      }
    }
    return sb.append(')').toString();
  }

  private static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(name);
    while (m.find()) out.add(m.group());
    return out;
  }

  private static String normalise(String name) {
    return String.join(" ", tokens(name)).toLowerCase(Locale.ROOT);
  }

  private static void datesOfBirth(
      String text, String subjectName, LocalDate subjectDob, List<Span> spans) {
    Matcher m = DOB.matcher(text);
    while (m.find()) {
      if (subjectDob != null && subjectDob.equals(parseDate(m.group(1)))) continue;
      if (subjectName != null && namedJustBefore(text, m.start(), subjectName)) continue;
      spans.add(new Span(m.start(1), m.end(1), DataClass.DATE_OF_BIRTH));
    }
  }

  /**
   * Whether the subject's full name stands just before {@code at}, apart from spaces, brackets and
   * punctuation.
   */
  private static boolean namedJustBefore(String text, int at, String subjectName) {
    String before = text.substring(Math.max(0, at - 200), at).replaceFirst("[\\s(\\[,:;-]*$", "");
    String name = normalise(subjectName);
    if (name.isEmpty()) return false;
    String tail = normalise(before);
    return tail.equals(name) || tail.endsWith(" " + name);
  }

  private static final List<DateTimeFormatter> DOB_FORMATS =
      Stream.of(
              "d/M/uuuu",
              "d.M.uuuu",
              "d-M-uuuu",
              "d/M/uu",
              "d.M.uu",
              "d-M-uu",
              "uuuu-MM-dd",
              "d MMMM uuuu",
              "d MMM uuuu",
              "MMMM d uuuu",
              "MMM d uuuu")
          .map(
              f ->
                  new DateTimeFormatterBuilder()
                      .parseCaseInsensitive()
                      .appendPattern(f)
                      .toFormatter(Locale.ENGLISH)
                      .withResolverStyle(ResolverStyle.STRICT))
          .toList();

  /** A date of birth as written ("23/03/2016", "23rd March 2016", "March 23, 2016"), or null. */
  static LocalDate parseDate(String written) {
    String plain =
        written
            .replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1")
            .replaceAll("[,.]\\s|,", " ")
            .replaceAll("\\s+", " ")
            .strip();
    plain = plain.replaceAll("(?i)\\bSept\\b", "Sep");
    for (DateTimeFormatter f : DOB_FORMATS) {
      try {
        return LocalDate.parse(plain, f);
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    return null;
  }

  private static void find(Pattern p, int group, String text, DataClass c, List<Span> spans) {
    Matcher m = p.matcher(text);
    while (m.find()) spans.add(new Span(m.start(group), m.end(group), c));
  }

  /** Overlapping candidates: the longer wins, then the earlier. */
  private static List<Span> resolve(List<Span> spans) {
    spans.sort(
        Comparator.comparingInt((Span s) -> s.end - s.start)
            .reversed()
            .thenComparingInt(s -> s.start));
    List<Span> kept = new ArrayList<>();
    for (Span s : spans) {
      boolean overlaps = false;
      for (Span k : kept) {
        if (s.start < k.end && k.start < s.end) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) kept.add(s);
    }
    kept.sort(Comparator.comparingInt(s -> s.start));
    return kept;
  }

  private Result apply(String field, String text, List<Span> spans) {
    StringBuilder out = new StringBuilder(text.length());
    List<Redaction> log = new ArrayList<>(spans.size());
    int at = 0;
    for (Span s : spans) {
      String replacement = String.format(Locale.ROOT, rules.maskFormat(), s.dataClass.label());
      out.append(text, at, s.start).append(replacement);
      log.add(new Redaction(s.dataClass, field, s.start, s.end, replacement));
      at = s.end;
    }
    out.append(text, at, text.length());
    return new Result(out.toString(), List.copyOf(log));
  }

  private record Span(int start, int end, DataClass dataClass) {}
}
