package uk.casesearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.insight.CaseAnswer;
import uk.casesearch.engine.insight.CaseAnswerer;
import uk.casesearch.engine.insight.CaseSource;
import uk.casesearch.engine.insight.CaseSummarizer;
import uk.casesearch.engine.insight.CaseSummary;
import uk.casesearch.engine.insight.Chronology;
import uk.casesearch.engine.insight.ChronologyBuilder;
import uk.casesearch.engine.insight.EcoMap;
import uk.casesearch.engine.insight.EcoMapBuilder;
import uk.casesearch.engine.insight.Glossary;
import uk.casesearch.engine.insight.InsightFinder;
import uk.casesearch.engine.insight.InsightLexicon;
import uk.casesearch.engine.insight.QuestionLexicon;
import uk.casesearch.engine.insight.RecordInsight;

/**
 * The eco-map and chronology's own costs: finding people and events in one record (paid at ingest,
 * to set beside EmbeddingBenchmark's cost of embedding one), and building both views of a case of
 * {@code records} records from their stored findings, JSON parsing included (what a view costs
 * beside reading the case's rows from the database). The case is the demo's first, its records
 * repeated under new ids up to the size asked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InsightBenchmark {

  @Param({"200"})
  int records;

  private final InsightLexicon lexicon = InsightLexicon.shipped();
  private final InsightFinder finder = new InsightFinder(lexicon);
  private final EcoMapBuilder ecoMaps = new EcoMapBuilder(lexicon);
  private final ChronologyBuilder chronologies = new ChronologyBuilder(lexicon);
  private final CaseAnswerer answerer = new CaseAnswerer(lexicon, QuestionLexicon.shipped());
  private final CaseSummarizer summarizer =
      new CaseSummarizer(QuestionLexicon.shipped(), Glossary.shipped());

  /** Questions of every form the answerer reads, asked in turn. */
  private static final List<String> QUESTIONS =
      List.of(
          "Who is the child's GP?",
          "When was the child first reported missing?",
          "When was the last child protection conference?",
          "Has the child ever been subject to a child protection plan?",
          "Who is in the safety network?",
          "What did the child say about school?");

  private int nextQuestion;
  private List<CaseRecord> caseRecords;
  private List<String> stored;
  private int next;

  @Setup
  public void setUp() throws Exception {
    List<CaseRecord> base = new ArrayList<>();
    RecordParser parser = new RecordParser(RecordParser.Limits.defaults());
    ObjectMapper json = new ObjectMapper();
    Path demo =
        Path.of(System.getProperty("bench.demo", "../src/main/resources/demo/demo-records.jsonl"));
    try (BufferedReader r = Files.newBufferedReader(demo, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        RecordParser.Result p = parser.parse(json.readTree(line), true);
        if (p.ok() && p.record().caseId().equals("AV-1001")) base.add(p.record());
      }
    }
    caseRecords = new ArrayList<>();
    stored = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      CaseRecord b = base.get(i % base.size());
      CaseRecord c =
          new CaseRecord(
              b.id() + "-" + i,
              b.caseId(),
              b.child(),
              b.type(),
              b.title(),
              b.date(),
              b.author(),
              b.team(),
              b.text(),
              b.people(),
              b.restricted(),
              b.sourceSystem());
      caseRecords.add(c);
      stored.add(finder.find(c).toJson());
    }
  }

  @Benchmark
  public RecordInsight findInOneRecord() {
    CaseRecord r = caseRecords.get(next);
    next = (next + 1) % caseRecords.size();
    return finder.find(r);
  }

  /**
   * A question to a case: its records' findings read, the eco-map and chronology built and the
   * question answered (what {@code POST /ask} costs beside reading the case's rows).
   */
  @Benchmark
  public CaseAnswer askACase() {
    List<CaseSource> sources = sources();
    String q = QUESTIONS.get(nextQuestion);
    nextQuestion = (nextQuestion + 1) % QUESTIONS.size();
    return answerer.ask(
        q,
        sources,
        ecoMaps.build("AV-1001", sources),
        chronologies.build("AV-1001", sources, null, null, Set.of()));
  }

  /** A case's summary, with plain words for its jargon (a care leaver's reading, unredacted). */
  @Benchmark
  public CaseSummary summarizeACase() {
    List<CaseSource> sources = sources();
    return summarizer.summarize(
        "AV-1001",
        sources,
        ecoMaps.build("AV-1001", sources),
        chronologies.build("AV-1001", sources, null, null, Set.of()),
        true,
        0);
  }

  private List<CaseSource> sources() {
    List<CaseSource> sources = new ArrayList<>(caseRecords.size());
    for (int i = 0; i < caseRecords.size(); i++)
      sources.add(new CaseSource(caseRecords.get(i), RecordInsight.fromJson(stored.get(i))));
    return sources;
  }

  @Benchmark
  public int ecoMapAndChronologyOfACase() {
    List<CaseSource> sources = sources();
    EcoMap map = ecoMaps.build("AV-1001", sources);
    Chronology c = chronologies.build("AV-1001", sources, null, null, Set.of());
    return map.nodes().size() + c.rows().size();
  }
}
