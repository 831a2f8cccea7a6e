package uk.casesearch.engine.guidance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.casesearch.engine.insight.TextSpans;
import uk.casesearch.engine.search.PhraseMatcher;

/**
 * Checks a local procedure against statutory guidance. Every sentence of the procedure that sets a
 * timescale, says who must take part or be told, sets a threshold or cites a document is matched to
 * the statutory sentence on the same subject (the one sharing the most of its rarer words), and the
 * two are compared: a local timescale longer than the guidance's (a stricter one meets it: the
 * guidance's own floor), a time counted from a point the guidance says it is not counted from,
 * someone the guidance requires left out or limited, a condition the guidance does not set, or a
 * document the guidance says is replaced. Findings quote both documents at their offsets; the
 * explanation names what differs, from the two quotes' own figures and words.
 */
public final class PolicyChecker {

  /** What a statement sets. */
  public enum Kind {
    TIMESCALE,
    ATTENDEE,
    THRESHOLD,
    REFERENCE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A local statement matched to the guidance, and whether it contradicts it. */
  public record Finding(
      String kind, boolean contradiction, Local local, Guidance guidance, String explanation) {}

  /** The local procedure's sentence and its offsets in the document's text. */
  public record Local(String documentId, String quote, int start, int end) {}

  /** The statutory sentence and the number of its paragraph, as written. */
  public record Guidance(String documentId, String quote, String paragraph) {}

  /**
   * The least share of a statement's word weight a statutory sentence must hold to be its match.
   */
  static final double MIN_MATCH = 0.3;

  /** The weight of a word the statutory sentence's paragraph holds but the sentence does not. */
  static final double PARAGRAPH_WEIGHT = 0.5;

  /** How much longer a local timescale may be before it falls short (unit conversions). */
  static final double TIME_TOLERANCE = 1.05;

