package uk.casesearch.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.ingest.doc.DocumentExtractor;
import uk.casesearch.engine.ingest.doc.TestDocuments;

/**
 * The case corpus's raw files (text, HTML, e-mail) are read by the document extractor, a bad one
 * skipped with its reason.
 */
class DatasetsTest {

  private static final RecordParser PARSER = new RecordParser(RecordParser.Limits.defaults());

  private static String manifestLine(String id, String path, String format) {
    return "{\"id\": \""
        + id
        + "\", \"case_id\": \"NV-1\", \"type\": \"case_note\", \"title\": \"T "
        + id
        + "\","
        + " \"date\": \"2024-01-02\", \"people\": [], \"restricted\": false, \"source_system\": \"test\","
        + (path == null ? "" : " \"path\": \"" + path + "\",")
        + " \"format\": \""
        + format
        + "\"}";
  }

  @Test
  void aSliceKeepsWholeCasesOfTheScopedQueriesWithinItsSize(@TempDir Path dir) throws IOException {
    StringBuilder records = new StringBuilder();
    // Cases A (3 records), B (5), C (2), D (1; no scoped query).
    for (String[] c : new String[][] {{"A", "3"}, {"B", "5"}, {"C", "2"}, {"D", "1"}}) {
      for (int i = 0; i < Integer.parseInt(c[1]); i++) {
        records
            .append("{\"id\": \"")
            .append(c[0])
            .append(i)
            .append("\", \"case_id\": \"")
            .append(c[0])
            .append("\", \"text\": \"t\"}\n");
      }
    }
    Files.writeString(dir.resolve("records.jsonl"), records);
    Files.writeString(
        dir.resolve("queries.jsonl"),
        String.join(
                "\n",
                "{\"qid\": \"q1\", \"text\": \"a\", \"scope_case_id\": \"A\", \"relevant\": {\"A0\": 1}}",
                "{\"qid\": \"q2\", \"text\": \"b\", \"scope_case_id\": \"B\", \"relevant\": {\"B0\": 1}}",
                "{\"qid\": \"q3\", \"text\": \"c\", \"scope_case_id\": \"C\", \"relevant\": {\"C0\": 1}}",
                "{\"qid\": \"q4\", \"text\": \"a again\", \"scope_case_id\": \"A\", \"relevant\": {\"A1\": 1}}",
                "{\"qid\": \"q5\", \"text\": \"anywhere\", \"relevant\": {\"D0\": 1}}")
            + "\n");
    List<String> ids = new java.util.ArrayList<>();
    Datasets.Loaded loaded;
    try (DocumentExtractor extractor = new DocumentExtractor(DocumentExtractor.Config.defaults())) {
      loaded =
          Datasets.load(
              dir,
              Datasets.Format.CASE,
              new Datasets.Selection(6, null, null, null),
              PARSER,
              extractor,
              r -> ids.add(r.id()));
    }
    // A fits (3), B would make 8 and is passed over, C fits (5); D has no scoped query.
    assertEquals(List.of("A0", "A1", "A2", "C0", "C1"), ids);
    assertEquals(
        List.of("q1", "q3", "q4"), loaded.queries().stream().map(JudgedQuery::id).toList());
  }

