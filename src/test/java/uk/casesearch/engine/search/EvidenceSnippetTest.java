package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * A record found by meaning shows the evidence that made it match, not its opening: over real
 * indexes and the real model, "self harm" finds a note that never uses those words and its snippet
 * is the sentence about the cuts, marked.
 */
class EvidenceSnippetTest {

  static TestIndexes indexes;
  static final ExecutorService executor = Executors.newFixedThreadPool(2);
  static final Map<String, CaseRecord> store = new HashMap<>();

  static final String OPENING =
      "Home visit to Flat 4, 18 Mill Lane, Caldermouth CV3 9QT. Present: Mum (Joanne Pratt),"
          + " Ellie (14) and the allocated social worker. The visit was announced and the family were"
          + " expecting me. The flat was warm and tidy; there was food in the fridge and the"
          + " cupboards. Mum said the housing officer had been round about the damp in the back"
          + " bedroom and a repair is booked for next month. Ellie's school uniform was drying on"
          + " the radiator and her school bag was packed for the morning. ";

  static final String EVIDENCE =
      "Ellie showed me fresh cuts on her forearm and said she does it when things get too much.";

  @BeforeAll
  static void index(@TempDir Path dir) throws IOException {
    indexes = TestIndexes.open(dir);
    CaseRecord note =
        new CaseRecord(
            "E1",
            "CASE-E",
            new CaseRecord.Child("C-E", "Ellie Pratt", null),
            "case_note",
            "Home visit",
            LocalDate.of(2025, 2, 3),
            "author",
            "Team A",
            OPENING
                + EVIDENCE
                + " We agreed a plan for the weekend and I will visit again on Friday.",
            List.of(),
            false,
            "test");
    CaseRecord other =
        new CaseRecord(
            "E2",
            "CASE-E",
            new CaseRecord.Child("C-E", "Ellie Pratt", null),
            "case_note",
            "School contact",
            LocalDate.of(2025, 2, 4),
            "author",
            "Team A",
            "The school reported that Ellie's attendance has improved this term.",
            List.of(),
            false,
            "test");
    store.put(note.id(), note);
    store.put(other.id(), other);
    indexes.indexer().index(List.of(note, other));
    indexes.indexer().refresh();
  }

  @AfterAll
  static void close() throws IOException {
    indexes.close();
    executor.shutdownNow();
  }

  @Test
  void aHitFoundByMeaningShowsItsEvidenceSentenceMarked() throws IOException {
    RecordLookup lookup =
        ids -> {
          Map<String, CaseRecord> out = new HashMap<>();
          for (String id : ids) if (store.containsKey(id)) out.put(id, store.get(id));
          return out;
        };
    HybridSearcher s =
        new HybridSearcher(
            indexes.text(),
            indexes.vectors(),
            indexes.embedder(),
            indexes.indexer(),
            lookup,
            executor,
            HybridSearcher.Config.defaults(),
            ConceptLexicon.shipped());
    SearchResult r =
        s.search(new SearchRequest("self harm", SearchFilter.NONE, 10, 0, SearchMode.HYBRID, true));
    assertEquals(List.of("self_harm"), r.understood().concepts());
    SearchHit hit = r.hits().getFirst();
    assertEquals("E1", hit.id());
    String plain = hit.snippet().replace("<mark>", "").replace("</mark>", "");
    assertTrue(plain.contains("fresh cuts on her forearm"), hit.snippet());
    assertTrue(hit.snippet().contains("<mark>cuts</mark>"), hit.snippet());
    assertFalse(plain.startsWith("Home visit to Flat 4"), "not the record's opening");
  }
}
