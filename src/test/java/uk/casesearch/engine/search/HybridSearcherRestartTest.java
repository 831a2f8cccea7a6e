package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.embed.EmbeddingModel;
import uk.casesearch.engine.embed.InMemoryVectorCache;
import uk.casesearch.engine.embed.OnnxEmbedder;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.Chunker;
import uk.casesearch.engine.ingest.ContentHash;
import uk.casesearch.engine.ingest.RecordIndexer;

/**
 * The engine alone, with the real model and real indexes on disk: index, search, close, reopen, and
 * get identical results; reconciliation finds exactly what an index lacks.
 */
class HybridSearcherRestartTest {

  static CachingEmbedder embedder;
  static ExecutorService executor = Executors.newFixedThreadPool(2);
  static final InMemoryVectorCache cache = new InMemoryVectorCache(10_000);

  @BeforeAll
  static void load() throws IOException {
    Path models = Path.of(System.getProperty("casesearch.models.dir", "models"));
    embedder =
        new CachingEmbedder(
            OnnxEmbedder.open(
                new OnnxEmbedder.Config(models, EmbeddingModel.BGE_SMALL_EN_V15_Q, 2, 512, 1)),
            cache,
            100);
  }

  @AfterAll
  static void close() {
    embedder.close();
    executor.shutdownNow();
  }

  /** An engine over one data directory; closing it closes both indexes. */
  static final class Opened implements AutoCloseable {
    final LuceneBm25Index text;
    final JVectorIndex vectors;
    final RecordIndexer indexer;
    final HybridSearcher searcher;

    Opened(Path dir, Map<String, CaseRecord> store) throws IOException {
      text = LuceneBm25Index.open(dir.resolve("text"), LuceneBm25Index.Config.defaults());
      vectors =
          JVectorIndex.open(
              dir.resolve("vector"), JVectorIndex.Config.defaults(embedder.dimension()));
      indexer = new RecordIndexer(new Chunker(Chunker.Config.defaults()), embedder, text, vectors);
      searcher =
          new HybridSearcher(
              text,
              vectors,
              embedder,
              indexer,
              ids -> {
                Map<String, CaseRecord> out = new HashMap<>();
                for (String id : ids) if (store.containsKey(id)) out.put(id, store.get(id));
                return out;
              },
              executor,
              HybridSearcher.Config.defaults(),
              ConceptLexicon.shipped());
    }

    @Override
    public void close() throws IOException {
      text.close();
      vectors.close();
    }
  }

