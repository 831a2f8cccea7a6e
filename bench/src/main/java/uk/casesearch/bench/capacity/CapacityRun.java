package uk.casesearch.bench.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import uk.casesearch.engine.embed.CachingEmbedder;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.Chunker;
import uk.casesearch.engine.ingest.Passage;
import uk.casesearch.engine.ingest.RecordIndexer;
import uk.casesearch.engine.util.FileTrees;
import uk.casesearch.engine.util.Vectors;

/**
 * The capacity report: builds an index of a given size in the real packaged service and drives it
 * over HTTP with concurrent clients, then writes
 * bench/results/capacity-&lt;passages&gt;-&lt;time&gt;/ (report.md, report.json, charts).
 *
 * <p>Embedding a million passages on 2 cores would take about 15 hours, so the run embeds only a
 * base set of real records through the API (which measures the embedding ingest rate), then makes
 * the rest as new records whose passages are sentences of the case corpus recombined, each with a
 * vector near a real one (a base vector plus noise), and loads those vectors into the service's
 * vector cache before sending the records through the ordinary API. The indexer finds every vector
 * in the cache, so what is measured is the real ingest, indexing and search path with embedding
 * taken out of indexing; query embedding is real and in every measured search (queries are
 * distinct, so the query cache does not help).
 */
