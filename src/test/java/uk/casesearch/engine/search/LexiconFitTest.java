package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordIndexer;

/**
 * Where the concept lexicon does not fit the corpus, BM25 runs without concept expansions and the
 * dense ranking weighs {@code vectorWeightWithoutLexicon} in fusion. The corpus: one real record
 * among 1,000 passages of random vectors (enough to judge the fit; nothing like a concept).
 */
class LexiconFitTest {

  static TestIndexes indexes;
  static CachingEmbedder embedder;
  static final ExecutorService executor = Executors.newFixedThreadPool(2);
  static LuceneBm25Index text;
  static JVectorIndex vectors;
  static RecordIndexer indexer;
  static CaseRecord record;

  @BeforeAll
  static void index(@TempDir Path dir) throws IOException {
    TestIndexes t = indexes = TestIndexes.open(dir);
    embedder = t.embedder();
    text = t.text();
    vectors = t.vectors();
    indexer = t.indexer();
    record =
        new CaseRecord(
            "X",
            "CASE-1",
            null,
            "case_note",
            "Home visit",
            LocalDate.of(2024, 3, 1),
            null,
            null,
            "The boiler has been broken for a month and the flat is cold and damp.",
            List.of(),
            false,
            "test");
    indexer.index(List.of(record));
    Random random = new Random(7);
    RecordMeta meta = new RecordMeta("CASE-2", null, null, null, null, false);
    for (int i = 0; i < 1000; i++) {
      float[] v = new float[embedder.dimension()];
      double norm = 0;
      for (int d = 0; d < v.length; d++) norm += (v[d] = (float) random.nextGaussian()) * v[d];
      for (int d = 0; d < v.length; d++) v[d] /= (float) Math.sqrt(norm);
      vectors.upsert("F" + i, "h", meta, List.of(v));
    }
    indexer.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    indexes.close();
    executor.shutdownNow();
  }

  /** The fused score of the record both retrievers rank first: the sum of their weights. */
  private static double topScore(double conceptAffinity) throws IOException {
    HybridSearcher.Config d = HybridSearcher.Config.defaults();
    HybridSearcher.Config config = d.withConcepts(d.concepts().withAffinity(conceptAffinity));
    HybridSearcher s =
        new HybridSearcher(
            text,
            vectors,
            embedder,
            indexer,
            ids -> ids.contains("X") ? Map.of("X", record) : Map.of(),
            executor,
            config,
            ConceptLexicon.shipped());
    SearchResult r =
        s.search(
            new SearchRequest("broken boiler", SearchFilter.NONE, 5, 0, SearchMode.HYBRID, false));
    assertEquals("X", r.hits().getFirst().id());
    return r.hits().getFirst().score();
  }

  @Test
  void theDenseRankingWeighsMoreWhereTheLexiconDoesNotFit() throws IOException {
    HybridSearcher.Fusion d = HybridSearcher.Fusion.defaults();
    // Affinity 0: the lexicon counts as fitting whatever the corpus.
    assertEquals(d.bm25Weight() + d.vectorWeight(), topScore(0), 1e-9);
    // Affinity 1: no corpus reaches it.
    assertEquals(d.bm25Weight() + d.vectorWeightWithoutLexicon(), topScore(1), 1e-9);
  }
}
