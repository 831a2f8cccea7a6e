package uk.casesearch.bench.capacity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.index.vector.JVectorIndex;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.Chunker;
import uk.casesearch.engine.ingest.Passage;
import uk.casesearch.engine.ingest.RecordIndexer;

/**
 * The passages a Casesearch data directory holds, as the side-by-side run gives them to
 * Elasticsearch: the records from the service's database, split by the engine's own chunker with
 * the service's settings, each passage with the vector the service's vector index holds for it
 * (read from the index itself, so both systems search exactly the same vectors). Read with the
 * service stopped.
 */
final class ElasticsearchCorpus {

  static final String MODEL_ID = "bge-small-en-v1.5-q@512";

  /** The service's chunking (casesearch.chunking.max-chars / overlap-chars defaults). */
  static final Chunker CHUNKER = new Chunker(Chunker.Config.defaults());

  /** One passage: its id (record#passage), what is indexed for BM25, and its vector. */
  record Doc(
      String id,
      String recordId,
      int passage,
      String caseId,
      String title,
      String people,
      String text,
      float[] vector) {}

  final List<CaseRecord> records;
  final List<Doc> docs;

  private ElasticsearchCorpus(List<CaseRecord> records, List<Doc> docs) {
    this.records = records;
    this.docs = docs;
  }

  static String jdbcUrl(Path data) {
    return "jdbc:h2:file:" + data.toAbsolutePath().resolve("db/casesearch");
  }

  /** The passages a record becomes (at least one, as RecordIndexer.passages). */
  static List<Passage> passages(CaseRecord r) {
    List<Passage> ps = CHUNKER.chunk(r.text());
    return ps.isEmpty() ? List.of(new Passage(0, "", 0, 0)) : ps;
  }

