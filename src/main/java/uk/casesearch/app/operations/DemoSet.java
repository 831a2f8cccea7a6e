package uk.casesearch.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.guidance.GuidanceService;
import uk.casesearch.app.indexing.DocumentService;
import uk.casesearch.app.indexing.IngestService;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.guidance.GuidanceDocument;

/**
 * Loads the invented demo set shipped in the jar (demo/demo-records.jsonl and the documents its
 * manifest lists, and its invented guidance when no guidance is loaded) into an empty database at
 * start, in the background, when {@code casesearch.demo.load} is on (the demo profile), so that a
 * newcomer can sign in and search it within a minute of starting. A database that holds any record
 * is left as it is.
 */
@ApplicationScoped
public class DemoSet {

  private static final Logger LOG = Logger.getLogger(DemoSet.class);
  private static final String RECORDS = "demo/demo-records.jsonl";
  private static final int BATCH = 50;
  private static final String MANIFEST = "demo/files/demo-manifest.jsonl";
  private static final String GUIDANCE = "demo/guidance/guidance-manifest.jsonl";

  private final CasesearchConfig config;
  private final RecordStore store;
  private final IngestService ingest;
  private final DocumentService documents;
  private final GuidanceService guidance;
  private final ObjectMapper json = new ObjectMapper();

  public DemoSet(
      CasesearchConfig config,
      RecordStore store,
      IngestService ingest,
      DocumentService documents,
      GuidanceService guidance) {
    this.config = config;
    this.guidance = guidance;
    this.store = store;
    this.ingest = ingest;
    this.documents = documents;
  }

  void onStart(@Observes @Priority(40) StartupEvent event) {
    if (!config.demo().load() || store.count() > 0) return;
    Thread t = new Thread(this::load, "demo-load");
    t.setDaemon(true);
    t.start();
  }

  private void load() {
    long t0 = System.nanoTime();
    try {
      List<JsonNode> records = new ArrayList<>();
      for (String line : lines(RECORDS)) if (!line.isBlank()) records.add(json.readTree(line));
      int accepted = 0;
      int rejected = 0;
      for (int i = 0; i < records.size(); i += BATCH) {
        IngestService.Outcome o =
            ingest.ingest(records.subList(i, Math.min(records.size(), i + BATCH)), List.of(), true);
        accepted += o.accepted() + o.unchanged();
        rejected += o.rejected().size();
      }
      int files = 0;
      for (String line : lines(MANIFEST)) {
        if (line.isBlank()) continue;
        ObjectNode meta = (ObjectNode) json.readTree(line);
        String path = meta.remove("path").asText();
        try (InputStream in = resource("demo/files/" + path)) {
          documents.ingest(
              in.readAllBytes(), path.substring(path.lastIndexOf('/') + 1), meta, true);
          files++;
        }
      }
      int guides = 0;
      if (guidance.library().documents().isEmpty())
        for (GuidanceDocument d : guidance()) {
          guidance.store(d, "demo");
          guides++;
        }
      LOG.infof(
          "demo set loaded: %d records (%d rejected), %d documents and %d guidance documents in %d"
              + " ms",
          accepted, rejected, files, guides, (System.nanoTime() - t0) / 1_000_000);
    } catch (Exception e) {
      LOG.error("loading the demo set failed", e);
    }
  }

  /** The demo's invented guidance, as its manifest describes each file. */
  static List<GuidanceDocument> guidance() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GuidanceDocument> docs = new ArrayList<>();
    for (String line : lines(GUIDANCE)) {
      if (line.isBlank()) continue;
      JsonNode m = json.readTree(line);
      String text;
      try (InputStream in = resource("demo/guidance/" + m.get("path").asText())) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      docs.add(
          new GuidanceDocument(
              m.get("id").asText(),
              m.get("title").asText(),
              m.get("issuer").asText(),
              GuidanceDocument.Kind.of(m.get("kind").asText()),
              m.get("version").asText(),
              LocalDate.parse(m.get("date").asText()),
              text));
    }
    return docs;
  }

  private static List<String> lines(String name) throws IOException {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
    if (in == null) throw new IOException(name + " is not in the jar");
    return in;
  }
}
