package uk.casesearch.engine.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.LuceneBm25Index;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordIndexer;
import uk.casesearch.engine.search.HybridSearcher;

/**
 * The passage index on a real three-node cluster (replicas 1), with the real model: writes, updates
 * and deletes, the hybrid search through one multi-search, permissions inside both retrievers, and
 * a layout change built beside the serving index.
 */
class OpenSearchIndexTest {

  private static CachingEmbedder embedder;
  private static ExecutorService executor;
  private List<URI> hosts;
  private String alias;

  @BeforeAll
  static void model() throws IOException {
    Path models = Path.of(System.getProperty("casesearch.models.dir", "models"));
    embedder = Searchers.model(8, 10_000);
    executor = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void release() {
    if (embedder != null) embedder.close();
    if (executor != null) executor.shutdownNow();
  }

  @BeforeEach
  void cluster() {
    hosts = TestCluster.hostsOrSkip();
    alias = TestCluster.freshAlias();
  }

  @AfterEach
  void drop() throws Exception {
    if (alias != null && hosts != null) TestCluster.drop(hosts, alias);
  }

  static CaseRecord record(String id, String caseId, boolean restricted, String type, String text) {
    return new CaseRecord(
        id,
        caseId,
        new CaseRecord.Child("K-" + caseId, "Child " + caseId, null),
        type,
        "Record " + id,
        LocalDate.of(2024, 3, 1 + Math.abs(id.hashCode() % 27)),
        "author",
        "Team A",
        text,
        List.of(
            new CaseRecord.Person(
                "Maureen Hargreaves", "Grandparent", "maternal grandmother", null)),
        restricted,
        "test");
  }

  private OpenSearchIndex open() throws IOException {
    return OpenSearchIndex.open(
        TestCluster.config(hosts, alias), LuceneBm25Index.Config.defaults(), embedder.dimension());
  }

  private static RecordIndexer indexer(OpenSearchIndex os) {
    return Searchers.indexer(embedder, os, os);
  }

  private static List<CaseRecord> records() {
    return List.of(
        record(
            "A1",
            "CASE-A",
            false,
            "case_note",
            "Safety plan: grandmother collects the children from school every day."),
        record(
            "A2",
            "CASE-A",
            false,
            "case_note",
            "Attendance this term is 68% with twelve unauthorised absences."),
        record(
            "A3",
            "CASE-A",
            true,
            "court_report",
            "The court report on the safety plan recommends a special guardianship order."),
        record(
            "B1",
            "CASE-B",
            false,
            "case_note",
            "Safety plan agreed: father will not visit the home after drinking."),
        record(
            "B2",
            "CASE-B",
            false,
            "report",
            "The dentist completed two fillings and gave advice on brushing."),
        record(
            "C1",
            "CASE-C",
            true,
            "court_report",
            "Police attended after neighbours heard shouting; a safety plan was made."));
  }

  @Test
  void writesSearchesAndPermissionsOnTheCluster() throws IOException {
    Map<String, CaseRecord> store = new HashMap<>();
    records().forEach(r -> store.put(r.id(), r));
    try (OpenSearchIndex os = open()) {
      RecordIndexer indexer = indexer(os);
      indexer.index(records());
      indexer.refresh();
      assertEquals(6, os.size());
      assertEquals(6, os.recordHashes().size());
      assertTrue(indexer.reconcile(hashes(indexer)).inSync());

      HybridSearcher searcher = Searchers.searcher(os, os, embedder, store, executor);
      List<String> all = ids(searcher, "safety plan", SearchFilter.NONE);
      assertEquals(Set.of("A1", "A3", "B1", "C1"), Set.copyOf(all.subList(0, 4)), all.toString());

      // Case A only, restricted records of no case: A1 alone of the safety plans.
      SearchFilter caseA =
          SearchFilter.NONE.withAccess(AccessScope.cases(Set.of("CASE-A"), Set.of()));
      List<String> seen = ids(searcher, "safety plan", caseA);
      assertTrue(seen.contains("A1"), seen.toString());
      for (String id : seen) assertTrue(id.equals("A1") || id.equals("A2"), "leaked " + id);
      // The dense retriever's filter is inside its search: asked for 2, both come from case A.
      List<PassageHit> dense = os.search(embedder.embedQuery("school attendance"), 2, caseA);
      assertEquals(2, dense.size());
      for (PassageHit h : dense)
        assertTrue(h.recordId().startsWith("A") && !h.recordId().equals("A3"));
      // With the restricted grant for case A, its court report is found; case C's is not.
      SearchFilter grantA =
          SearchFilter.NONE.withAccess(
              AccessScope.cases(Set.of("CASE-A", "CASE-C"), Set.of("CASE-A")));
      List<String> granted = ids(searcher, "court report guardianship", grantA);
      assertEquals("A3", granted.getFirst());
      assertFalse(granted.contains("C1"));
      // Nothing visible: nothing at all, in every reading of the query.
      SearchFilter none = SearchFilter.NONE.withAccess(AccessScope.NONE);
      assertTrue(ids(searcher, "safety plan", none).isEmpty());
      assertNull(os.name("maureen hargreaves", 1, none));
      assertEquals("maureen hargreaves", os.name("maureen hargreave", 1, caseA));
      assertEquals(List.of("maureen hargreaves"), os.namesStarting("harg", caseA, 5));
      assertTrue(os.namesStarting("harg", none, 5).isEmpty());
      assertEquals(
          Map.of("dentsit", "dentist"),
          os.corrections(List.of("dentsit"), Set.of(), SearchFilter.NONE));
      assertTrue(
          os.corrections(List.of("dentsit"), Set.of(), caseA).isEmpty(), "only case B holds it");
      assertTrue(os.holdsType("court_report", grantA));
      assertFalse(os.holdsType("court_report", caseA));
      assertEquals(1.0, os.wordsHeld("dentist fillings", List.of("B2")));
      assertEquals(0.5, os.wordsHeld("dentist police", List.of("B2")));
      assertEquals("CASE-A", os.meta("A2").caseId());

      // An update with other text replaces the record's passages; a delete removes them.
      CaseRecord changed =
          record("B2", "CASE-B", false, "report", "The optician found no problem with her eyes.");
      store.put("B2", changed);
      indexer.index(List.of(changed));
      indexer.refresh();
      assertTrue(os.search("dentist fillings", 10, SearchFilter.NONE).isEmpty(), "old words gone");
      assertEquals("B2", ids(searcher, "optician eyes", SearchFilter.NONE).getFirst());
      assertTrue(indexer.delete("B1"));
      indexer.refresh();
      assertFalse(ids(searcher, "safety plan", SearchFilter.NONE).contains("B1"));
      assertTrue(
          os.search(embedder.embedQuery("father drinking"), 10, SearchFilter.NONE).stream()
              .noneMatch(h -> h.recordId().equals("B1")));
      assertEquals(5, os.recordHashes().size());
      assertFalse(indexer.delete("B1"));
    }
  }

  @Test
  void aLayoutChangeIsBuiltBesideTheServingIndexThenTheAliasMoves() throws Exception {
    Map<String, CaseRecord> store = new HashMap<>();
    records().forEach(r -> store.put(r.id(), r));
    String first;
    try (OpenSearchIndex os = open()) {
      RecordIndexer indexer = indexer(os);
      indexer.index(records());
      indexer.refresh();
      first = TestCluster.get(hosts, "/_alias/" + alias);
    }
    LuceneBm25Index.Config other = new LuceneBm25Index.Config(1.2f, 0.75f, 0.5f, null);
    try (OpenSearchIndex os =
        OpenSearchIndex.open(TestCluster.config(hosts, alias), other, embedder.dimension())) {
      RecordIndexer indexer = indexer(os);
      // The new index is empty, so every record is to be indexed; the old one still serves.
      RecordIndexer.Reconciliation r = indexer.reconcile(hashes(indexer));
      assertEquals(6, r.toIndex().size());
      HybridSearcher searcher = Searchers.searcher(os, os, embedder, store, executor);
      assertEquals("B2", ids(searcher, "dentist fillings", SearchFilter.NONE).getFirst());
      assertEquals(first, TestCluster.get(hosts, "/_alias/" + alias));
      List<CaseRecord> all = new ArrayList<>(records());
      indexer.index(all);
      indexer.mergeDeletes();
      indexer.refresh();
      String moved = TestCluster.get(hosts, "/_alias/" + alias);
      assertFalse(moved.equals(first), moved);
      assertTrue(indexer.reconcile(hashes(indexer)).inSync());
      assertEquals("B2", ids(searcher, "dentist fillings", SearchFilter.NONE).getFirst());
      assertEquals(6, os.recordHashes().size());
    }
  }

  private static Map<String, String> hashes(RecordIndexer indexer) {
    Map<String, String> out = new HashMap<>();
    for (CaseRecord r : records()) out.put(r.id(), uk.casesearch.engine.ingest.ContentHash.of(r));
    return out;
  }

  static List<String> ids(HybridSearcher searcher, String query, SearchFilter filter)
      throws IOException {
    return Searchers.ids(searcher, query, filter);
  }
}
