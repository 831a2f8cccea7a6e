package uk.casesearch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.insight.CaseAnswer;
import uk.casesearch.engine.insight.CaseAnswerer;
import uk.casesearch.engine.insight.CaseSource;
import uk.casesearch.engine.insight.Chronology;
import uk.casesearch.engine.insight.ChronologyBuilder;
import uk.casesearch.engine.insight.EcoMap;
import uk.casesearch.engine.insight.EcoMapBuilder;
import uk.casesearch.engine.insight.InsightFinder;
import uk.casesearch.engine.insight.InsightLexicon;
import uk.casesearch.engine.insight.QuestionLexicon;

/**
 * Measures eco-maps and chronologies against a corpus's truth ({@code _truth/network.jsonl} and
 * {@code chronology.jsonl}: who each person is and what each record is about, as the records were
 * written from it). Eco-maps and chronologies are built over every record of a case (a caller with
 * every grant), exactly as the service builds them.
 *
 * <p>Eco-map: people recall (people a record's content names, truth level 2 or 3, found as a node),
 * precision (nodes that are a real person or place of the case), duplicates (nodes that are a
 * person another node already is), relation accuracy (of matched nodes), risk and protective recall
 * (of such people who are observable), and protective people and professionals wrongly marked risk.
 * Chronology: recall of the primary events of the harm, risk and care-status kinds (a row of the
 * matching category citing the record), precision of rows of those categories, and milestone
 * recall.
 */
public final class InsightEval {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The truth's event names, by the chronology category that tells them. */
  static final Map<String, String> EVENT_CATEGORY =
      Map.ofEntries(
          Map.entry("dv_police", "domestic_abuse"),
          Map.entry("dv_disclosure", "domestic_abuse"),
          Map.entry("physical_injury", "injury"),
          Map.entry("missing_episode", "missing"),
          Map.entry("rhi", "missing"),
          Map.entry("cse_risk", "exploitation"),
          Map.entry("cce_risk", "exploitation"),
          Map.entry("child_selfharm", "self_harm"),
          Map.entry("parent_substance", "parent_substance"),
          Map.entry("parent_mh", "parent_mental_health"),
          Map.entry("neglect_home", "neglect"),
          Map.entry("neglect_health", "neglect"),
          Map.entry("neglect_supervision", "neglect"),
          Map.entry("faltering_growth", "neglect"),
          Map.entry("housing_crisis", "housing"),
          Map.entry("placement_move", "placement_move"),
          Map.entry("section20", "accommodated"),
          Map.entry("plo", "legal"),
          Map.entry("sgo", "legal"));

  /** The truth's milestone types, by the lexicon's milestone ids. */
  static final Map<String, String> MILESTONE =
      Map.of(
          "referral", "referral",
          "strategy_meeting", "strategy_discussion",
          "s47_outcome", "s47_outcome",
          "cp_conference", "child_protection_conference",
          "cp_plan", "child_protection_plan",
          "lac_review", "looked_after_review",
          "plo_letter", "plo",
          "court_report", "court",
          "closure_summary", "closure");

  private InsightEval() {}

  /** The measures, by name, and the cases measured. */
  public record Report(int cases, Map<String, Double> measures, Map<String, Integer> counts) {

    /** This report with the answers' measures beside its own, each named {@code ask_...}. */
    public Report with(Answers answers) {
      Map<String, Double> m = new LinkedHashMap<>(measures);
      answers.measures().forEach((k, v) -> m.put("ask_" + k, v));
      return new Report(cases, m, counts);
    }