  static List<CaseRecord> records() {
    String[] texts = {
      "No food in the cupboards; the children wore the same dirty clothes all week and the flat smelt of urine.",
      "Attendance this term is 68.5% with twelve unauthorised absences and repeated lateness.",
      "Found with two phones and a large amount of cash after travelling to another town late at night.",
      "Safety plan: grandmother collects the children from school; mother will not let her ex-partner into the home.",
      "Police attended after neighbours heard shouting and a woman screaming; the children were upstairs.",
      "Initial child protection conference decided the children will be subject to a child protection plan.",
      "The dentist completed two fillings and gave advice on brushing.",
      "Return home interview after a missing episode: he stayed with older friends in a flat in the city.",
    };
    List<CaseRecord> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(
          new CaseRecord(
              "R" + i,
              i < 4 ? "CASE-1" : "CASE-2",
              new CaseRecord.Child("K" + (i < 4 ? 1 : 2), "Child", null),
              i % 2 == 0 ? "case_note" : "report",
              "Record " + i,
              LocalDate.of(2024, 1, 1 + i),
              "author",
              "Team A",
              texts[i],
              List.of(),
              false,
              "test"));
    }
    return out;
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void searchesSurviveCloseAndReopenIdentically(@TempDir Path dir) throws IOException {
    Map<String, CaseRecord> store = new HashMap<>();
    List<CaseRecord> records = records();
    records.forEach(r -> store.put(r.id(), r));
    List<String> queries =
        List.of("teeth", "truanting", "county lines", "who picks the children up", "dentist");
    Map<String, SearchResult> before = new HashMap<>();
    try (Opened e = new Opened(dir, store)) {
      e.indexer.index(records);
      e.indexer.refresh();
      e.indexer.commit();
      for (String q : queries) {
        before.put(
            q,
            e.searcher.search(
                new SearchRequest(q, SearchFilter.NONE, 5, 0, SearchMode.HYBRID, true)));
      }
      // Found by meaning: no word of either query is in its record.
      assertEquals(
          "R6", before.get("teeth").hits().getFirst().id(), before.get("teeth").hits().toString());
      assertEquals(
          "R1",
          before.get("truanting").hits().getFirst().id(),
          before.get("truanting").hits().toString());
    }
    try (Opened e = new Opened(dir, store)) {
      for (String q : queries) {
        SearchResult after =
            e.searcher.search(
                new SearchRequest(q, SearchFilter.NONE, 5, 0, SearchMode.HYBRID, true));
        assertEquals(
            ids(before.get(q)), ids(after), "results changed after reopening for '" + q + "'");
        for (int i = 0; i < after.hits().size(); i++) {
          assertEquals(before.get(q).hits().get(i).score(), after.hits().get(i).score(), 1e-9);
          assertEquals(before.get(q).hits().get(i).snippet(), after.hits().get(i).snippet());
        }
      }
      Map<String, String> hashes = new HashMap<>();
      records.forEach(r -> hashes.put(r.id(), ContentHash.of(r)));
      assertTrue(e.indexer.reconcile(hashes).inSync(), "a committed index must be in sync");
    }
  }

  @Test
  void reconcileFindsMissingStaleAndOrphanedRecords(@TempDir Path dir) throws IOException {
    Map<String, CaseRecord> store = new HashMap<>();
    List<CaseRecord> records = records();
    records.forEach(r -> store.put(r.id(), r));
    try (Opened e = new Opened(dir, store)) {
      e.indexer.index(records.subList(0, 6));
      e.indexer.commit();
      Map<String, String> hashes = new HashMap<>();
      for (CaseRecord r : records.subList(1, 8)) hashes.put(r.id(), ContentHash.of(r));
      hashes.put("R2", "changed-content-hash");
      RecordIndexer.Reconciliation rec = e.indexer.reconcile(hashes);
      assertEquals(List.of("R2", "R6", "R7"), rec.toIndex());
      assertEquals(List.of("R0"), rec.toDelete());
      assertFalse(rec.inSync());
    }
  }

  @Test
  void filtersRestrictBothRetrievers(@TempDir Path dir) throws IOException {
    Map<String, CaseRecord> store = new HashMap<>();
    records().forEach(r -> store.put(r.id(), r));
    try (Opened e = new Opened(dir, store)) {
      e.indexer.index(records());
      e.indexer.refresh();
      SearchFilter onlyCase2 = SearchFilter.NONE.withCases(java.util.Set.of("CASE-2"));
      for (SearchMode mode : SearchMode.values()) {
        SearchResult r =
            e.searcher.search(new SearchRequest("children", onlyCase2, 10, 0, mode, false));
        assertTrue(
            r.hits().stream().allMatch(h -> h.caseId().equals("CASE-2")), mode + ": " + ids(r));
      }
      SearchFilter window =
          new SearchFilter(
              null,
              null,
              null,
              null,
              LocalDate.of(2024, 1, 2),
              LocalDate.of(2024, 1, 3),
              AccessScope.ALL);
      SearchResult r =
          e.searcher.search(
              new SearchRequest("children school", window, 10, 0, SearchMode.HYBRID, false));
      assertEquals(java.util.Set.of("R1", "R2"), new java.util.HashSet<>(ids(r)));
    }
  }
}
