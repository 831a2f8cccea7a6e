package uk.casesearch.bench.capacity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.casesearch.bench.ScaledCorpus;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * The capacity run's scaled records: sentences of the base records recombined, 200 records to a
 * case.
 */
final class ScaledText {

  private static final String[] TYPES = {
    "case_note", "assessment", "safety_plan", "cp_conference", "letter", "email", "school_report"
  };
  private static final int PER_CASE = 200;

  private final ScaledCorpus corpus;

  ScaledText(List<String> baseRecordJson) {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try {
      for (String line : baseRecordJson) texts.add(json.readTree(line).get("text").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    corpus = ScaledCorpus.fromTexts(texts);
  }

  CaseRecord caseRecord(int i) {
    return new CaseRecord(
        "CAP-" + i,
        "CASE-CAP-" + (i / PER_CASE),
        null,
        TYPES[i % TYPES.length],
        "Record " + i,
        LocalDate.of(2015, 1, 1).plusDays(i % 3650),
        null,
        "Team " + (i % 12),
        corpus.passage(i),
        List.of(),
        false,
        null);
  }

  /** The JSON the API takes for {@link #caseRecord}. */
  Map<String, Object> record(int i) {
    CaseRecord r = caseRecord(i);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("case_id", r.caseId());
    m.put("type", r.type());
    m.put("title", r.title());
    m.put("date", r.date().toString());
    m.put("team", r.team());
    m.put("text", r.text());
    return m;
  }

  int cases() {
    return 50;
  }

  List<String> queries(int n) {
    return corpus.queries(n);
  }
}
