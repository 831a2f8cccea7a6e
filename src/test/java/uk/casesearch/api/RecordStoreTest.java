package uk.casesearch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.ContentHash;
import uk.casesearch.engine.ingest.RecordParser;

/** A record reads back from the database exactly as it was stored, by every read path. */
@QuarkusTest
@WithTestResource(value = TempDataDir.class, scope = TestResourceScope.GLOBAL)
class RecordStoreTest {

  @Inject RecordStore store;

  @Test
  void everyReadPathReturnsTheStoredRecordExactly() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    RecordParser parser = new RecordParser(RecordParser.Limits.defaults());
    List<CaseRecord> records = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/demo/demo-records.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        CaseRecord r = parser.parse(mapper.readTree(line), true).record();
        // Fresh ids: the demo set may be loaded by other tests in this JVM.
        records.add(
            new CaseRecord(
                "RST-" + r.id(),
                r.caseId(),
                r.child(),
                r.type(),
                r.title(),
                r.date(),
                r.author(),
                r.team(),
                r.text(),
                r.people(),
                r.restricted(),
                r.sourceSystem()));
        if (records.size() == 40) break;
      }
    }
    // The sparse ends: no child, people, date or type; a child with only a name; people with only
    // names.
    records.add(
        new CaseRecord(
            "RST-bare",
            "RST-CASE",
            null,
            null,
            null,
            null,
            null,
            null,
            "Text only.",
            List.of(),
            false,
            null));
    records.add(
        new CaseRecord(
            "RST-named",
            "RST-CASE",
            new CaseRecord.Child(null, "A Child", null),
            "letter",
            "T",
            java.time.LocalDate.of(2020, 2, 29),
            null,
            null,
            "",
            List.of(
                new CaseRecord.Person("B", null, null, null),
                new CaseRecord.Person("A", "GP", null, "professional")),
            true,
            "import"));
    store.upsert(records);
    Map<String, CaseRecord> batch = store.findAll(records.stream().map(CaseRecord::id).toList());
    Map<String, String> hashes = store.contentHashes();
    for (CaseRecord r : records) {
      assertEquals(r, store.find(r.id()).orElseThrow(), "find: " + r.id());
      assertEquals(r, batch.get(r.id()), "findAll: " + r.id());
      assertEquals(ContentHash.of(r), hashes.get(r.id()), "stored hash: " + r.id());
    }
  }
}
