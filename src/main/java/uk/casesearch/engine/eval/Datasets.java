package uk.casesearch.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.ingest.doc.DocumentException;
import uk.casesearch.engine.ingest.doc.DocumentExtractor;

/**
 * Reads judged datasets: the synthetic case corpus (records.jsonl, files/, queries.jsonl) and BEIR
 * sets (corpus.jsonl, queries.jsonl, qrels/*.tsv).
 */
public final class Datasets {

  /** The dataset layouts understood. */
  public enum Format {
    /** records.jsonl + files/manifest.jsonl + queries.jsonl with graded "relevant" maps. */
    CASE,
    /** BEIR: corpus.jsonl, queries.jsonl and qrels/*.tsv. */
    BEIR;

    /** The layout of {@code dir}, recognised by its files. */
    public static Format detect(Path dir) {
      if (Files.exists(dir.resolve("records.jsonl"))) return CASE;
      if (Files.exists(dir.resolve("corpus.jsonl"))) return BEIR;
      throw new IllegalArgumentException(
          dir + " holds neither records.jsonl (case corpus) nor corpus.jsonl (BEIR)");
    }
  }

  /** What a dataset holds: its queries, and a count of documents that could not be read. */
  public record Loaded(List<JudgedQuery> queries, int documents, List<String> skipped) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Datasets() {}

  /**
   * Streams a dataset's documents to {@code sink} as records and returns its judged queries. The
   * case corpus's raw files (text, HTML, e-mail) are read with {@code extractor}; a file it refuses
   * is listed as skipped with the reason.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a line is not valid for its format
   */
  public static Loaded load(
      Path dir,
      Format format,
      RecordParser parser,
      DocumentExtractor extractor,
      Consumer<CaseRecord> sink)
      throws IOException {
    return load(dir, format, Selection.ALL, parser, extractor, sink);
  }

  /**
   * What of a case corpus is evaluated.
   *
   * @param sliceRecords only a slice of this many records (see {@link #slice}; null: every record)
   * @param queries a judged queries file to use instead of the corpus's own {@code queries.jsonl}
   *     (null: the corpus's)
   * @param records the corpus's records file when not {@code records.jsonl} (null: that)
   * @param manifest the corpus's document manifest when not {@code files/manifest.jsonl} (null:
   *     that)
   */
  public record Selection(Integer sliceRecords, Path queries, Path records, Path manifest) {
    /** The whole corpus with its own queries. */
    public static final Selection ALL = new Selection(null, null, null, null);

    Path recordsIn(Path dir) {
      return records != null ? records : dir.resolve("records.jsonl");
    }
  }

  /**
   * As {@link #load(Path, Format, RecordParser, DocumentExtractor, Consumer)}, of a selection of a
   * case corpus.
   */
  public static Loaded load(
      Path dir,
      Format format,
      Selection selection,
      RecordParser parser,
      DocumentExtractor extractor,
      Consumer<CaseRecord> sink)
      throws IOException {
    if (!selection.equals(Selection.ALL) && format != Format.CASE) {
      throw new IllegalArgumentException("only a case corpus can be sliced or given other queries");
    }
    return format == Format.CASE
        ? loadCase(dir, selection, parser, extractor, sink)
        : loadBeir(dir, sink);
  }

  /**
   * A small slice of a case corpus that keeps its cases whole: the cases of the scoped judged
   * queries, in the order the queries come, each taken while the slice stays within {@code
   * maxRecords} records. Its queries are those cases' scoped queries.
   *
   * @param queries the corpus's judged queries, in file order
   * @param recordsByCase how many records each case has
   * @return the cases of the slice, in order
   */
  public static Set<String> slice(
      List<JudgedQuery> queries, Map<String, Integer> recordsByCase, int maxRecords) {
    Set<String> cases = new LinkedHashSet<>();
    int size = 0;
    for (JudgedQuery q : queries) {
      String c = q.scopeCaseId();
      if (c == null || cases.contains(c)) continue;
      int n = recordsByCase.getOrDefault(c, 0);
      if (size + n > maxRecords) continue;
      cases.add(c);
      size += n;
    }
    return cases;
  }