    /** The report as Markdown: a table of the measures and the counts behind them. */
    public String markdown(String dataset) {
      StringBuilder sb = new StringBuilder("# Eco-map and chronology on " + dataset + "\n\n");
      sb.append(cases).append(" cases, every record of each (a caller with every grant).\n\n");
      sb.append("| measure | value |\n|---|---|\n");
      measures.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "| %s | %.3f |%n", k, v)));
      sb.append("\nCounts: ").append(counts).append('\n');
      return sb.toString();
    }
  }

  /** Measures where less is better: a regression is a rise. */
  static final Set<String> LOWER_IS_BETTER =
      Set.of("duplicate_nodes", "wrongly_risk", "look_alikes_flagged");

  /**
   * An insight regression file: the dataset and the figures it must keep.
   *
   * @param tolerance how far a measure may fall (or, for duplicates and wrong risk, rise)
   */
  public record Expectation(
      String name,
      String description,
      String dataset,
      double tolerance,
      Map<String, Double> expected) {

    /** Reads a regression file (YAML); unknown fields are an error. */
    public static Expectation read(Path file) throws IOException {
      try {
        Expectation e =
            com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
                .enable(
                    com.fasterxml.jackson.databind.DeserializationFeature
                        .FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .readValue(file.toFile(), Expectation.class);
        if (e.dataset() == null || e.expected() == null || e.expected().isEmpty())
          throw new IllegalArgumentException(file + ": needs a dataset and expected figures");
        return e;
      } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
        throw new IllegalArgumentException(
            file + " does not parse: " + ex.getOriginalMessage(), ex);
      }
    }

    /** Each expected figure, "OK" or "FAIL", with the measured value. */
    public Map<String, String> check(Report report) {
      Map<String, String> out = new LinkedHashMap<>();
      expected.forEach(
          (k, want) -> {
            Double got = report.measures().get(k);
            boolean ok =
                got != null
                    && (LOWER_IS_BETTER.contains(k)
                        ? got <= want + tolerance
                        : got >= want - tolerance);
            out.put(
                k,
                String.format(
                    Locale.ROOT,
                    "%s %.3f (expected %.3f)",
                    ok ? "OK" : "FAIL",
                    got == null ? Double.NaN : got,
                    want));
          });
      return out;
    }
  }

  /**
   * @param truth the corpus's {@code _truth} folder
   * @param byCase every record of the corpus, by case
   */
  public static Report run(Path truth, Map<String, List<CaseRecord>> byCase, InsightLexicon lexicon)
      throws IOException {
    InsightFinder finder = new InsightFinder(lexicon);
    EcoMapBuilder ecomaps = new EcoMapBuilder(lexicon);
    ChronologyBuilder chronologies = new ChronologyBuilder(lexicon);
    Map<String, JsonNode> networks = read(truth.resolve("network.jsonl"));
    Map<String, JsonNode> chronologyTruth = read(truth.resolve("chronology.jsonl"));
    Map<String, Integer> c = new LinkedHashMap<>();
    int cases = 0;
    for (Map.Entry<String, List<CaseRecord>> e : byCase.entrySet()) {
      JsonNode net = networks.get(e.getKey());
      JsonNode chron = chronologyTruth.get(e.getKey());
      if (net == null || chron == null) continue;
      cases++;
      List<CaseSource> sources = new ArrayList<>();
      for (CaseRecord r : e.getValue()) sources.add(new CaseSource(r, finder.find(r)));
      measureEcoMap(ecomaps.build(e.getKey(), sources), net, c);
      measureChronology(chronologies.build(e.getKey(), sources, null, null, Set.of()), chron, c);
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("people_recall", ratio(c, "people_found", "people"));
    m.put("people_precision", ratio(c, "nodes_real", "nodes"));
    m.put("duplicate_nodes", ratio(c, "nodes_duplicate", "nodes"));
    m.put("relation_accuracy", ratio(c, "relation_right", "nodes_matched"));
    m.put("risk_recall", ratio(c, "risk_found", "risk"));
    m.put("protective_recall", ratio(c, "protective_found", "protective"));
    m.put("wrongly_risk", ratio(c, "wrongly_risk", "protective_or_professional"));
    m.put("chronology_recall", ratio(c, "events_found", "events"));
    m.put("chronology_precision", ratio(c, "rows_right", "rows"));
    m.put("milestone_recall", ratio(c, "milestones_found", "milestones"));
    return new Report(cases, m, c);
  }

  /**
   * Answers measured on a corpus's questions: the measures (as {@link AskEval} scores them), the
   * same by question category, and each answer as the corpus's scorer reads it.
   */
  public record Answers(
      int questions,
      Map<String, Double> measures,
      Map<String, Map<String, Double>> byCategory,
      List<String> lines) {

    /** The answers' measures as Markdown. */
    public String markdown() {
      StringBuilder sb = new StringBuilder("\n## Questions to a case\n\n");
      sb.append(questions)
          .append(
              " questions, each over the case's records a caller without a restricted grant"
                  + " sees.\n\n");
      sb.append("| category | answer | abstain | cit. precision | cit. coverage | combined |\n");
      sb.append("|---|---|---|---|---|---|\n");
      Map<String, Map<String, Double>> all = new LinkedHashMap<>();
      all.put("overall", measures);
      all.putAll(byCategory);
      all.forEach(
          (cat, m) ->
              sb.append(
                  String.format(
                      Locale.ROOT,
                      "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                      cat,
                      m.get("answer_accuracy"),
                      m.get("abstention_accuracy"),
                      m.get("citation_precision"),
                      m.get("citation_coverage"),
                      m.get("combined"))));
      return sb.toString();
    }
  }

  /** Asks every question of {@code qa} over its case's records without restricted ones. */
  public static Answers ask(
      Path qa,
      Map<String, List<CaseRecord>> byCase,
      InsightLexicon lexicon,
      QuestionLexicon questions)
      throws IOException {
    InsightFinder finder = new InsightFinder(lexicon);
    EcoMapBuilder ecomaps = new EcoMapBuilder(lexicon);
    ChronologyBuilder chronologies = new ChronologyBuilder(lexicon);
    CaseAnswerer answerer = new CaseAnswerer(lexicon, questions);
    Map<String, Double> counts = new LinkedHashMap<>();
    Map<String, Map<String, Double>> byCategory = new java.util.TreeMap<>();
    List<String> lines = new ArrayList<>();
    Map<String, List<CaseSource>> sourcesOf = new HashMap<>();
    Map<String, EcoMap> maps = new HashMap<>();
    Map<String, Chronology> chronologyOf = new HashMap<>();
    List<AskEval.Question> all = AskEval.read(qa);
    for (AskEval.Question q : all) {
      List<CaseSource> sources =
          sourcesOf.computeIfAbsent(
              q.caseId(),
              id -> {
                List<CaseSource> out = new ArrayList<>();
                for (CaseRecord r : byCase.getOrDefault(id, List.of()))
                  if (!r.restricted()) out.add(new CaseSource(r, finder.find(r)));
                return out;
              });
      EcoMap map = maps.computeIfAbsent(q.caseId(), id -> ecomaps.build(id, sources));
      Chronology chronology =
          chronologyOf.computeIfAbsent(
              q.caseId(), id -> chronologies.build(id, sources, null, null, Set.of()));
      CaseAnswer a = answerer.ask(q.question(), sources, map, chronology);
      AskEval.count(q, a, counts);
      AskEval.count(q, a, byCategory.computeIfAbsent(q.category(), k -> new LinkedHashMap<>()));
      lines.add(AskEval.line(q, a));
    }
    Map<String, Map<String, Double>> measuredByCategory = new LinkedHashMap<>();
    byCategory.forEach((k, v) -> measuredByCategory.put(k, AskEval.measures(v)));
    return new Answers(all.size(), AskEval.measures(counts), measuredByCategory, lines);
  }

  private static double ratio(Map<String, Integer> c, String num, String den) {
    int d = c.getOrDefault(den, 0);
    return d == 0 ? Double.NaN : (double) c.getOrDefault(num, 0) / d;
  }

  private static void count(Map<String, Integer> c, String key, int n) {
    c.merge(key, n, Integer::sum);
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replaceAll("^(mr|mrs|ms|miss|mx|dr|dc|ds|pc|psc|di|sgt)\\.?\\s+", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static void measureEcoMap(EcoMap map, JsonNode net, Map<String, Integer> c) {
    Map<String, JsonNode> truthByKey = new HashMap<>();
    for (JsonNode p : net.path("people")) truthByKey.put(key(p.path("name").asText()), p);
    Set<String> matched = new HashSet<>();
    Map<String, EcoMap.Node> nodeOf = new HashMap<>();
    for (EcoMap.Node n : map.nodes()) {
      count(c, "nodes", 1);
      JsonNode t = truthByKey.get(key(n.name()));
      if (t == null) continue;
      count(c, "nodes_real", 1);
      String pid = t.path("pid").asText();
      if (!matched.add(pid)) {
        count(c, "nodes_duplicate", 1);
        continue;
      }
      nodeOf.put(pid, n);
      count(c, "nodes_matched", 1);
      if (t.path("relation").asText().equalsIgnoreCase(n.relation())) count(c, "relation_right", 1);
      String stance = t.path("stance").asText();
      if ((stance.equals("protective") || stance.equals("professional"))) {
        count(c, "protective_or_professional", 1);
        if (n.stance().equals("risk")) count(c, "wrongly_risk", 1);
      }
    }
    for (JsonNode p : net.path("people")) {
      int level = 0;
      for (JsonNode l : p.path("records")) level = Math.max(level, l.asInt());
      if (level < 2) continue;
      String pid = p.path("pid").asText();
      EcoMap.Node n = nodeOf.get(pid);
      count(c, "people", 1);
      if (n != null) count(c, "people_found", 1);
      String stance = p.path("stance").asText();
      if (stance.equals("risk")) {
        count(c, "risk", 1);
        if (n != null && n.stance().equals("risk")) count(c, "risk_found", 1);
      } else if (stance.equals("protective")) {
        count(c, "protective", 1);
        if (n != null && n.stance().equals("protective")) count(c, "protective_found", 1);
      }
    }
  }

  private static void measureChronology(Chronology ch, JsonNode truth, Map<String, Integer> c) {
    Map<String, String> eventOf = new HashMap<>();
    for (JsonNode e : truth.path("events")) {
      String cat = EVENT_CATEGORY.get(e.path("event").asText());
      if (cat != null) eventOf.put(e.path("record_id").asText(), cat);
    }
    Map<String, Set<String>> rowCats = new HashMap<>();
    Map<String, Set<String>> rowMilestones = new HashMap<>();
    Set<String> measured = new HashSet<>(EVENT_CATEGORY.values());
    for (Chronology.Row r : ch.rows()) {
      for (Chronology.Source s : r.sources()) {
        rowCats.computeIfAbsent(s.recordId(), k -> new HashSet<>()).add(r.category());
        if (r.milestone() != null)
          rowMilestones.computeIfAbsent(s.recordId(), k -> new HashSet<>()).add(r.milestone());
      }
      if (!measured.contains(r.category())) continue;
      count(c, "rows", 1);
      if (r.sources().stream().anyMatch(s -> r.category().equals(eventOf.get(s.recordId()))))
        count(c, "rows_right", 1);
    }
    for (Map.Entry<String, String> e : eventOf.entrySet()) {
      count(c, "events", 1);
      if (rowCats.getOrDefault(e.getKey(), Set.of()).contains(e.getValue()))
        count(c, "events_found", 1);
    }
    for (JsonNode m : truth.path("milestones")) {
      String want = MILESTONE.get(m.path("type").asText());
      if (want == null) continue;
      count(c, "milestones", 1);
      if (rowMilestones.getOrDefault(m.path("record_id").asText(), Set.of()).contains(want))
        count(c, "milestones_found", 1);
    }
  }

  private static Map<String, JsonNode> read(Path file) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode n = JSON.readTree(line);
        out.put(n.path("case_id").asText(), n);
      }
    }
    return out;
  }
}