public final class CapacityRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MODEL_ID = "bge-small-en-v1.5-q@512";

  public static void main(String[] args) throws Exception {
    Map<String, String> a = parse(args);
    int passages = Integer.parseInt(a.getOrDefault("passages", "100000"));
    int baseRecords = Integer.parseInt(a.getOrDefault("base-records", "1000"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
    String heap = a.getOrDefault("heap", "3g");
    // Reuse the index a previous run left in --work instead of building it again (no ingest figures
    // then).
    boolean reuse = Boolean.parseBoolean(a.getOrDefault("reuse", "false"));
    // Merge the vector index into one segment before measuring, as an operator would after a bulk
    // import.
    boolean optimize = Boolean.parseBoolean(a.getOrDefault("optimize", "false"));
    // The cluster mode: passages on an OpenSearch cluster (e.g. the one `../.ci/opensearch start`
    // runs), the H2 database shared through its automatic server so that a second instance
    // (--instances 2) serves the same records.
    String backend = a.getOrDefault("backend", "embedded");
    String hosts =
        a.getOrDefault(
            "opensearch", "http://127.0.0.1:9250,http://127.0.0.1:9251,http://127.0.0.1:9252");
    Path clusterScript = Path.of(a.getOrDefault("opensearch-script", "../.ci/opensearch"));
    int instances = Integer.parseInt(a.getOrDefault("instances", "1"));
    boolean cluster = backend.equals("opensearch");
    if (!cluster && !backend.equals("embedded"))
      throw new IllegalArgumentException("--backend is embedded or opensearch, got " + backend);
    if (instances < 1 || (instances > 1 && !cluster))
      throw new IllegalArgumentException("--instances above 1 needs --backend opensearch");
    String alias = "cs-capacity-" + passages;
    List<Integer> levels =
        Stream.of(a.getOrDefault("concurrency", "1,2,4,8").split(","))
            .map(Integer::parseInt)
            .toList();
    // The packaged jar, or an unpacked distribution's folder (its runtime, launcher and AOT cache).
    Path jar = Path.of(a.getOrDefault("service", "../target/quarkus-app/quarkus-run.jar"));
    Path models = Path.of(a.getOrDefault("models", "../models"));
    Path dev = Path.of(a.getOrDefault("dev", "../../shared/eval/dev"));
    Path work = Path.of(a.getOrDefault("work", "target/capacity-" + passages));
    Path out =
        Path.of(a.getOrDefault("out", "results"))
            .resolve(
                "capacity-"
                    + passages
                    + (cluster ? "-opensearch" + (instances > 1 ? "-x" + instances : "") : "")
                    + "-"
                    + Instant.now().toString().substring(0, 16).replace(':', '-'));
    if (!Files.exists(jar))
      throw new IllegalArgumentException(
          jar + " is missing: build the service first (./mvnw package)");
    Files.createDirectories(out);
    ObjectNode report = JSON.createObjectNode();
    report.put("passages_requested", passages);
    report.set("machine", machine());
    report.put("heap", heap);
    report.put("service", Files.isDirectory(jar) ? "distribution" : "jar");
    report.put("seconds_per_level", seconds);
    report.put("backend", backend);
    report.put("instances", instances);

    Path data = work.resolve("data");
    if (!reuse) {
      FileTrees.delete(work);
    } else if (!Files.isDirectory(data.resolve("index"))) {
      throw new IllegalArgumentException(
          "--reuse: " + data + " holds no index; run once without --reuse");
    }
    report.put("index_reused", reuse);
    if (cluster && !reuse) deleteIndexes(hosts, alias);
    List<ServiceUnderTest> more = new ArrayList<>();
    try (ServiceUnderTest service =
        configure(new ServiceUnderTest(jar, models, data, heap), cluster, hosts, alias, data)) {
      List<String> base = baseRecords(dev, baseRecords);
      ScaledText corpus = new ScaledText(base);
      if (reuse && cluster) {
        service.start();
        report.put("passages", service.readiness().get("vector_passages").asInt());
      } else if (reuse) {
        service.start();
        report.put("passages", service.readiness().get("vector_passages").asInt());
      } else {
        build(service, data, report, base, corpus, passages);
      }
      if (optimize) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = service.postAsAdmin("/api/v1/admin/optimize");
        if (r.statusCode() != 200)
          throw new IllegalStateException("optimize failed: " + r.statusCode() + " " + r.body());
        report.put("optimize_ms", (System.nanoTime() - t0) / 1_000_000);
        System.out.printf(
            "optimized (one vector segment) in %.0f s%n", (System.nanoTime() - t0) / 1e9);
      }
      report.put("vector_segments", service.readiness().get("vector_segments").asText());
      int total = report.get("passages").asInt();

      // 4. Load at each concurrency, spread over the instances.
      List<ServiceUnderTest> services = new ArrayList<>(List.of(service));
      for (int i = 1; i < instances; i++) {
        Path other = work.resolve("data-" + (i + 1));
        ServiceUnderTest s =
            configure(new ServiceUnderTest(jar, models, other, heap), true, hosts, alias, data);
        more.add(s);
        s.start();
        services.add(s);
      }
      List<String> queries = corpus.queries(200_000);
      AtomicInteger nextQuery = new AtomicInteger();
      ArrayNode levelsOut = report.putArray("levels");
      for (int c : levels)
        levelsOut.add(drive(services, queries, nextQuery, c, seconds, corpus.cases()));
      for (ServiceUnderTest s : more) s.stop();
      if (cluster) report.set("cluster", clusterFigures(hosts, alias, clusterScript));

      // 5. Idle memory, disk, and start-to-ready with the whole index on disk.
      report.put("rss_after_load_bytes", service.rssBytes());
      report.put("rss_anon_after_load_bytes", service.rssAnonBytes());
      report.put(
          "heap_used_after_load_bytes", service.metric("jvm_memory_used_bytes", "area=\"heap\""));
      service.stop();
      for (ServiceUnderTest s : more) s.close();
      report.put("disk_text_bytes", FileTrees.bytesUnder(data.resolve("index/text")));
      report.put("disk_vector_bytes", FileTrees.bytesUnder(data.resolve("index/vector")));
      report.put("disk_database_bytes", FileTrees.bytesUnder(data.resolve("db")));
      Duration startToReady = service.start();
      report.put("start_to_ready_ms", startToReady.toMillis());
      report.put("rss_idle_after_restart_bytes", service.rssBytes());
      report.put("rss_anon_idle_after_restart_bytes", service.rssAnonBytes());
      System.out.printf(
          "start-to-ready with %d passages on disk: %d ms%n", total, startToReady.toMillis());
    }
    // 6. The floor under start-to-ready: the same service restarted on an empty index (JVM,
    // Quarkus, database and model; a first start also creates the database and is not counted).
    Path empty = work.resolve("empty-data");
    FileTrees.delete(empty);
    try (ServiceUnderTest service =
        configure(
            new ServiceUnderTest(jar, models, empty, heap),
            cluster,
            hosts,
            alias + "-empty",
            empty)) {
      service.start();
      service.stop();
      Duration floor = service.start();
      report.put("start_to_ready_empty_ms", floor.toMillis());
      System.out.printf("start-to-ready with an empty index: %d ms%n", floor.toMillis());
    } finally {
      FileTrees.delete(empty);
      if (cluster) deleteIndexes(hosts, alias + "-empty");
    }
    JSON.writer(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("report.json").toFile(), report);
    Report.write(report, out);
    System.out.println("report: " + out.resolve("report.md"));
  }

  /**
   * Builds the index through the service: base records embedded through the API (the ingest rate
   * with embedding), then the scaled records with their vectors preloaded into the vector cache.
   * Leaves the service running.
   */
  private static void build(
      ServiceUnderTest service,
      Path data,
      ObjectNode report,
      List<String> base,
      ScaledText corpus,
      int passages)
      throws Exception {
    // 1. Base records, embedded through the API: the ingest rate with embedding.
    service.start();
    long t0 = System.nanoTime();
    for (int i = 0; i < base.size(); i += 250) {
      String batch = "[" + String.join(",", base.subList(i, Math.min(base.size(), i + 250))) + "]";
      check(service.postJson("/api/v1/records?wait=true", batch.getBytes(StandardCharsets.UTF_8)));
    }
    double embedSeconds = (System.nanoTime() - t0) / 1e9;
    int basePassages = service.readiness().get("vector_passages").asInt();
    report.put("ingest_embedded_records_per_s", base.size() / embedSeconds);
    report.put("ingest_embedded_passages_per_s", basePassages / embedSeconds);
    System.out.printf(
        "base: %d records, %d passages embedded in %.0f s%n",
        base.size(), basePassages, embedSeconds);
    service.stop();

    // 2. The scaled records' vectors, near the real ones, into the vector cache.
    int records = Math.max(0, passages - basePassages);
    List<float[]> baseVectors = readVectors(data);
    t0 = System.nanoTime();
    int cached = loadVectors(data, corpus, records, baseVectors);
    System.out.printf(
        "vector cache: %d scaled passages in %.0f s%n", cached, (System.nanoTime() - t0) / 1e9);

    // 3. The scaled records through the API; the indexer reuses the cached vectors.
    service.start();
    double modelBefore = service.metric("casesearch_embedding_passages_total", "source=\"model\"");
    t0 = System.nanoTime();
    for (int i = 0; i < records; i += 2000) {
      StringBuilder batch = new StringBuilder("[");
      for (int j = i; j < Math.min(records, i + 2000); j++)
        batch.append(j == i ? "" : ",").append(JSON.writeValueAsString(corpus.record(j)));
      check(
          service.postJson(
              "/api/v1/records", batch.append(']').toString().getBytes(StandardCharsets.UTF_8)));
    }
    double acceptSeconds = (System.nanoTime() - t0) / 1e9;
    JsonNode ready;
    while ((ready = service.readiness()).get("indexing_queue").asInt() > 0) Thread.sleep(1000);
    double indexSeconds = (System.nanoTime() - t0) / 1e9;
    int total = ready.get("vector_passages").asInt();
    double embeddedDuringLoad =
        service.metric("casesearch_embedding_passages_total", "source=\"model\"") - modelBefore;
    report.put("passages", total);
    report.put("records", base.size() + records);
    report.put("ingest_accept_records_per_s", records / acceptSeconds);
    report.put("ingest_indexed_records_per_s", records / indexSeconds);
    report.put("ingest_indexed_passages_per_s", (total - basePassages) / indexSeconds);
    report.put("passages_embedded_while_loading", embeddedDuringLoad);
    System.out.printf(
        "loaded %d records (%d passages in all) in %.0f s; %s passages embedded meanwhile%n",
        records, total, indexSeconds, embeddedDuringLoad);
  }

  /** One concurrency level: a warm-up, then {@code seconds} of searches by {@code c} clients. */
  private static ObjectNode drive(
      List<ServiceUnderTest> services,
      List<String> queries,
      AtomicInteger next,
      int c,
      int seconds,
      int cases)
      throws Exception {
    ConcurrentHistogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
    AtomicLong errors = new AtomicLong();
    ConcurrentLinkedQueue<Long> rss = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> anon = new ConcurrentLinkedQueue<>();
    runClients(services, queries, next, c, 5, cases, null, errors); // warm-up at this level
    errors.set(0);
    long ticks0 = cpuTicks(services);
    long t0 = System.nanoTime();
    Thread sampler =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    while (!Thread.currentThread().isInterrupted()) {
                      long r = 0;
                      long an = 0;
                      for (ServiceUnderTest s : services) {
                        r += s.rssBytes();
                        an += s.rssAnonBytes();
                      }
                      rss.add(r);
                      anon.add(an);
                      Thread.sleep(500);
                    }
                  } catch (IOException | InterruptedException e) {
                    // done
                  }
                });
    long requests = runClients(services, queries, next, c, seconds, cases, latency, errors);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long ticks = cpuTicks(services) - ticks0;
    sampler.interrupt();
    ObjectNode l = level(c, requests, errors.get(), elapsed, latency);
    l.put("cpu_cores_used", ticks / 100.0 / elapsed);
    l.put("rss_max_bytes", rss.stream().max(Comparator.naturalOrder()).orElse(-1L));
    l.put("rss_anon_max_bytes", anon.stream().max(Comparator.naturalOrder()).orElse(-1L));
    l.put("heap_used_bytes", services.getFirst().metric("jvm_memory_used_bytes", "area=\"heap\""));
    System.out.printf(
        "c=%d: %.1f searches/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors%n",
        c,
        requests / elapsed,
        l.get("p50_ms").asDouble(),
        l.get("p95_ms").asDouble(),
        l.get("p99_ms").asDouble(),
        errors.get());
    return l;
  }

  /**
   * Closed-loop clients: each sends its next search when the last answer arrives. One in five is
   * within a case.
   */
  private static long runClients(
      List<ServiceUnderTest> services,
      List<String> queries,
      AtomicInteger next,
      int c,
      int seconds,
      int cases,
      Histogram latency,
      AtomicLong errors)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong done = new AtomicLong();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < c; i++) {
      ServiceUnderTest service = services.get(i % services.size());
      clients.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (System.nanoTime() < end) {
                      int n = next.getAndIncrement();
                      String q = queries.get(n % queries.size());
                      String path =
                          "/api/v1/search?q="
                              + URLEncoder.encode(q, StandardCharsets.UTF_8)
                              + (n % 5 == 0 ? "&case=CASE-CAP-" + (n % cases) : "");
                      long t = System.nanoTime();
                      try {
                        HttpResponse<String> r = service.get(path);
                        if (r.statusCode() != 200) errors.incrementAndGet();
                      } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                      }
                      if (latency != null) latency.recordValue(System.nanoTime() - t);
                      done.incrementAndGet();
                    }
                  }));
    }
    for (Thread t : clients) t.join();
    return done.get();
  }

  /** CPU ticks of all the instances' processes. */
  private static long cpuTicks(List<ServiceUnderTest> services) throws IOException {
    long t = 0;
    for (ServiceUnderTest s : services) t += s.cpuTicks();
    return t;
  }

  /**
   * The service's settings for the backend: the cluster's hosts and alias, a shareable database.
   */
  private static ServiceUnderTest configure(
      ServiceUnderTest s, boolean cluster, String hosts, String alias, Path db) {
    if (!cluster) return s;
    return s.env("CASESEARCH_BACKEND", "opensearch")
        .env("CASESEARCH_OPENSEARCH_HOSTS", hosts)
        .env("CASESEARCH_OPENSEARCH_INDEX", alias)
        .env("QUARKUS_DATASOURCE_H2_JDBC_URL", jdbcUrl(db) + ";AUTO_SERVER=TRUE");
  }

  private static String http(String method, String url, String body)
      throws IOException, InterruptedException {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url));
    b.method(
        method,
        body == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(body));
    if (body != null) b.header("Content-Type", "application/json");
    return java.net.http.HttpClient.newHttpClient()
        .send(b.build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static void deleteIndexes(String hosts, String alias)
      throws IOException, InterruptedException {
    http("DELETE", hosts.split(",")[0].strip() + "/" + alias + "-*", null);
  }

  /**
   * The cluster after the load: its index's size on disk (all copies, and primaries alone), each
   * node's disk for indexes, heap and resident memory (the node processes, found by the cluster
   * script, read through /proc).
   */
  private static ObjectNode clusterFigures(String hosts, String alias, Path script)
      throws Exception {
    String first = hosts.split(",")[0].strip();
    ObjectNode c = JSON.createObjectNode();
    JsonNode idx =
        JSON.readTree(http("GET", first + "/_cat/indices/" + alias + "?format=json&bytes=b", null));
    if (idx.isArray() && !idx.isEmpty()) {
      c.put("index", idx.get(0).path("index").asText());
      c.put("store_bytes", idx.get(0).path("store.size").asLong());
      c.put("primary_store_bytes", idx.get(0).path("pri.store.size").asLong());
      c.put("shards", idx.get(0).path("pri").asInt());
      c.put("replicas", idx.get(0).path("rep").asInt());
    }
    ArrayNode nodes = c.putArray("nodes");
    JsonNode alloc =
        JSON.readTree(http("GET", first + "/_cat/allocation?format=json&bytes=b", null));
    JsonNode heap =
        JSON.readTree(
            http(
                "GET",
                first + "/_cat/nodes?format=json&bytes=b&h=name,heap.current,heap.max",
                null));
    for (JsonNode n : heap) {
      ObjectNode o = nodes.addObject();
      String name = n.path("name").asText();
      o.put("name", name);
      o.put("heap_used_bytes", n.path("heap.current").asLong());
      o.put("heap_max_bytes", n.path("heap.max").asLong());
      for (JsonNode a : alloc)
        if (name.equals(a.path("node").asText()))
          o.put("disk_indices_bytes", a.path("disk.indices").asLong());
      if (Files.isExecutable(script) && name.startsWith("node")) {
        Process p = new ProcessBuilder(script.toString(), "pid", name.substring(4)).start();
        String pid = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() == 0 && !pid.isEmpty()) {
          for (String line : Files.readAllLines(Path.of("/proc", pid, "status")))
            if (line.startsWith("VmRSS:"))
              o.put("rss_bytes", Long.parseLong(line.replaceAll("\\D", "")) * 1024);
        }
      }
    }
    return c;
  }

  /** The first records of the case corpus as JSON lines, or synthetic ones without it. */
  static List<String> baseRecords(Path dev, int n) throws IOException {
    List<String> out = new ArrayList<>();
    Path records = dev.resolve("records.jsonl");
    if (Files.exists(records)) {
      try (BufferedReader in = Files.newBufferedReader(records)) {
        for (String line; (line = in.readLine()) != null && out.size() < n; )
          if (!line.isBlank()) out.add(line);
      }
      return out;
    }
    SplittableRandom r = new SplittableRandom(7);
    String[] words =
        "visit home mother father child school attendance police incident neglect food plan safety conference contact family worker concern alcohol housing GP appointment missed"
            .split(" ");
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 6; s++) {
        for (int w = 0; w < 12; w++) text.append(words[r.nextInt(words.length)]).append(' ');
        text.append(". ");
      }
      out.add(
          JSON.writeValueAsString(
              Map.of(
                  "id",
                  "BASE-" + i,
                  "case_id",
                  "CASE-BASE-" + (i / 20),
                  "type",
                  "case_note",
                  "date",
                  "2024-01-01",
                  "text",
                  text.toString().strip())));
    }
    return out;
  }

  private static String jdbcUrl(Path data) {
    return "jdbc:h2:file:" + data.toAbsolutePath().resolve("db/casesearch");
  }

  private static List<float[]> readVectors(Path data) throws Exception {
    List<float[]> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl(data), "casesearch", "casesearch");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select vector from passage_vector")) {
      while (rs.next()) {
        out.add(Vectors.fromBytes(rs.getBytes(1)));
      }
    }
    return out;
  }

  /**
   * Writes a vector for every passage of the scaled records, keyed as the service's cache keys
   * them.
   */
  private static int loadVectors(Path data, ScaledText corpus, int records, List<float[]> base)
      throws Exception {
    Chunker chunker = new Chunker(Chunker.Config.defaults());
    int n = 0;
    try (Connection c = DriverManager.getConnection(jdbcUrl(data), "casesearch", "casesearch");
        PreparedStatement ps =
            c.prepareStatement("merge into passage_vector key (cache_key) values (?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < records; i++) {
        CaseRecord r = corpus.caseRecord(i);
        SplittableRandom rnd = new SplittableRandom(1_000_003L * i);
        for (Passage p : chunker.chunk(r.text())) {
          ps.setString(
              1, CachingEmbedder.passageKey("p", MODEL_ID, RecordIndexer.embeddingInput(r, p)));
          ps.setBytes(2, Vectors.toBytes(near(base.get(rnd.nextInt(base.size())), rnd)));
          ps.addBatch();
          n++;
        }
        if (i % 5000 == 4999) {
          ps.executeBatch();
          c.commit();
        }
      }
      ps.executeBatch();
      c.commit();
    }
    return n;
  }

  /** A real vector moved a little: cosine about 0.9 to it. */
  private static float[] near(float[] v, SplittableRandom r) {
    float[] out = new float[v.length];
    double scale = 0.5 / Math.sqrt(v.length);
    for (int d = 0; d < v.length; d++) out[d] = (float) (v[d] + scale * r.nextGaussian());
    return Vectors.normalize(out);
  }

  private static void check(HttpResponse<String> r) {
    if (r.statusCode() / 100 != 2)
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
  }

  /**
   * One concurrency level's load and latency (nanosecond histogram), as both load runs report them.
   */
  static ObjectNode level(
      int c, long requests, long errors, double elapsedSeconds, Histogram latency) {
    ObjectNode l = JSON.createObjectNode();
    l.put("concurrency", c);
    l.put("requests", requests);
    l.put("errors", errors);
    l.put("throughput_per_s", requests / elapsedSeconds);
    l.put("p50_ms", latency.getValueAtPercentile(50) / 1e6);
    l.put("p95_ms", latency.getValueAtPercentile(95) / 1e6);
    l.put("p99_ms", latency.getValueAtPercentile(99) / 1e6);
    l.put("max_ms", latency.getMaxValue() / 1e6);
    return l;
  }

  private static ObjectNode machine() throws IOException {
    ObjectNode m = JSON.createObjectNode();
    for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        m.put("cpu", line.substring(line.indexOf(':') + 1).strip());
        break;
      }
    }
    m.put("cores", Runtime.getRuntime().availableProcessors());
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:"))
        m.put("memory_bytes", Long.parseLong(line.replaceAll("\\D", "")) * 1024);
    }
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put(
        "java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("date", Instant.now().toString());
    return m;
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length)
        throw new IllegalArgumentException("usage: --name value ...; got " + args[i]);
      m.put(args[i].substring(2), args[++i]);
    }
    return m;
  }
}
