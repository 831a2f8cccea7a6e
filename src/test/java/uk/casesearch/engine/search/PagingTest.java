package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * Paging through results, with the real model and indexes: the pages within the candidates are one
 * ranking (no record twice, none skipped), and a page past them still comes back full.
 */
class PagingTest {

  @TempDir Path dir;

  @Test
  void pagesWithinTheCandidatesAreOneRankingAndLaterPagesAreFull() throws Exception {
    String[] seen = {"the children", "the baby", "mother", "the family", "the young person"};
    String[] where = {
      "at home", "at school", "at the contact centre", "at grandmother's flat", "in the park"
    };
    String[] what = {
      "were happy and well cared for", "had no clean clothes and were hungry",
          "talked about school and friends",
      "were upset after an argument", "had missed two health appointments",
          "were playing with new toys",
      "seemed tired and withdrawn", "spoke warmly about their father"
    };
    Map<String, CaseRecord> store = new HashMap<>();
    List<CaseRecord> records = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text =
          "Visit "
              + i
              + ": "
              + seen[i % seen.length]
              + " were seen "
              + where[(i / 5) % where.length]
              + " and "
              + what[i % what.length]
              + ".";
      CaseRecord r =
          new CaseRecord(
              "P" + i,
              "CASE-P",
              null,
              "case_note",
              "Home visit " + i,
              LocalDate.of(2025, 1, 1).plusDays(i),
              null,
              null,
              text,
              List.of(),
              false,
              null);
      records.add(r);
      store.put(r.id(), r);
    }
    TestIndexes t = TestIndexes.open(dir);
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      t.indexer().index(records);
      t.indexer().refresh();
      // Twelve candidate passages a retriever, so that pages of four reach past them quickly.
      HybridSearcher.Config twelve = HybridSearcher.Config.defaults().withCandidates(12);
      HybridSearcher searcher =
          new HybridSearcher(
              t.text(),
              t.vectors(),
              t.embedder(),
              t.indexer(),
              ids -> {
                Map<String, CaseRecord> out = new HashMap<>();
                for (String id : ids) if (store.containsKey(id)) out.put(id, store.get(id));
                return out;
              },
              executor,
              twelve,
              ConceptLexicon.shipped());

      for (String q :
          List.of(
              "children hungry at home",
              "missed health appointments",
              "upset after an argument",
              "father",
              "school and friends",
              "tired baby at grandmother's")) {
        List<String> window = ids(searcher, q, 12, 0);
        assertEquals(
            12, window.size(), "twelve candidates a retriever give at least twelve records");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 12; offset += 4) paged.addAll(ids(searcher, q, 4, offset));
        assertEquals(
            window,
            paged,
            "pages of four within the candidates must be the first twelve in order: " + q);
      }
      String query = "children hungry at home";

      // Past the candidates: a deeper search, and the page is full (40 records match).
      List<String> far = ids(searcher, query, 4, 30);
      assertEquals(4, far.size(), "a page past the candidates must be full: " + far);
      List<String> all = ids(searcher, query, 40, 0);
      assertEquals(40, all.size());
      assertEquals(40, new HashSet<>(all).size(), "no record twice");
    } finally {
      executor.shutdownNow();
      t.close();
    }
  }

  private static List<String> ids(HybridSearcher s, String query, int limit, int offset)
      throws Exception {
    return s
        .search(
            new SearchRequest(query, SearchFilter.NONE, limit, offset, SearchMode.HYBRID, false))
        .hits()
        .stream()
        .map(SearchHit::id)
        .toList();
  }
}