  private static Loaded loadCase(
      Path dir,
      Selection selection,
      RecordParser parser,
      DocumentExtractor extractor,
      Consumer<CaseRecord> sink)
      throws IOException {
    List<JudgedQuery> queries =
        readQueries(
            selection.queries() != null ? selection.queries() : dir.resolve("queries.jsonl"));
    Integer sliceRecords = selection.sliceRecords();
    Set<String> cases = null;
    if (sliceRecords != null) {
      Map<String, Integer> counts = new HashMap<>();
      try (BufferedReader r =
          Files.newBufferedReader(selection.recordsIn(dir), StandardCharsets.UTF_8)) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.isBlank())
            counts.merge(MAPPER.readTree(line).path("case_id").asText(), 1, Integer::sum);
        }
      }
      Set<String> sliced = slice(queries, counts, sliceRecords);
      cases = sliced;
      queries =
          queries.stream()
              .filter(q -> q.scopeCaseId() != null && sliced.contains(q.scopeCaseId()))
              .toList();
    }
    int docs = 0;
    List<String> skipped = new ArrayList<>();
    try (BufferedReader r =
        Files.newBufferedReader(selection.recordsIn(dir), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode node = MAPPER.readTree(line);
        if (cases != null && !cases.contains(node.path("case_id").asText())) continue;
        RecordParser.Result p = parser.parse(node, true);
        if (!p.ok()) throw new IllegalArgumentException("record " + p.id() + ": " + p.errors());
        sink.accept(p.record());
        docs++;
      }
    }
    // A slice is of records.jsonl only: its documents are left out.
    Path manifest =
        selection.manifest() != null
            ? selection.manifest()
            : dir.resolve("files").resolve("manifest.jsonl");
    if (cases == null && Files.exists(manifest)) {
      try (BufferedReader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.isBlank()) continue;
          JsonNode m = MAPPER.readTree(line);
          // Text, HTML and e-mail files are read by the same extractor as uploaded documents.
          // A path relative to the manifest's folder, or (the judged corpus's layout) to the
          // dataset's.
          Path file = manifest.getParent().resolve(m.path("path").asText("")).normalize();
          if (!Files.isRegularFile(file)) file = dir.resolve(m.path("path").asText("")).normalize();
          String text;
          try {
            if (!m.hasNonNull("path")
                || !file.startsWith(dir.normalize())
                || !Files.isRegularFile(file)) {
              skipped.add(m.path("id").asText() + " (no file)");
              continue;
            }
            text =
                extractor.extract(Files.readAllBytes(file), file.getFileName().toString()).text();
          } catch (DocumentException e) {
            skipped.add(m.path("id").asText() + " (" + e.reason().code() + ")");
            continue;
          }
          // A file with no text (a scan without OCR) is no record to judge: skipped, not fatal.
          if (text.isBlank()) {
            skipped.add(m.path("id").asText() + " (no text)");
            continue;
          }
          com.fasterxml.jackson.databind.node.ObjectNode o =
              (com.fasterxml.jackson.databind.node.ObjectNode) m.deepCopy();
          o.remove("path");
          o.remove("format");
          o.put("text", text);
          RecordParser.Result p = parser.parse(o, true);
          if (!p.ok())
            throw new IllegalArgumentException("file record " + p.id() + ": " + p.errors());
          sink.accept(p.record());
          docs++;
        }
      }
    }
    return new Loaded(queries, docs, skipped);
  }

  /** A case corpus's judged queries ({@code queries.jsonl}), in file order. */
  public static List<JudgedQuery> caseQueries(Path dir) throws IOException {
    return readQueries(dir.resolve("queries.jsonl"));
  }

  /** Judged queries in the case corpus's format, in file order. */
  public static List<JudgedQuery> readQueries(Path file) throws IOException {
    List<JudgedQuery> queries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode q = MAPPER.readTree(line);
      Map<String, Integer> grades = new HashMap<>();
      q.get("relevant")
          .fields()
          .forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
      String scope = q.hasNonNull("scope_case_id") ? q.get("scope_case_id").asText() : null;
      queries.add(
          new JudgedQuery(
              q.get("qid").asText(),
              q.get("text").asText(),
              scope,
              q.path("category").asText("all"),
              grades,
              q.hasNonNull("variant") ? q.get("variant").asText() : null,
              q.hasNonNull("orig") ? q.get("orig").asText() : null));
    }
    return queries;
  }

  private static Loaded loadBeir(Path dir, Consumer<CaseRecord> sink) throws IOException {
    int docs = 0;
    try (BufferedReader r =
        Files.newBufferedReader(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode d = MAPPER.readTree(line);
        String title = d.path("title").asText("");
        sink.accept(
            new CaseRecord(
                d.get("_id").asText(),
                "beir",
                null,
                null,
                title.isEmpty() ? null : title,
                null,
                null,
                null,
                d.path("text").asText(""),
                List.of(),
                false,
                "beir"));
        docs++;
      }
    }
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("qrels"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String[] cols = line.split("\t");
          if (cols.length < 3 || cols[0].equals("query-id")) continue;
          qrels
              .computeIfAbsent(cols[0], k -> new HashMap<>())
              .put(cols[1], Integer.parseInt(cols[2].strip()));
        }
      }
    }
    List<JudgedQuery> queries = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode q = MAPPER.readTree(line);
      Map<String, Integer> grades = qrels.get(q.get("_id").asText());
      if (grades != null)
        queries.add(
            new JudgedQuery(q.get("_id").asText(), q.get("text").asText(), null, "all", grades));
    }
    return new Loaded(queries, docs, List.of());
  }
}
