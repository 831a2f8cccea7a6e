package uk.casesearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.ingest.Passage;

/**
 * The service's BM25 index (LuceneBm25Index: UK English analysis, the social-care synonyms, title
 * field) over a scaled case corpus, answering the candidates the hybrid search asks for (100 by
 * default; earlier versions took 200), without a filter and within one case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx4g"})
public class Bm25Benchmark {

  /** Passages per case in the scaled corpus (a child's file). */
  private static final int PASSAGES_PER_CASE = 200;

  @Param({"100000"})
  int size;

  @Param({"100", "200"})
  int candidates;

  private LuceneBm25Index index;
  private List<String> queries;
  private SearchFilter oneCase;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ScaledCorpus corpus = ScaledCorpus.load();
    Path dir = VectorData.ROOT.resolve("bm25-" + size);
    boolean built = Files.exists(dir.resolve("built"));
    index = LuceneBm25Index.open(dir, LuceneBm25Index.Config.defaults());
    if (!built) {
      long t0 = System.nanoTime();
      for (int i = 0; i < size; i++) {
        String text = corpus.passage(i);
        RecordMeta meta =
            new RecordMeta(
                "CASE-" + (i / PASSAGES_PER_CASE),
                null,
                "case_note",
                null,
                LocalDate.of(2024, 1, 1),
                false);
        index.upsert(
            VectorData.id(i),
            "h",
            meta,
            "Case note " + i,
            List.of(new Passage(0, text, 0, text.length())));
      }
      index.commit();
      Files.writeString(dir.resolve("built"), "");
      System.out.printf("built BM25 %d passages in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
    }
    queries = corpus.queries(200);
    oneCase = SearchFilter.NONE.withCases(java.util.Set.of("CASE-7"));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
  }

  @Benchmark
  public List<PassageHit> candidates() throws IOException {
    return index.search(queries.get(next++ % queries.size()), candidates, SearchFilter.NONE);
  }

  @Benchmark
  public List<PassageHit> candidatesWithinOneCase() throws IOException {
    return index.search(queries.get(next++ % queries.size()), candidates, oneCase);
  }
}