  @Test
  void rawFilesAreReadByTheExtractorAndBadOnesSkippedWithTheReason(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("records.jsonl"),
        "{\"id\": \"R1\", \"case_id\": \"NV-1\", \"text\": \"A record given as JSON.\"}\n");
    Files.writeString(
        dir.resolve("queries.jsonl"),
        "{\"qid\": \"q1\", \"text\": \"visit\", \"scope_case_id\": \"NV-1\", \"category\": \"keyword\", \"relevant\": {\"F1\": 2}}\n");
    Path files = Files.createDirectories(dir.resolve("files").resolve("NV-1"));
    Files.writeString(files.resolve("F1.txt"), "Home visit: the children were well.");
    Files.writeString(
        files.resolve("F2.html"),
        "<html><head><title>Export</title></head><body><p>Mum &amp; Dad attended the review.</p></body></html>");
    Files.write(
        files.resolve("F3.eml"),
        TestDocuments.eml("Mason N", "Mason is settled at school.", "a.txt", "Attached note."));
    byte[] junk = new byte[2048];
    new Random(1).nextBytes(junk);
    Files.write(files.resolve("F4.txt"), junk);
    Files.writeString(
        dir.resolve("files").resolve("manifest.jsonl"),
        String.join(
                "\n",
                manifestLine("F1", "files/NV-1/F1.txt", "txt"),
                manifestLine("F2", "files/NV-1/F2.html", "html"),
                manifestLine("F3", "files/NV-1/F3.eml", "eml"),
                manifestLine("F4", "files/NV-1/F4.txt", "txt"),
                manifestLine("F5", null, "txt"),
                manifestLine("F6", "files/NV-1/F6.txt", "txt"),
                manifestLine("F7", "../outside.txt", "txt"))
            + "\n");

    Map<String, CaseRecord> seen = new HashMap<>();
    Datasets.Loaded loaded;
    try (DocumentExtractor extractor = new DocumentExtractor(DocumentExtractor.Config.defaults())) {
      loaded =
          Datasets.load(dir, Datasets.Format.CASE, PARSER, extractor, r -> seen.put(r.id(), r));
    }
    assertEquals(4, loaded.documents());
    assertEquals(
        List.of("F4 (document_unsupported_type)", "F5 (no file)", "F6 (no file)", "F7 (no file)"),
        loaded.skipped());
    assertEquals("Home visit: the children were well.", seen.get("F1").text());
    assertEquals("Mum & Dad attended the review.", seen.get("F2").text());
    assertEquals("T F2", seen.get("F2").title(), "the manifest's title, not the file's");
    assertTrue(
        seen.get("F3").text().startsWith("From: Jo Bloggs <jo.bloggs@example.nhs.uk>\n"),
        seen.get("F3").text());
    assertTrue(
        seen.get("F3").text().contains("Mason is settled at school."), seen.get("F3").text());
    assertEquals(1, loaded.queries().size());
  }

  @Test
  void everyDevRecordIsRead() throws IOException {
    Path dev =
        Path.of(System.getProperty("tests.shared.dir", "../shared")).resolve("eval").resolve("dev");
    Assumptions.assumeTrue(
        Files.exists(dev.resolve("files").resolve("manifest.jsonl")),
        "skipped: " + dev + " is not present (it is in CI)");
    Map<String, Integer> byFormat = new HashMap<>();
    Datasets.Loaded loaded;
    try (DocumentExtractor extractor = new DocumentExtractor(DocumentExtractor.Config.defaults())) {
      loaded =
          Datasets.load(
              dev,
              Datasets.Format.CASE,
              PARSER,
              extractor,
              r -> {
                if (r.text().startsWith("From: ")) byFormat.merge("eml", 1, Integer::sum);
              });
    }
    assertEquals(List.of(), loaded.skipped());
    long manifest =
        Files.readAllLines(dev.resolve("files").resolve("manifest.jsonl"), StandardCharsets.UTF_8)
            .stream()
            .filter(l -> !l.isBlank())
            .count();
    long records =
        Files.readAllLines(dev.resolve("records.jsonl"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .count();
    assertEquals(records + manifest, loaded.documents());
    long emails =
        Files.readAllLines(dev.resolve("files").resolve("manifest.jsonl"), StandardCharsets.UTF_8)
            .stream()
            .filter(l -> l.contains("\"format\": \"eml\""))
            .count();
    assertTrue(
        byFormat.getOrDefault("eml", 0) >= emails,
        "every e-mail's headers are in its text: " + byFormat + " of " + emails);
  }
}
