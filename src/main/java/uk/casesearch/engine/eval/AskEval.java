package uk.casesearch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.casesearch.engine.insight.CaseAnswer;

/**
 * Scores answers to questions about cases ({@code qa.jsonl}: {@code qid, case_id, question,
 * answerable, answers, all_required, evidence}) as the corpus's own scorer does: an answer is right
 * when it holds an acceptable answer string (or the same calendar date as an acceptable ISO date,
 * and fewer than three dates), every string where all are required; a yes by its first yes/no word;
 * a "no" or an unanswerable question by finding nothing (or saying no). Citation precision: the
 * share of an answer's cited records that state it.
 */
public final class AskEval {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AskEval() {}

  /** A question of the file. */
  public record Question(
      String qid,
      String caseId,
      String question,
      String category,
      boolean answerable,
      List<String> answers,
      boolean allRequired,
      Set<String> evidence) {}

  /** Reads {@code qa.jsonl}. */
  public static List<Question> read(Path file) throws IOException {
    List<Question> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) continue;
      JsonNode n = JSON.readTree(line);
      List<String> answers = new ArrayList<>();
      n.path("answers").forEach(a -> answers.add(a.asText()));
      Set<String> evidence = new LinkedHashSet<>();
      n.path("evidence").forEach(a -> evidence.add(a.asText()));
      out.add(
          new Question(
              n.path("qid").asText(),
              n.path("case_id").asText(),
              n.path("question").asText(),
              n.path("category").asText(),
              n.path("answerable").asBoolean(true),
              List.copyOf(answers),
              n.path("all_required").asBoolean(false),
              Set.copyOf(evidence)));
    }
    return out;
  }

  /** The answer as the corpus's scorer reads it: one JSON line. */
  public static String line(Question q, CaseAnswer a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("qid", q.qid());
    o.put("answer", a.answer());
    o.put("found", a.found());
    var cites = o.putArray("citations");
    for (CaseAnswer.Citation c : a.citations()) cites.add(c.recordId());
    o.put("asks", a.understood().asks());
    return o.toString();
  }

  /** Adds each measure's counts for one answer to {@code c} (numerator and denominator keys). */
  public static void count(Question q, CaseAnswer a, Map<String, Double> c) {
    String kind = kind(q);
    boolean right = correct(q, a);
    add(c, "combined", right ? 1 : 0);
    if (kind.equals("content") || kind.equals("yes")) add(c, "answer_accuracy", right ? 1 : 0);
    if (kind.equals("unanswerable") || kind.equals("no"))
      add(c, "abstention_accuracy", (!a.found() || "no".equals(says(a.answer()))) ? 1 : 0);
    if ((kind.equals("content") || kind.equals("yes")) && !q.evidence().isEmpty()) {
      Set<String> cites = new LinkedHashSet<>();
      for (CaseAnswer.Citation x : a.citations()) cites.add(x.recordId());
      add(c, "citation_coverage", cites.isEmpty() ? 0 : 1);
      if (!cites.isEmpty()) {
        long in = cites.stream().filter(q.evidence()::contains).count();
        add(c, "citation_precision", (double) in / cites.size());
      }
    }
  }

  /** The measures from summed counts. */
  public static Map<String, Double> measures(Map<String, Double> c) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String m :
        List.of(
            "answer_accuracy",
            "abstention_accuracy",
            "citation_precision",
            "citation_coverage",
            "combined")) {
      double n = c.getOrDefault(m + "_n", 0.0);
      out.put(m, n == 0 ? Double.NaN : c.getOrDefault(m, 0.0) / n);
    }
    return out;
  }

  private static void add(Map<String, Double> c, String measure, double v) {
    c.merge(measure, v, Double::sum);
    c.merge(measure + "_n", 1.0, Double::sum);
  }

  static String kind(Question q) {
    if (!q.answerable()) return "unanswerable";
    List<String> a = q.answers().stream().map(AskEval::norm).toList();
    if (a.equals(List.of("no"))) return "no";
    if (a.equals(List.of("yes"))) return "yes";
    return "content";
  }

  static boolean correct(Question q, CaseAnswer ans) {
    String kind = kind(q);
    String text = ans.answer() == null ? "" : ans.answer();
    switch (kind) {
      case "unanswerable" -> {
        return !ans.found();
      }
      case "no" -> {
        return !ans.found() || "no".equals(says(text));
      }
      case "yes" -> {
        String s = says(text);
        return "yes".equals(s) || (s == null && ans.found() && !norm(text).isEmpty());
      }
      default -> {
        String t = norm(text);
        if (t.isEmpty()) return false;
        if (q.allRequired()) return q.answers().stream().allMatch(a -> t.contains(norm(a)));
        Set<String> isos = new HashSet<>();
        for (String a : q.answers()) if (a.matches("\\d{4}-\\d{2}-\\d{2}")) isos.add(a);
        if (isos.isEmpty()) return q.answers().stream().anyMatch(a -> t.contains(norm(a)));
        Set<String> dates = datesIn(text);
        if (dates.size() >= 3) return false;
        for (String d : dates) if (isos.contains(d)) return true;
        return dates.isEmpty() && q.answers().stream().anyMatch(a -> t.contains(norm(a)));
      }
    }
  }

  private static final Set<String> YES = Set.of("yes", "yeah", "yep", "correct", "affirmative");
  private static final Pattern YES_NO =
      Pattern.compile(
          "\\b(affirmative|negative|nothing|correct|never|yeah|none|yep|yes|not|nil|no)\\b");

  /** "yes", "no" or null: the first yes/no word of an answer decides. */
  static String says(String answer) {
    Matcher m = YES_NO.matcher(norm(answer).replace("n't", " not"));
    if (!m.find()) return null;
    return YES.contains(m.group(1)) ? "yes" : "no";
  }

  static String norm(String s) {
    String t =
        Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ');
    return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

  /** The calendar dates an answer mentions, as ISO dates. */
  static Set<String> datesIn(String text) {
    String t = norm(text);
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ISO.matcher(t);
    while (m.find()) add(out, m.group(1), m.group(2), m.group(3));
    String t2 = ISO.matcher(t).replaceAll(" ");
    m = NUMERIC.matcher(t2);
    while (m.find()) add(out, m.group(3), m.group(2), m.group(1));
    m = DAY_MONTH.matcher(t);
    while (m.find()) add(out, m.group(3), String.valueOf(month(m.group(2))), m.group(1));
    m = MONTH_DAY.matcher(t);
    while (m.find()) add(out, m.group(3), String.valueOf(month(m.group(1))), m.group(2));
    return out;
  }

  private static int month(String name) {
    if (name.equals("sept")) return 9;
    for (int i = 0; i < MONTHS.size(); i++) if (MONTHS.get(i).startsWith(name)) return i + 1;
    return 0;
  }

  private static void add(Set<String> out, String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 100) year += 2000;
      out.add(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)).toString());
    } catch (DateTimeException | NumberFormatException e) {
      // not a calendar date
    }
  }
}
