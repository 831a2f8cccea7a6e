package uk.casesearch.engine.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.eval.Datasets;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.ingest.doc.DocumentExtractor;

/**
 * The eco-map and chronology gate every clone has: the demo set's cases against expectations judged
 * from the stories its README tells (src/test/resources/demo-judged/insight.json). The demo was
 * written apart from the judged corpus the lexicon was tuned on, so it is also a first check of how
 * the reading carries to other writing.
 */
class DemoInsightTest {

  private static final InsightLexicon LEXICON = InsightLexicon.shipped();
  private static final Map<String, EcoMap> MAPS = new LinkedHashMap<>();
  private static final Map<String, Chronology> CHRONOLOGIES = new LinkedHashMap<>();
  private static JsonNode judged;

  @BeforeAll
  static void build() throws Exception {
    Path demo = Path.of("src/main/resources/demo");
    Map<String, List<CaseRecord>> byCase = new LinkedHashMap<>();
    try (DocumentExtractor extractor = new DocumentExtractor(DocumentExtractor.Config.defaults())) {
      Datasets.load(
          demo,
          Datasets.Format.CASE,
          new Datasets.Selection(
              null,
              Path.of("src/test/resources/demo-judged/queries.jsonl"),
              demo.resolve("demo-records.jsonl"),
              demo.resolve("files/demo-manifest.jsonl")),
          new RecordParser(RecordParser.Limits.defaults()),
          extractor,
          r -> byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r));
    }
    InsightFinder finder = new InsightFinder(LEXICON);
    byCase.forEach(
        (c, records) -> {
          List<CaseSource> sources = new ArrayList<>();
          for (CaseRecord r : records) sources.add(new CaseSource(r, finder.find(r)));
          MAPS.put(c, new EcoMapBuilder(LEXICON).build(c, sources));
          CHRONOLOGIES.put(
              c, new ChronologyBuilder(LEXICON).build(c, sources, null, null, Set.of()));
        });
    judged =
        new ObjectMapper()
            .readTree(Path.of("src/test/resources/demo-judged/insight.json").toFile());
  }

  private static String stance(String caseId, String name) {
    return MAPS.get(caseId).nodes().stream()
        .filter(n -> n.name().equals(name))
        .map(EcoMap.Node::stance)
        .findFirst()
        .orElse("absent");
  }

  /** The share of the judged people of a stance the maps give that stance, and who they miss. */
  private static double recall(String stance, List<String> missed) {
    int all = 0;
    int found = 0;
    for (var e : judged.path(stance).properties()) {
      for (JsonNode name : e.getValue()) {
        all++;
        if (stance(e.getKey(), name.asText()).equals(stance)) found++;
        else
          missed.add(
              e.getKey() + " " + name.asText() + " (" + stance(e.getKey(), name.asText()) + ")");
      }
    }
    return (double) found / all;
  }

  @Test
  void risksAndProtectivePeopleFromTheStories() {
    List<String> missed = new ArrayList<>();
    double risk = recall("risk", missed);
    double protective = recall("protective", missed);
    System.out.printf(
        Locale.ROOT,
        "demo: risk recall %.3f, protective recall %.3f; missed %s%n",
        risk,
        protective,
        missed);
    assertEquals(1.0, risk, missed.toString());
    assertTrue(protective >= 0.7, "protective recall " + protective + "; missed " + missed);
    for (var e : judged.path("not_risk").properties())
      for (JsonNode name : e.getValue())
        assertTrue(
            !stance(e.getKey(), name.asText()).equals("risk"),
            e.getKey() + " " + name.asText() + " is not a risk");
  }

  @Test
  void theEventsAndMilestonesTheStoriesTell() {
    List<String> missed = new ArrayList<>();
    for (JsonNode ev : judged.path("events")) {
      String c = ev.path("case").asText();
      List<Chronology.Row> rows =
          CHRONOLOGIES.get(c).rows().stream()
              .filter(r -> r.category().equals(ev.path("category").asText()))
              .filter(r -> !ev.has("year") || r.date().getYear() == ev.path("year").asInt())
              .filter(
                  r ->
                      !ev.has("date") || r.date().equals(LocalDate.parse(ev.path("date").asText())))
              .filter(
                  r ->
                      !ev.has("record")
                          || r.sources().stream()
                              .anyMatch(s -> s.recordId().equals(ev.path("record").asText())))
              .toList();
      int want = ev.path("count").asInt(1);
      if (rows.size() < want) missed.add(ev + " -> " + rows.size());
    }
    System.out.println("demo: events missed " + missed);
    assertTrue(missed.size() <= 2, "events missed: " + missed);
    for (var e : judged.path("milestones").properties()) {
      Set<String> have = new java.util.HashSet<>();
      for (Chronology.Row r : CHRONOLOGIES.get(e.getKey()).rows())
        if (r.milestone() != null) have.add(r.milestone());
      for (JsonNode m : e.getValue())
        assertTrue(
            have.contains(m.asText()), e.getKey() + " lacks milestone " + m.asText() + ": " + have);
    }
  }
}