  /** Every record in a data directory's database, by id. */
  static List<CaseRecord> readRecords(Path data) throws SQLException {
    Map<String, List<CaseRecord.Person>> people = new HashMap<>();
    List<CaseRecord> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl(data), "casesearch", "casesearch");
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "select record_id, name, role, relation_to_child, kind from record_person order by record_id, position")) {
        while (rs.next()) {
          people
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  new CaseRecord.Person(
                      rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "select id, case_id, child_id, child_name, child_dob, record_type, title, record_date, author, team, body, restricted, source_system"
                  + " from case_record order by id")) {
        while (rs.next()) {
          String childId = rs.getString(3);
          String childName = rs.getString(4);
          java.sql.Date dob = rs.getDate(5);
          CaseRecord.Child child =
              childId == null && childName == null
                  ? null
                  : new CaseRecord.Child(
                      childId, childName, dob == null ? null : dob.toLocalDate());
          java.sql.Date date = rs.getDate(8);
          out.add(
              new CaseRecord(
                  rs.getString(1),
                  rs.getString(2),
                  child,
                  rs.getString(6),
                  rs.getString(7),
                  date == null ? null : date.toLocalDate(),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  people.getOrDefault(rs.getString(1), List.of()),
                  rs.getBoolean(12),
                  rs.getString(13)));
        }
      }
    }
    return out;
  }

  /**
   * Reads the records and their passages, with the vectors from the data directory's vector index
   * (opened with the engine's default settings, which are the service's).
   */
  static ElasticsearchCorpus read(Path data, int dimension) throws Exception {
    List<CaseRecord> records = readRecords(data);
    List<Doc> docs = new ArrayList<>();
    try (JVectorIndex index =
        JVectorIndex.open(data.resolve("index/vector"), JVectorIndex.Config.defaults(dimension))) {
      for (CaseRecord r : records) {
        String people = RecordIndexer.people(r);
        for (Passage p : passages(r)) {
          float[] v = index.vector(r.id(), p.number());
          if (v == null)
            throw new IllegalStateException(
                "the vector index holds no vector for " + r.id() + "#" + p.number());
          docs.add(
              new Doc(
                  r.id() + "#" + p.number(),
                  r.id(),
                  p.number(),
                  r.caseId(),
                  r.title(),
                  people,
                  p.text(),
                  v));
        }
      }
      if (docs.size() != index.size()) {
        throw new IllegalStateException(
            "the records give "
                + docs.size()
                + " passages but the vector index holds "
                + index.size());
      }
    }
    return new ElasticsearchCorpus(records, docs);
  }

  /**
   * Builds a smaller Casesearch data directory holding the first scaled records (CAP-0, CAP-1, ...)
   * of a larger one, through the real service: their cached vectors are copied into the new
   * database's vector cache first, so the service embeds nothing. For proving the pipeline cheaply.
   */
  static void buildSubset(
      Path source, Path target, int passages, Path jar, Path models, String heap) throws Exception {
    List<CaseRecord> chosen = new ArrayList<>();
    int n = 0;
    List<CaseRecord> all = readRecords(source);
    all.removeIf(r -> !r.id().startsWith("CAP-"));
    all.sort(
        (x, y) ->
            Integer.compare(
                Integer.parseInt(x.id().substring(4)), Integer.parseInt(y.id().substring(4))));
    for (CaseRecord r : all) {
      if (n >= passages) break;
      chosen.add(r);
      n += passages(r).size();
    }
    ObjectMapper json = new ObjectMapper();
    try (ServiceUnderTest service = new ServiceUnderTest(jar, models, target, heap)) {
      service.start(); // creates the database
      service.stop();
      try (Connection from =
              DriverManager.getConnection(jdbcUrl(source), "casesearch", "casesearch");
          Connection to = DriverManager.getConnection(jdbcUrl(target), "casesearch", "casesearch");
          PreparedStatement get =
              from.prepareStatement("select vector from passage_vector where cache_key = ?");
          PreparedStatement put =
              to.prepareStatement("merge into passage_vector key (cache_key) values (?, ?)")) {
        to.setAutoCommit(false);
        for (CaseRecord r : chosen) {
          for (Passage p : passages(r)) {
            String key =
                CachingEmbedder.passageKey("p", MODEL_ID, RecordIndexer.embeddingInput(r, p));
            get.setString(1, key);
            try (ResultSet rs = get.executeQuery()) {
              if (!rs.next())
                throw new IllegalStateException(
                    "no cached vector for " + r.id() + "#" + p.number());
              put.setString(1, key);
              put.setBytes(2, rs.getBytes(1));
              put.addBatch();
            }
          }
        }
        put.executeBatch();
        to.commit();
      }
      service.start();
      double before = service.metric("casesearch_embedding_passages_total", "source=\"model\"");
      for (int i = 0; i < chosen.size(); i += 1000) {
        StringBuilder batch = new StringBuilder("[");
        for (int j = i; j < Math.min(chosen.size(), i + 1000); j++) {
          CaseRecord r = chosen.get(j);
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", r.id());
          m.put("case_id", r.caseId());
          m.put("type", r.type());
          m.put("title", r.title());
          m.put(
              "date", r.date() == null ? LocalDate.of(2015, 1, 1).toString() : r.date().toString());
          m.put("team", r.team());
          m.put("text", r.text());
          batch.append(j == i ? "" : ",").append(json.writeValueAsString(m));
        }
        var resp =
            service.postJson(
                "/api/v1/records",
                batch.append(']').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (resp.statusCode() / 100 != 2)
          throw new IllegalStateException("HTTP " + resp.statusCode() + ": " + resp.body());
      }
      while (service.readiness().get("indexing_queue").asInt() > 0) Thread.sleep(500);
      double embedded =
          service.metric("casesearch_embedding_passages_total", "source=\"model\"") - before;
      System.out.printf(
          "subset: %d records, %d passages in %s (%.0f passages embedded by the model)%n",
          chosen.size(), service.readiness().get("vector_passages").asInt(), target, embedded);
    }
    if (!Files.exists(target.resolve("index/vector/CURRENT")))
      throw new IOException("the subset has no vector index: " + target);
  }
}