  private static final String NUM =
      "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a|an)";
  private static final String UNIT =
      "(working days?|school days?|business days?|days?|hours?|weeks?|fortnights?|months?|years?)";
  private static final Pattern DEADLINE =
      Pattern.compile(
          "\\b(within|no (?:more|later) than|not (?:more|later) than|at the latest|up to|by)\\s+"
              + NUM
              + "\\s+"
              + UNIT,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern INTERVAL =
      Pattern.compile(
          "\\b(at least every|at least once every|every|at intervals of|intervals of)\\s+"
              + NUM
              + "\\s+"
              + UNIT,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TIMES_A =
      Pattern.compile(
          "\\b(at least )?(once|twice) (?:a|an|per|every) (day|week|fortnight|month|year)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LATER =
      Pattern.compile(NUM + "\\s+" + UNIT + "\\s+(later|after|of)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_FROM =
      Pattern.compile("\\bnot from (?:the )?([^.,;]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern ATTEND =
      Pattern.compile(
          "\\b(invited?|invites|attend\\w*|take part|takes part|taking part|present|be told|is told|are told|informed|notified|consulted)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(not|never|no longer|without|excluded|only)\\b|n't\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MANDATORY =
      Pattern.compile("\\b(is to|are to|must|shall|every|always|all)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIMITED =
      Pattern.compile("\\b(first|initial|only)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern EVERY =
      Pattern.compile("\\b(every|all|each)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern RESTRICTION =
      Pattern.compile(
          "\\b(only (?:where|if|when|once|after)|at least (?:two|three|four|\\d+) (?:\\w+ )?(?:agencies|professionals|people|members)|provided that)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONDITION =
      Pattern.compile("\\b(where|whenever|if|when|once|unless)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z]{1,9})\\)");

  /**
   * A document's name as written: two or more capitalised words, "and", "of" or "for" between them
   * ("Child and Family Assessment", "Initial Assessment").
   */
  private static final Pattern TITLE =
      Pattern.compile("\\b[A-Z][a-z]+(?:\\s+(?:(?:and|of|for)\\s+)?[A-Z][a-z]+)+\\b");

  /** Words a sentence may begin with that are not part of a name after them. */
  private static final Set<String> LEADING =
      Set.of(
          "The", "A", "An", "This", "That", "These", "Each", "Every", "Any", "All", "Where", "When",
          "If", "Before", "After", "Once", "Until", "Our", "Its", "Their");

  private static final Pattern SUPERSEDED_OBJECT =
      Pattern.compile(
          "\\b(replaced|replaces|supersedes|superseded)\\s+(the\\s+)?([^.;]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SUPERSEDED_SUBJECT =
      Pattern.compile(
          "\\b(is|are|was|were|has been|have been)\\s+(no longer used|no longer in use|withdrawn|superseded|abolished|replaced)|should not be (referred to|used)",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "and", "or", "is",
          "are", "was", "were", "be", "been", "will", "shall", "must", "it", "its", "this", "that",
          "they", "their", "them", "which", "who", "as", "from", "any", "all", "each", "every",
          "not", "no", "only", "there", "than", "more", "least", "within", "after", "before", "do",
          "does", "did", "has", "have", "had");

  /** Plurals no suffix rule reaches. */
  private static final Map<String, String> IRREGULAR =
      Map.of("children", "child", "people", "person", "men", "man", "women", "woman");

  /** A sentence of a document, with the paragraph it stands in. */
  private record Sentence(
      GuidanceDocument doc,
      GuidanceDocument.Paragraph para,
      String text,
      int start,
      int end,
      Set<String> stems,
      Set<String> paragraphStems) {}

  /**
   * @param local the local procedure
   * @param statutory the statutory documents to check it against
   */
  public List<Finding> check(GuidanceDocument local, List<GuidanceDocument> statutory) {
    List<Sentence> guidance = new ArrayList<>();
    for (GuidanceDocument d : statutory) guidance.addAll(sentences(d));
    Map<String, Double> idf = idf(guidance);
    List<Finding> out = new ArrayList<>();
    for (Sentence s : sentences(local)) {
      for (Kind kind : kinds(s.text())) {
        Sentence g = best(s, guidance, idf, kind);
        if (g == null) continue;
        Finding f = compare(kind, s, g);
        if (f != null) out.add(f);
      }
    }
    return out;
  }

  private static List<Sentence> sentences(GuidanceDocument d) {
    List<Sentence> out = new ArrayList<>();
    for (GuidanceDocument.Paragraph p : d.paragraphs()) {
      Set<String> around = stems(p.text());
      for (TextSpans.Span sp : TextSpans.sentences(p.text())) {
        String t = sp.of(p.text());
        out.add(
            new Sentence(d, p, t, p.start() + sp.start(), p.start() + sp.end(), stems(t), around));
      }
    }
    return out;
  }

  static Set<String> stems(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : PhraseMatcher.words(text)) {
      if (STOP.contains(w)) continue;
      String s = IRREGULAR.getOrDefault(w, w).replaceAll("(ing|ed|es|s)$", "");
      out.add(s.length() > 6 ? s.substring(0, 6) : s);
    }
    return out;
  }

  private static Map<String, Double> idf(List<Sentence> all) {
    Map<String, Integer> df = new HashMap<>();
    for (Sentence s : all) for (String w : s.stems()) df.merge(w, 1, Integer::sum);
    Map<String, Double> out = new HashMap<>();
    df.forEach((w, n) -> out.put(w, Math.log(1 + (double) all.size() / n)));
    return out;
  }

  /** What a sentence sets, most specific first. */
  static List<Kind> kinds(String s) {
    List<Kind> out = new ArrayList<>();
    if (!names(s).isEmpty()) out.add(Kind.REFERENCE);
    if (!durations(s).isEmpty()) out.add(Kind.TIMESCALE);
    if (ATTEND.matcher(s).find()) out.add(Kind.ATTENDEE);
    if (RESTRICTION.matcher(s).find() || CONDITION.matcher(s).find()) out.add(Kind.THRESHOLD);
    return out;
  }

  /** The statutory sentence that shares the most of the statement's word weight, if enough. */
  private static Sentence best(
      Sentence s, List<Sentence> guidance, Map<String, Double> idf, Kind kind) {
    double total = 0;
    for (String w : s.stems()) total += idf.getOrDefault(w, Math.log(1 + guidance.size()));
    Sentence best = null;
    double bestScore = 0;
    for (Sentence g : guidance) {
      if (kind == Kind.TIMESCALE && durations(g.text()).isEmpty()) continue;
      if (kind == Kind.REFERENCE && names(s.text()).stream().noneMatch(g.text()::contains))
        continue;
      // Who takes part is checked against what the guidance requires, not what it allows.
      if (kind == Kind.ATTENDEE && !requires(g.text())) continue;
      // The sentence's own words count whole, its paragraph's (the subject it is about) by half.
      double shared = 0;
      for (String w : s.stems())
        if (g.stems().contains(w)) shared += idf.getOrDefault(w, 0.0);
        else if (g.paragraphStems().contains(w))
          shared += PARAGRAPH_WEIGHT * idf.getOrDefault(w, 0.0);
      double score = total == 0 ? 0 : shared / total;
      if (score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    return bestScore >= MIN_MATCH ? best : null;
  }

  /** A duration a sentence sets: how it binds (a deadline or an interval) and its calendar days. */
  record Duration(boolean interval, double days, String text, int end) {}

  static List<Duration> durations(String s) {
    List<Duration> out = new ArrayList<>();
    Matcher m = DEADLINE.matcher(s);
    while (m.find()) out.add(new Duration(false, days(m.group(2), m.group(3)), m.group(), m.end()));
    m = INTERVAL.matcher(s);
    while (m.find()) out.add(new Duration(true, days(m.group(2), m.group(3)), m.group(), m.end()));
    m = TIMES_A.matcher(s);
    while (m.find())
      out.add(
          new Duration(
              true,
              days("1", m.group(3)) / (m.group(2).equalsIgnoreCase("twice") ? 2 : 1),
              m.group(),
              m.end()));
    if (out.isEmpty()) {
      m = LATER.matcher(s);
      while (m.find())
        out.add(new Duration(false, days(m.group(1), m.group(2)), m.group(), m.end()));
    }
    out.sort(java.util.Comparator.comparingInt(Duration::end));
    return out;
  }

  private static double days(String number, String unit) {
    double n =
        switch (number.toLowerCase(Locale.ROOT)) {
          case "a", "an", "one" -> 1;
          case "two" -> 2;
          case "three" -> 3;
          case "four" -> 4;
          case "five" -> 5;
          case "six" -> 6;
          case "seven" -> 7;
          case "eight" -> 8;
          case "nine" -> 9;
          case "ten" -> 10;
          case "eleven" -> 11;
          case "twelve" -> 12;
          case "fifteen" -> 15;
          case "twenty" -> 20;
          default -> Double.parseDouble(number);
        };
    String u = unit.toLowerCase(Locale.ROOT);
    double per =
        u.startsWith("working") || u.startsWith("school") || u.startsWith("business")
            ? 7.0 / 5
            : u.startsWith("hour")
                ? 1.0 / 24
                : u.startsWith("week")
                    ? 7
                    : u.startsWith("fortnight")
                        ? 14
                        : u.startsWith("month") ? 30.44 : u.startsWith("year") ? 365.25 : 1;
    return n * per;
  }

  private Finding compare(Kind kind, Sentence s, Sentence g) {
    return switch (kind) {
      case TIMESCALE -> timescale(s, g);
      case ATTENDEE -> attendee(s, g);
      case THRESHOLD -> threshold(s, g);
      case REFERENCE -> reference(s, g);
    };
  }

  private static Finding finding(
      Kind kind, boolean contradiction, Sentence s, Sentence g, String why) {
    return new Finding(
        kind.label(),
        contradiction,
        new Local(s.doc().id(), s.text(), s.start(), s.end()),
        new Guidance(g.doc().id(), g.text(), g.para().number()),
        why);
  }

  private static String para(Sentence g) {
    return g.para().number() == null ? g.doc().id() : g.para().number();
  }

  private Finding timescale(Sentence s, Sentence g) {
    Duration l = durations(s.text()).getFirst();
    Duration want = null;
    for (Duration d : durations(g.text()))
      if (d.interval() == l.interval()) {
        want = d;
        break;
      }
    if (want == null) return null;
    if (l.days() > want.days() * TIME_TOLERANCE)
      return finding(
          Kind.TIMESCALE,
          true,
          s,
          g,
          "The local procedure sets '"
              + l.text()
              + "' where the guidance ("
              + para(g)
              + ") sets '"
              + want.text()
              + "'.");
    // The same time counted from a point the guidance says it is not counted from.
    Matcher not = NOT_FROM.matcher(g.para().text());
    if (not.find()) {
      Set<String> negated = stems(not.group(1));
      Set<String> localFrom = head(s.text().substring(Math.min(s.text().length(), l.end())));
      Set<String> guidanceFrom = head(g.text().substring(Math.min(g.text().length(), want.end())));
      boolean sharesNegated = localFrom.stream().anyMatch(negated::contains);
      boolean sharesGuidance = localFrom.stream().anyMatch(guidanceFrom::contains);
      if (sharesNegated && !sharesGuidance)
        return finding(
            Kind.TIMESCALE,
            true,
            s,
            g,
            "The local procedure counts '"
                + l.text()
                + "' from a point the guidance ("
                + para(g)
                + ") says it is not counted from: '"
                + not.group().strip()
                + "'.");
    }
    return finding(
        Kind.TIMESCALE,
        false,
        s,
        g,
        "The local '"
            + l.text()
            + "' meets the guidance's '"
            + want.text()
            + "' ("
            + para(g)
            + ").");
  }

  /** The first few content words of the point a duration is counted from. */
  private static Set<String> head(String after) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : stems(after)) {
      out.add(w);
      if (out.size() == 3) break;
    }
    return out;
  }

  /** Whether a sentence requires someone to take part or be told. */
  private static boolean requires(String g) {
    return ATTEND.matcher(g).find()
        && MANDATORY.matcher(g).find()
        && !NEGATED.matcher(before(g, ATTEND)).find();
  }

  private Finding attendee(Sentence s, Sentence g) {
    if (!ATTEND.matcher(g.text()).find()) return null;
    boolean required = requires(g.text());
    boolean leftOut = NEGATED.matcher(s.text()).find();
    boolean limited = LIMITED.matcher(s.text()).find() && EVERY.matcher(g.text()).find();
    if (required && (leftOut || limited))
      return finding(
          Kind.ATTENDEE,
          true,
          s,
          g,
          "The local procedure leaves out or limits who takes part where the guidance ("
              + para(g)
              + ") requires it.");
    return finding(
        Kind.ATTENDEE, false, s, g, "Who takes part agrees with the guidance (" + para(g) + ").");
  }

  /** The text of a sentence before a pattern's first match. */
  private static String before(String s, Pattern p) {
    Matcher m = p.matcher(s);
    return m.find() ? s.substring(0, m.start()) : s;
  }

  private Finding threshold(Sentence s, Sentence g) {
    Matcher r = RESTRICTION.matcher(s.text());
    if (r.find() && !RESTRICTION.matcher(g.text()).find())
      return finding(
          Kind.THRESHOLD,
          true,
          s,
          g,
          "The local procedure adds a condition ('"
              + r.group()
              + "') the guidance ("
              + para(g)
              + ") does not set.");
    if (!CONDITION.matcher(g.text()).find() && !RESTRICTION.matcher(g.text()).find()) return null;
    return finding(
        Kind.THRESHOLD, false, s, g, "The threshold agrees with the guidance (" + para(g) + ").");
  }

  /**
   * The documents a sentence names: acronyms in brackets ("(CAF)") and titles of a form,
   * assessment, plan, framework and the like ("Initial Assessment form"), as written.
   */
  static Set<String> names(String s) {
    Set<String> named = new LinkedHashSet<>();
    Matcher a = ACRONYM.matcher(s);
    while (a.find()) named.add(a.group(1));
    Matcher t = TITLE.matcher(s);
    while (t.find()) {
      String title = t.group();
      int space = title.indexOf(' ');
      if (LEADING.contains(title.substring(0, space))) title = title.substring(space + 1);
      if (title.indexOf(' ') < 0) continue;
      String after = s.substring(t.end()).stripLeading().toLowerCase(Locale.ROOT);
      String last = title.substring(title.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      if (DOCUMENT_WORDS.contains(last) || DOCUMENT_WORDS.stream().anyMatch(after::startsWith))
        named.add(title);
    }
    return named;
  }

  /** Words that make a title a document's: a form, an assessment, a plan ... */
  private static final Set<String> DOCUMENT_WORDS =
      Set.of(
          "form",
          "assessment",
          "plan",
          "framework",
          "template",
          "record",
          "report",
          "tool",
          "guidance",
          "protocol",
          "procedure",
          "checklist",
          "edition");

  /** The words a sentence says are replaced or no longer used, or null. */
  private static String withdrawn(String text) {
    Matcher o = SUPERSEDED_OBJECT.matcher(text);
    if (o.find()) return o.group(3);
    Matcher p = SUPERSEDED_SUBJECT.matcher(text);
    return p.find() ? text.substring(0, p.start()) : null;
  }

  private Finding reference(Sentence s, Sentence g) {
    Set<String> named = names(s.text());
    if (named.isEmpty()) return null;
    String object = withdrawn(g.text());
    boolean cites = false;
    for (String n : named) if (g.text().contains(n)) cites = true;
    if (!cites) return null;
    // A local sentence that itself says the old document is gone agrees.
    String localWithdrawn = withdrawn(s.text());
    for (String n : named)
      if (object != null
          && object.contains(n)
          && (localWithdrawn == null || !localWithdrawn.contains(n)))
        return finding(
            Kind.REFERENCE,
            true,
            s,
            g,
            "The local procedure refers to "
                + n
                + ", which the guidance ("
                + para(g)
                + ") says has been replaced or is no longer used.");
    return finding(
        Kind.REFERENCE, false, s, g, "The reference agrees with the guidance (" + para(g) + ").");
  }
}
