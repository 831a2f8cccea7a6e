package uk.casesearch.bench.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import uk.casesearch.engine.embed.EmbeddingModel;
import uk.casesearch.engine.embed.OnnxEmbedder;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.vector.JVectorIndex;

/**
 * Casesearch beside Elasticsearch 8.15.0, in one run on one machine, holding the same passages and
 * the same vectors: kNN recall@10 of both against an exact scan, then hybrid (BM25 + kNN) search
 * latency and throughput at the same concurrency, one system at a time. Writes
 * results/es-side-by-side-&lt;date&gt;/report.md and report.json. See bench/README.md.
 *
 * <pre>java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx3g \
 *   -cp target/benchmarks.jar uk.casesearch.bench.capacity.ElasticsearchSideBySide \
 *   --casesearch-data /work/es-bench/casesearch-100000/data --service /work/es-app/quarkus-run.jar
 * </pre>
 */
public final class ElasticsearchSideBySide {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int K = 10;
  private static final String INDEX = "passages";
  private static final int DIM = 384;

  private ElasticsearchSideBySide() {}

  /** One search by a client; {@code n} picks the query (and, one in five, a case filter). */
  private interface Search {
    boolean run(int n) throws Exception;
  }

  /** A process watched through /proc. */
  private interface Watched {
    long cpuTicks() throws IOException;

    long rss() throws IOException;

    long rssAnon() throws IOException;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = CapacityRun.parse(args);
    if (a.containsKey(
        "render")) { // --render results/.../report.json: write report.md again from it
      Path json = Path.of(a.get("render"));
      Files.writeString(
          json.resolveSibling("report.md"), markdown((ObjectNode) JSON.readTree(json.toFile())));
      return;
    }
    int size =
        Integer.parseInt(a.getOrDefault("size", "0")); // 0: every passage of --casesearch-data
    Path source =
        Path.of(a.getOrDefault("casesearch-data", "/work/es-bench/casesearch-100000/data"));
    Path jar = Path.of(a.getOrDefault("service", "/work/es-app/quarkus-run.jar"));
    Path models = Path.of(a.getOrDefault("models", "../models"));
    Path dev = Path.of(a.getOrDefault("dev", "../../shared/eval/dev"));
    Path esZip =
        Path.of(
            a.getOrDefault(
                "es-zip",
                System.getProperty("user.home")
                    + "/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/8.15.0/elasticsearch-8.15.0.zip"));
    Path esJava = Path.of(a.getOrDefault("es-java", "/usr/lib/jvm/java-17-openjdk-amd64"));
    String esUser = a.getOrDefault("es-user", "esbench");
    String heap = a.getOrDefault("heap", "1g"); // both systems
    String esIndexType = a.getOrDefault("es-index-type", "hnsw");
    int m = Integer.parseInt(a.getOrDefault("es-m", "16"));
    int efConstruction = Integer.parseInt(a.getOrDefault("es-ef-construction", "100"));
    List<Integer> levels =
        Stream.of(a.getOrDefault("concurrency", "1,4,8").split(","))
            .map(Integer::parseInt)
            .toList();
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
    int recallQueries = Integer.parseInt(a.getOrDefault("recall-queries", "100"));
    // The passages hybrid search asks the vector index for (casesearch.search.candidates).
    int depth = Integer.parseInt(a.getOrDefault("depth", "100"));
    int pool = Integer.parseInt(a.getOrDefault("precomputed-queries", "2000"));
    quietCores = Double.parseDouble(a.getOrDefault("quiet-cores", "0.3"));
    quietMaxWaitSeconds = Integer.parseInt(a.getOrDefault("quiet-max-wait", "300"));
    List<Integer> candidates =
        Stream.of(
                a.getOrDefault(
                        "num-candidates", "10,20,30,40,50,75,100,125,150,200,300,500,1000,2000")
                    .split(","))
            .map(Integer::parseInt)
            .toList();
    Path esWork =
        Path.of(a.getOrDefault("es-work", "target/es/side-by-side-" + (size == 0 ? "all" : size)));
    Path subsets = Path.of(a.getOrDefault("subset-work", "/work/es-bench"));
    Path out =
        Path.of(a.getOrDefault("out", "results"))
            .resolve("es-side-by-side-" + LocalDate.now() + (size == 0 ? "" : "-" + size));
    // A second run on the same day must not overwrite the first's report.
    Path first = out;
    for (int run = 2; Files.exists(out); run++)
      out = first.resolveSibling(first.getFileName() + "-run" + run);
    if (!Files.exists(jar)) throw new IllegalArgumentException(jar + " is missing");
    Files.createDirectories(out);
    long runStart = System.nanoTime();

    ObjectNode report = JSON.createObjectNode();
    report.set("machine", machine());
    ObjectNode settings = report.putObject("settings");
    settings.put("heap_both", heap);
    settings.put("concurrency", levels.toString());
    settings.put("seconds_per_level", seconds);
    settings.put("warmup_seconds_per_level", warmup);
    settings.put("k", K);

    // 1. Casesearch's data: the given directory, or a smaller one built from it through the
    // service.
    Path data = source;
    if (size > 0) {
      data = subsets.resolve("casesearch-subset-" + size).resolve("data");
      if (!Files.exists(data.resolve("index/vector/CURRENT"))) {
        long t0 = System.nanoTime();
        ElasticsearchCorpus.buildSubset(source, data, size, jar, models, heap);
        System.out.printf(
            "built the %d-passage subset in %.0f s%n", size, (System.nanoTime() - t0) / 1e9);
      }
    }
    report.put("casesearch_data", data.toAbsolutePath().toString());

    // 2. The passages and the vectors Casesearch holds; queries; recall of Casesearch's index.
    long t0 = System.nanoTime();
    ElasticsearchCorpus corpus = ElasticsearchCorpus.read(data, DIM);
    System.out.printf(
        "read %d records, %d passages with their vectors in %.0f s%n",
        corpus.records.size(), corpus.docs.size(), (System.nanoTime() - t0) / 1e9);
    report.put("records", corpus.records.size());
    report.put("passages", corpus.docs.size());
    ScaledText scaled = new ScaledText(CapacityRun.baseRecords(dev, 1000));
    List<String> queries = scaled.queries(200_000);
    int cases =
        (int)
            corpus.records.stream()
                .map(r -> r.caseId())
                .filter(c -> c.startsWith("CASE-CAP-"))
                .distinct()
                .count();
    int caseCycle = Math.min(scaled.cases(), Math.max(1, cases));
    settings.put(
        "case_filtered_share",
        "1 in 5 searches within one case (CASE-CAP-0 .. CASE-CAP-"
            + (caseCycle - 1)
            + "), as CapacityRun");

    OnnxEmbedder embedder =
        OnnxEmbedder.open(
            new OnnxEmbedder.Config(
                models, EmbeddingModel.fromName("bge-small-en-v1.5-q"), 2, 512, 16));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutting down")));
    try {
      t0 = System.nanoTime();
      List<float[]> queryVectors = new ArrayList<>();
      for (int i = 0; i < Math.max(pool, recallQueries); i++)
        queryVectors.add(embedder.embedQuery(queries.get(i)));
      double embedMs = (System.nanoTime() - t0) / 1e6 / queryVectors.size();
      report.put("client_query_embedding_ms_mean", embedMs);
      System.out.printf("embedded %d queries, %.1f ms each%n", queryVectors.size(), embedMs);

      List<Set<String>> truth = new ArrayList<>();
      List<String> ids = corpus.docs.stream().map(ElasticsearchCorpus.Doc::id).toList();
      List<float[]> vectors = corpus.docs.stream().map(ElasticsearchCorpus.Doc::vector).toList();
      for (int i = 0; i < recallQueries; i++)
        truth.add(VectorRecallRun.exact(queryVectors.get(i), ids, vectors, new float[K]));
      ObjectNode csRecall = report.putObject("casesearch_recall");
      try (JVectorIndex index =
          JVectorIndex.open(data.resolve("index/vector"), JVectorIndex.Config.defaults(DIM))) {
        csRecall.put("segments", index.segmentSizes().toString());
        csRecall.put("hybrid_depth", depth);
        for (int asked : new int[] {K, depth}) {
          double recall = 0;
          long nanos = 0;
          for (int i = 0; i < recallQueries; i++) {
            long s0 = System.nanoTime();
            List<PassageHit> hits = index.search(queryVectors.get(i), asked, SearchFilter.NONE);
            nanos += System.nanoTime() - s0;
            Set<String> t = truth.get(i);
            recall +=
                hits.stream()
                        .limit(K)
                        .filter(h -> t.contains(h.recordId() + "#" + h.passage()))
                        .count()
                    / (double) K;
          }
          csRecall.put("recall_at_10_depth_" + asked, recall / recallQueries);
          csRecall.put("mean_ms_depth_" + asked, nanos / 1e6 / recallQueries);
          System.out.printf(
              "Casesearch vector index: recall@10 %.4f asking for %d (%.2f ms a query, in process)%n",
              recall / recallQueries, asked, nanos / 1e6 / recallQueries);
        }
      }
      // Hybrid search asks the vector index for `depth` candidates (casesearch.search.candidates)
      // and keeps the best.
      double target = csRecall.get("recall_at_10_depth_" + depth).asDouble();
      csRecall.put(
          "recall_used_as_target",
          "recall_at_10_depth_" + depth + " (the depth hybrid search asks for)");

      // 3. Elasticsearch: start, index, recall, load.
      ObjectNode es = report.putObject("elasticsearch");
      int numCandidates;
      List<ObjectNode> esEmbedLevels = new ArrayList<>();
      List<ObjectNode> esPreLevels = new ArrayList<>();
      try (ElasticsearchNode node = new ElasticsearchNode(esZip, esWork, esJava, esUser, heap)) {
        Thread hook =
            new Thread(
                () -> {
                  try {
                    node.stop();
                  } catch (InterruptedException ignored) {
                    // exiting
                  }
                });
        Runtime.getRuntime().addShutdownHook(hook);
        node.install();
        deleteData(esWork.resolve("data"));
        Duration started = node.start();
        es.put("version", node.versionLine());
        es.put("start_to_ready_ms", started.toMillis());
        es.put("java_home", esJava.toString());
        es.put("heap", "-Xms" + heap + " -Xmx" + heap);
        es.put("user", esUser);
        es.put("host", "127.0.0.1:" + node.port());
        es.put(
            "settings",
            "discovery.type single-node, xpack.security.enabled false, xpack.ml.enabled false, path.data "
                + esWork.resolve("data").toAbsolutePath());
        es.put("vm.max_map_count", command("sysctl", "-n", "vm.max_map_count").strip());
        System.out.println(es.get("version").asText() + " ready in " + started.toMillis() + " ms");

        ObjectNode mapping = mapping(esIndexType, m, efConstruction);
        es.set("index_definition", mapping);
        node.call("PUT", "/" + INDEX, mapping.toString());
        t0 = System.nanoTime();
        bulk(node, corpus.docs);
        double bulkSeconds = (System.nanoTime() - t0) / 1e9;
        long m0 = System.nanoTime();
        node.call("POST", "/" + INDEX + "/_forcemerge?max_num_segments=1", null);
        node.call("POST", "/" + INDEX + "/_refresh", null);
        double mergeSeconds = (System.nanoTime() - m0) / 1e9;
        JsonNode stats =
            node.call("GET", "/" + INDEX + "/_stats/docs,segments,store", null)
                .at("/indices/" + INDEX + "/primaries");
        es.put("docs", stats.at("/docs/count").asLong());
        es.put("segments", stats.at("/segments/count").asLong());
        es.put("store_bytes", stats.at("/store/size_in_bytes").asLong());
        es.put("bulk_seconds", bulkSeconds);
        es.put("force_merge_seconds", mergeSeconds);
        es.put("ingest_passages_per_s_bulk", corpus.docs.size() / bulkSeconds);
        es.put(
            "ingest_passages_per_s_with_merge", corpus.docs.size() / (bulkSeconds + mergeSeconds));
        es.put("heap_used_after_load_bytes", node.heapUsedBytes());
        es.put("rss_after_load_bytes", node.rssBytes());
        es.put("rss_anon_after_load_bytes", node.rssAnonBytes());
        System.out.printf(
            "Elasticsearch: %d docs bulk-loaded in %.0f s, merged to %d segment(s) in %.0f s%n",
            stats.at("/docs/count").asLong(),
            bulkSeconds,
            stats.at("/segments/count").asLong(),
            mergeSeconds);
        if (stats.at("/docs/count").asLong() != corpus.docs.size())
          throw new IllegalStateException(
              "Elasticsearch holds " + stats.at("/docs/count") + " docs");

        // Recall of ES's kNN against the same exact answers, for each num_candidates; pick the
        // least matching Casesearch.
        ArrayNode sweep = es.putArray("recall_sweep");
        numCandidates = -1;
        double chosenRecall = 0;
        for (int nc : candidates) {
          double recall = 0;
          long nanos = 0;
          for (int i = 0; i < recallQueries; i++) {
            ObjectNode body = JSON.createObjectNode();
            body.put("size", K);
            body.put("_source", false);
            body.set("knn", knn(queryVectors.get(i), nc, null));
            long s0 = System.nanoTime();
            JsonNode r = node.call("POST", "/" + INDEX + "/_search", body.toString());
            nanos += System.nanoTime() - s0;
            Set<String> t = truth.get(i);
            for (JsonNode h : r.at("/hits/hits"))
              if (t.contains(h.get("_id").asText())) recall += 1.0 / K;
          }
          recall /= recallQueries;
          ObjectNode row = sweep.addObject();
          row.put("num_candidates", nc);
          row.put("recall_at_10", recall);
          row.put("mean_ms_http", nanos / 1e6 / recallQueries);
          System.out.printf(
              "Elasticsearch kNN num_candidates %d: recall@10 %.4f (%.2f ms a query over HTTP)%n",
              nc, recall, nanos / 1e6 / recallQueries);
          if (numCandidates < 0 && recall >= target - 1e-9) {
            numCandidates = nc;
            chosenRecall = recall;
            break;
          }
        }
        if (numCandidates < 0) {
          numCandidates = candidates.getLast();
          chosenRecall = sweep.get(sweep.size() - 1).get("recall_at_10").asDouble();
          es.put(
              "recall_note",
              "no num_candidates tried reached Casesearch's recall; the largest was used");
        }
        es.put("num_candidates", numCandidates);
        es.put("recall_at_10", chosenRecall);

        // Load: the hybrid request, with the query embedded in the client, then with precomputed
        // vectors.
        final int nc = numCandidates;
        Watched esProc = watched(node::cpuTicks, node::rssBytes, node::rssAnonBytes);
        AtomicInteger next = new AtomicInteger();
        for (int c : levels) {
          esEmbedLevels.add(
              drive(
                  "ES, query embedded in the client",
                  n -> {
                    String q = queries.get(n % queries.size());
                    float[] v = embedder.embedQuery(q);
                    return esSearch(node, q, v, nc, n, caseCycle);
                  },
                  next,
                  c,
                  seconds,
                  warmup,
                  esProc));
          esEmbedLevels.getLast().put("heap_used_bytes", node.heapUsedBytes());
        }
        AtomicInteger nextPre = new AtomicInteger();
        for (int c : levels) {
          esPreLevels.add(
              drive(
                  "ES, precomputed query vectors",
                  n -> {
                    int i = n % queryVectors.size();
                    return esSearch(node, queries.get(i), queryVectors.get(i), nc, n, caseCycle);
                  },
                  nextPre,
                  c,
                  seconds,
                  warmup,
                  esProc));
          esPreLevels.getLast().put("heap_used_bytes", node.heapUsedBytes());
        }
        es.put("rss_after_load_test_bytes", node.rssBytes());
        es.put("rss_anon_after_load_test_bytes", node.rssAnonBytes());
        node.stop();
        Runtime.getRuntime().removeShutdownHook(hook);
      }

      // 4. Casesearch: the packaged service on the same data, the same queries, one system at a
      // time.
      List<ObjectNode> csLevels = new ArrayList<>();
      ObjectNode cs = report.putObject("casesearch");
      try (ServiceUnderTest service = new ServiceUnderTest(jar, models, data, heap)) {
        Thread hook =
            new Thread(
                () -> {
                  try {
                    service.stop();
                  } catch (InterruptedException ignored) {
                    // exiting
                  }
                });
        Runtime.getRuntime().addShutdownHook(hook);
        Duration started = service.start();
        cs.put("service", jar.toAbsolutePath().toString());
        cs.put("service_jar_modified", Files.getLastModifiedTime(jar).toString());
        cs.put(
            "source_commit", command("git", "-C", "..", "describe", "--always", "--dirty").strip());
        cs.put("heap", "-Xmx" + heap);
        cs.put("start_to_ready_ms", started.toMillis());
        cs.put("vector_passages", service.readiness().get("vector_passages").asInt());
        cs.put("vector_segments", service.readiness().get("vector_segments").asText());
        cs.put("rss_idle_bytes", service.rssBytes());
        cs.put("rss_anon_idle_bytes", service.rssAnonBytes());
        Watched csProc = watched(service::cpuTicks, service::rssBytes, service::rssAnonBytes);
        AtomicInteger next = new AtomicInteger();
        for (int c : levels) {
          csLevels.add(
              drive(
                  "Casesearch",
                  n -> {
                    String q = queries.get(n % queries.size());
                    String path =
                        "/api/v1/search?limit="
                            + K
                            + "&q="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8)
                            + (n % 5 == 0 ? "&case=CASE-CAP-" + (n % caseCycle) : "");
                    HttpResponse<String> r = service.get(path);
                    return r.statusCode() == 200;
                  },
                  next,
                  c,
                  seconds,
                  warmup,
                  csProc));
          csLevels
              .getLast()
              .put("heap_used_bytes", service.metric("jvm_memory_used_bytes", "area=\"heap\""));
        }
        cs.put("rss_after_load_test_bytes", service.rssBytes());
        cs.put("rss_anon_after_load_test_bytes", service.rssAnonBytes());
        service.stop();
        Runtime.getRuntime().removeShutdownHook(hook);
      }

      // 5. Figures side by side.
      ArrayNode rows = report.putArray("levels");
      for (int i = 0; i < levels.size(); i++) {
        ObjectNode row = rows.addObject();
        row.put("concurrency", levels.get(i));
        row.set("casesearch", csLevels.get(i));
        row.set("es_embed_in_client", esEmbedLevels.get(i));
        row.set("es_precomputed_vectors", esPreLevels.get(i));
        double csT = csLevels.get(i).get("throughput_per_s").asDouble();
        row.put(
            "throughput_ratio_casesearch_over_es_embed",
            csT / esEmbedLevels.get(i).get("throughput_per_s").asDouble());
        row.put(
            "throughput_ratio_casesearch_over_es_precomputed",
            csT / esPreLevels.get(i).get("throughput_per_s").asDouble());
      }
    } finally {
      embedder.close();
    }
    report.put("run_seconds", (System.nanoTime() - runStart) / 1e9);
    JSON.writer(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("report.json").toFile(), report);
    Files.writeString(out.resolve("report.md"), markdown(report));
    System.out.println("report: " + out.resolve("report.md"));
  }

  private static void deleteData(Path dir) throws IOException {
    // Data left by an earlier run: removed as the node's user owns it (root may, too).
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList())
          if (!p.equals(dir)) Files.delete(p);
      }
    }
  }

  /**
   * The index: one shard, no replica, BM25 with Casesearch's k1 and b, and the vectors in an HNSW
   * graph.
   */
  static ObjectNode mapping(String indexType, int m, int efConstruction) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode s = root.putObject("settings");
    s.put("number_of_shards", 1);
    s.put("number_of_replicas", 0);
    s.put("refresh_interval", "-1");
    ObjectNode sim = s.putObject("similarity").putObject("default");
    sim.put("type", "BM25");
    sim.put("k1", 0.9);
    sim.put("b", 0.4);
    // The integ-test zip has no analysis-common module, so no "english" analyzer: the standard
    // analyzer with English stop words (no stemming).
    ObjectNode en = s.putObject("analysis").putObject("analyzer").putObject("en");
    en.put("type", "standard");
    en.put("stopwords", "_english_");
    ObjectNode p = root.putObject("mappings").putObject("properties");
    p.putObject("record_id").put("type", "keyword");
    p.putObject("passage").put("type", "integer");
    p.putObject("case_id").put("type", "keyword");
    for (String f : new String[] {"title", "people", "text"}) {
      ObjectNode t = p.putObject(f);
      t.put("type", "text");
      t.put("analyzer", "en");
    }
    ObjectNode v = p.putObject("vector");
    v.put("type", "dense_vector");
    v.put("dims", DIM);
    v.put("index", true);
    v.put("similarity", "dot_product");
    ObjectNode io = v.putObject("index_options");
    io.put("type", indexType);
    io.put("m", m);
    io.put("ef_construction", efConstruction);
    return root;
  }

  private static void bulk(ElasticsearchNode node, List<ElasticsearchCorpus.Doc> docs)
      throws Exception {
    int batch = 500;
    for (int i = 0; i < docs.size(); i += batch) {
      StringBuilder b = new StringBuilder(batch * 5000);
      for (int j = i; j < Math.min(docs.size(), i + batch); j++) {
        ElasticsearchCorpus.Doc d = docs.get(j);
        ObjectNode action = JSON.createObjectNode();
        action.putObject("index").put("_index", INDEX).put("_id", d.id());
        ObjectNode doc = JSON.createObjectNode();
        doc.put("record_id", d.recordId());
        doc.put("passage", d.passage());
        doc.put("case_id", d.caseId());
        if (d.title() != null) doc.put("title", d.title());
        if (!d.people().isEmpty()) doc.put("people", d.people());
        doc.put("text", d.text());
        ArrayNode vec = doc.putArray("vector");
        for (float f : d.vector()) vec.add(f);
        b.append(action).append('\n').append(doc).append('\n');
      }
      HttpResponse<String> r =
          node.send("POST", "/_bulk", b.toString(), "application/x-ndjson", Duration.ofMinutes(30));
      if (r.statusCode() != 200)
        throw new IllegalStateException(
            "bulk: HTTP "
                + r.statusCode()
                + " "
                + r.body().substring(0, Math.min(2000, r.body().length())));
      JsonNode answer = JSON.readTree(r.body());
      if (answer.get("errors").asBoolean()) {
        for (JsonNode item : answer.get("items")) {
          JsonNode e = item.path("index").path("error");
          if (!e.isMissingNode()) throw new IllegalStateException("bulk item failed: " + e);
        }
      }
      if ((i / batch) % 20 == 0) System.out.printf("  bulk %d / %d%n", i + batch, docs.size());
    }
  }

  private static ObjectNode knn(float[] v, int numCandidates, String caseId) {
    ObjectNode knn = JSON.createObjectNode();
    knn.put("field", "vector");
    ArrayNode qv = knn.putArray("query_vector");
    for (float f : v) qv.add(f);
    knn.put("k", K);
    knn.put("num_candidates", numCandidates);
    if (caseId != null) knn.putObject("filter").putObject("term").put("case_id", caseId);
    return knn;
  }

  /**
   * The hybrid request: BM25 over text, title (boost 0.5, as Casesearch) and people, plus kNN; ES
   * sums the scores.
   */
  private static boolean esSearch(
      ElasticsearchNode node, String q, float[] v, int nc, int n, int caseCycle) throws Exception {
    String caseId = n % 5 == 0 ? "CASE-CAP-" + (n % caseCycle) : null;
    ObjectNode body = JSON.createObjectNode();
    body.put("size", K);
    body.put("_source", false);
    body.putArray("docvalue_fields").add("record_id").add("passage");
    ObjectNode bool = body.putObject("query").putObject("bool");
    ArrayNode should = bool.putArray("should");
    should.addObject().putObject("match").put("text", q);
    should.addObject().putObject("match").putObject("title").put("query", q).put("boost", 0.5);
    should.addObject().putObject("match").put("people", q);
    bool.put("minimum_should_match", 1);
    if (caseId != null)
      bool.putArray("filter").addObject().putObject("term").put("case_id", caseId);
    body.set("knn", knn(v, nc, caseId));
    HttpResponse<String> r =
        node.send(
            "POST",
            "/" + INDEX + "/_search",
            body.toString(),
            "application/json",
            Duration.ofSeconds(60));
    return r.statusCode() == 200;
  }

  private interface IoLong {
    long get() throws IOException;
  }

  private static Watched watched(IoLong cpu, IoLong rss, IoLong anon) {
    return new Watched() {
      public long cpuTicks() throws IOException {
        return cpu.get();
      }

      public long rss() throws IOException {
        return rss.get();
      }

      public long rssAnon() throws IOException {
        return anon.get();
      }
    };
  }

  /**
   * One concurrency level: a warm-up, then {@code seconds} of closed-loop searches by {@code c}
   * clients.
   */
  private static ObjectNode drive(
      String name,
      Search search,
      AtomicInteger next,
      int c,
      int seconds,
      int warmup,
      Watched server)
      throws Exception {
    ConcurrentHistogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
    AtomicLong errors = new AtomicLong();
    ConcurrentLinkedQueue<Long> rss = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> anon = new ConcurrentLinkedQueue<>();
    long self = ProcessHandle.current().pid();
    double waited = awaitQuiet(server, self);
    clients(search, next, c, warmup, null, errors);
    errors.set(0);
    long busy0 = machineBusyTicks();
    long ticks0 = server.cpuTicks();
    long selfTicks0 = ElasticsearchNode.ProcStats.cpuTicks(self);
    long t0 = System.nanoTime();
    Thread sampler =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    while (!Thread.currentThread().isInterrupted()) {
                      rss.add(server.rss());
                      anon.add(server.rssAnon());
                      Thread.sleep(500);
                    }
                  } catch (IOException | InterruptedException e) {
                    // done
                  }
                });
    long requests = clients(search, next, c, seconds, latency, errors);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long ticks = server.cpuTicks() - ticks0;
    long selfTicks = ElasticsearchNode.ProcStats.cpuTicks(self) - selfTicks0;
    long busy = machineBusyTicks() - busy0;
    sampler.interrupt();
    ObjectNode l = CapacityRun.level(c, requests, errors.get(), elapsed, latency);
    l.put("server_cpu_cores_used", ticks / 100.0 / elapsed);
    l.put("client_cpu_cores_used", selfTicks / 100.0 / elapsed);
    // Everything else on the machine meanwhile (other people's work): busy time not ours.
    l.put("other_cpu_cores_used", Math.max(0, busy - ticks - selfTicks) / 100.0 / elapsed);
    l.put("waited_for_quiet_s", waited);
    l.put("rss_max_bytes", rss.stream().max(Comparator.naturalOrder()).orElse(-1L));
    l.put("rss_anon_max_bytes", anon.stream().max(Comparator.naturalOrder()).orElse(-1L));
    System.out.printf(
        "%s c=%d: %.1f searches/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, server %.2f cores, client %.2f cores, others %.2f cores, %d errors%n",
        name,
        c,
        requests / elapsed,
        l.get("p50_ms").asDouble(),
        l.get("p95_ms").asDouble(),
        l.get("p99_ms").asDouble(),
        ticks / 100.0 / elapsed,
        selfTicks / 100.0 / elapsed,
        l.get("other_cpu_cores_used").asDouble(),
        errors.get());
    return l;
  }

  /**
   * Busy CPU time of the whole machine so far (all but idle and iowait), in clock ticks, from
   * /proc/stat.
   */
  private static long machineBusyTicks() throws IOException {
    String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
    long busy = 0;
    for (int i = 1; i <= 8 && i < f.length; i++) if (i != 4 && i != 5) busy += Long.parseLong(f[i]);
    return busy;
  }

  static double quietCores = 0.3;
  static int quietMaxWaitSeconds = 300;

  /**
   * Waits (up to quietMaxWaitSeconds) until the rest of the machine uses less than quietCores over
   * 3 s, so a level does not start in the middle of someone else's build; returns the seconds
   * waited.
   */
  private static double awaitQuiet(Watched server, long self)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    while (true) {
      long b0 = machineBusyTicks();
      long s0 = server.cpuTicks();
      long c0 = ElasticsearchNode.ProcStats.cpuTicks(self);
      Thread.sleep(3000);
      double others =
          (machineBusyTicks()
                  - b0
                  - (server.cpuTicks() - s0)
                  - (ElasticsearchNode.ProcStats.cpuTicks(self) - c0))
              / 100.0
              / 3;
      double waited = (System.nanoTime() - t0) / 1e9;
      if (others < quietCores) return waited;
      if (waited > quietMaxWaitSeconds) {
        System.out.printf(
            "the machine is still busy (others %.2f cores) after %.0f s: measuring anyway%n",
            others, waited);
        return waited;
      }
      System.out.printf("  waiting: others use %.2f cores%n", others);
    }
  }

  private static long clients(
      Search search, AtomicInteger next, int c, int seconds, Histogram latency, AtomicLong errors)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong done = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < c; i++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (System.nanoTime() < end) {
                      int n = next.getAndIncrement();
                      long t = System.nanoTime();
                      try {
                        if (!search.run(n)) errors.incrementAndGet();
                      } catch (Exception e) {
                        errors.incrementAndGet();
                      }
                      if (latency != null) latency.recordValue(System.nanoTime() - t);
                      done.incrementAndGet();
                    }
                  }));
    }
    for (Thread t : threads) t.join();
    return done.get();
  }

  private static ObjectNode machine() throws IOException, InterruptedException {
    ObjectNode m = JSON.createObjectNode();
    for (String line : command("lscpu").split("\n")) {
      if (line.startsWith("Model name:"))
        m.put("cpu", line.substring(line.indexOf(':') + 1).strip());
    }
    m.put("cores", Runtime.getRuntime().availableProcessors());
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:"))
        m.put("memory_bytes", Long.parseLong(line.replaceAll("\\D", "")) * 1024);
    }
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put(
        "bench_java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("date", Instant.now().toString());
    return m;
  }

  private static String command(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private static String mb(JsonNode bytes) {
    return bytes == null || bytes.isMissingNode()
        ? "n/a"
        : String.format("%.0f MB", bytes.asDouble() / 1e6);
  }

  static String markdown(ObjectNode r) {
    StringBuilder b = new StringBuilder();
    JsonNode mach = r.get("machine");
    JsonNode es = r.get("elasticsearch");
    JsonNode cs = r.get("casesearch");
    JsonNode csr = r.get("casesearch_recall");
    b.append("# Casesearch beside Elasticsearch 8.15.0\n\n");
    b.append(
        String.format(
            "One run, one machine: %s, %d cores, %.1f GB RAM, %s; %s. Run took %.0f s.%n%n",
            mach.get("cpu").asText(),
            mach.get("cores").asInt(),
            mach.get("memory_bytes").asDouble() / 1e9,
            mach.get("os").asText(),
            mach.get("date").asText(),
            r.get("run_seconds").asDouble()));
    b.append(
        String.format(
            "Both hold the same %,d passages (%,d records) and the same vectors (384-d bge-small-en-v1.5-q, read from "
                + "Casesearch's vector index), and answer the same queries (the dev corpus queries as CapacityRun; %s). k = %d. "
                + "One system at a time, each at concurrency %s for %d s after a %d s warm-up per level; closed-loop clients in the bench JVM. "
                + "Heap %s for each.%n%n",
            r.get("passages").asInt(),
            r.get("records").asInt(),
            r.at("/settings/case_filtered_share").asText(),
            K,
            r.at("/settings/concurrency").asText(),
            r.at("/settings/seconds_per_level").asInt(),
            r.at("/settings/warmup_seconds_per_level").asInt(),
            r.at("/settings/heap_both").asText()));
    b.append("## Recall@10 of the vector search against an exact scan\n\n");
    int depth = csr.path("hybrid_depth").asInt(200); // older reports asked for 200
    b.append(
        String.format(
            "- Casesearch (JVector index, in process, %s): %.4f asking for 10, **%.4f** asking for %d as hybrid search does (target).%n",
            csr.get("segments").asText(),
            csr.get("recall_at_10_depth_10").asDouble(),
            csr.get("recall_at_10_depth_" + depth).asDouble(),
            depth));
    b.append(
        String.format(
            "- Elasticsearch kNN (k 10): **%.4f** at num_candidates %d (the least of those tried that reaches the target%s).%n%n",
            es.get("recall_at_10").asDouble(),
            es.get("num_candidates").asInt(),
            es.has("recall_note") ? "; " + es.get("recall_note").asText() : ""));
    b.append("| num_candidates | ES recall@10 | ES kNN ms (HTTP, c=1) |\n|---:|---:|---:|\n");
    for (JsonNode s : es.get("recall_sweep")) {
      b.append(
          String.format(
              "| %d | %.4f | %.2f |%n",
              s.get("num_candidates").asInt(),
              s.get("recall_at_10").asDouble(),
              s.get("mean_ms_http").asDouble()));
    }
    b.append("\n## Hybrid search (BM25 + kNN), k = 10\n\n");
    b.append(
        "| concurrency | system | searches/s | p50 ms | p95 ms | p99 ms | server cores | client cores | other processes' cores | server RSS max | errors |\n");
    b.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode row : r.get("levels")) {
      for (String[] sys :
          new String[][] {
            {"casesearch", "Casesearch"},
            {"es_embed_in_client", "ES, embedding in client"},
            {"es_precomputed_vectors", "ES, precomputed vectors"}
          }) {
        JsonNode l = row.get(sys[0]);
        b.append(
            String.format(
                "| %d | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %s | %d |%n",
                row.get("concurrency").asInt(),
                sys[1],
                l.get("throughput_per_s").asDouble(),
                l.get("p50_ms").asDouble(),
                l.get("p95_ms").asDouble(),
                l.get("p99_ms").asDouble(),
                l.get("server_cpu_cores_used").asDouble(),
                l.get("client_cpu_cores_used").asDouble(),
                l.get("other_cpu_cores_used").asDouble(),
                mb(l.get("rss_max_bytes")),
                l.get("errors").asLong()));
      }
    }
    b.append(
        "\n| concurrency | Casesearch / ES (embedding in client) | Casesearch / ES (precomputed vectors) | target 3x |\n|---:|---:|---:|---|\n");
    for (JsonNode row : r.get("levels")) {
      double ratio = row.get("throughput_ratio_casesearch_over_es_embed").asDouble();
      b.append(
          String.format(
              "| %d | %.2fx | %.2fx | %s |%n",
              row.get("concurrency").asInt(),
              ratio,
              row.get("throughput_ratio_casesearch_over_es_precomputed").asDouble(),
              ratio >= 3
                  ? "met"
                  : String.format(
                      "missed: %.2fx short (%.0f%% of the target)", 3 - ratio, 100 * ratio / 3)));
    }
    b.append(
        String.format(
            "%nOther processes' cores: CPU the rest of the machine used during the level (from /proc/stat, less the server and the bench JVM); "
                + "each level waits first (up to %d s) until that is under %.2f cores over 3 s. Where it is high, that level's figures are disturbed.%n",
            quietMaxWaitSeconds, quietCores));
    b.append(
        "\nThe 3x target is judged on the like-for-like figure (ES with the query embedded by the client, as Casesearch embeds inside the service).\n");
    b.append("\n## Elasticsearch\n\n");
    b.append(
        String.format(
            "- %s, from Maven Central's integ-test zip, as user `%s` on %s, `%s`; %s; vm.max_map_count %s (left as it was; mmap on).%n",
            es.get("version").asText(),
            es.get("user").asText(),
            es.get("host").asText(),
            es.get("heap").asText(),
            es.get("settings").asText(),
            es.get("vm.max_map_count").asText()));
    b.append(
        String.format(
            "- Index: 1 shard, 0 replicas, BM25 k1 0.9 b 0.4 (Casesearch's), standard analyzer with English stop words on text, title and people "
                + "(no `english` analyzer: the integ-test zip lacks the analysis-common module), dense_vector 384 dot_product, index_options %s.%n",
            es.at("/index_definition/mappings/properties/vector/index_options").toString()));
    b.append(
        String.format(
            "- Bulk load %.0f s (%.0f passages/s), force-merge to %d segment %.0f s (%.0f passages/s overall); store %s; started in %.1f s.%n",
            es.get("bulk_seconds").asDouble(),
            es.get("ingest_passages_per_s_bulk").asDouble(),
            es.get("segments").asInt(),
            es.get("force_merge_seconds").asDouble(),
            es.get("ingest_passages_per_s_with_merge").asDouble(),
            mb(es.get("store_bytes")),
            es.get("start_to_ready_ms").asDouble() / 1000));
    b.append(
        String.format(
            "- After loading: heap used %s, RSS %s (anonymous %s); after the load test RSS %s (anonymous %s).%n",
            mb(es.get("heap_used_after_load_bytes")),
            mb(es.get("rss_after_load_bytes")),
            mb(es.get("rss_anon_after_load_bytes")),
            mb(es.get("rss_after_load_test_bytes")),
            mb(es.get("rss_anon_after_load_test_bytes"))));
    b.append(
        "- Hybrid request: `query` (bool should: match text, match title boost 0.5, match people; minimum_should_match 1) + `knn` (k 10, the num_candidates above), "
            + "scores summed by ES; the case filter, when present, on both. `_source` off, record id and passage from doc values. RRF is not available: "
            + "the integ-test zip has no rank-rrf module (`unknown retriever [rrf]`).\n");
    b.append(
        String.format(
            "- The client embeds each query with the engine's OnnxEmbedder (same model, bge query prefix, 2 threads) before sending: %.1f ms a query alone.%n",
            r.get("client_query_embedding_ms_mean").asDouble()));
    b.append("\n## Casesearch\n\n");
    b.append(
        String.format(
            "- Source tree at build time unknown; /work/main is at %s, the jar was modified %s.%n",
            cs.path("source_commit").asText(), cs.path("service_jar_modified").asText()));
    b.append(
        String.format(
            "- The packaged service %s, `%s`, on %s: %d vector passages, segments %s; ready in %.1f s; RSS idle %s (anonymous %s), after the load test %s (anonymous %s).%n",
            cs.get("service").asText(),
            cs.get("heap").asText(),
            r.get("casesearch_data").asText(),
            cs.get("vector_passages").asInt(),
            cs.get("vector_segments").asText(),
            cs.get("start_to_ready_ms").asDouble() / 1000,
            mb(cs.get("rss_idle_bytes")),
            mb(cs.get("rss_anon_idle_bytes")),
            mb(cs.get("rss_after_load_test_bytes")),
            mb(cs.get("rss_anon_after_load_test_bytes"))));
    b.append(
        "- GET /api/v1/search?q=...&limit=10 (hybrid, the default mode), the query embedded inside the service (distinct queries: its query cache does not help), "
            + "with its full search path (200 candidates a retriever, fusion, snippets).\n");
    b.append("\n## What differs between the two (read the ratios with these)\n\n");
    b.append(
        "- Elasticsearch runs on JDK 17: 8.15 needs the Security Manager, which JDK 24 and later refuse (`Enabling a Security Manager is not supported` on JDK 25), "
            + "the integ-test zip bundles no JDK, and no JDK 21 or 22 is on this machine. Its jvm.options adds jdk.incubator.vector only from JDK 20 "
            + "(`20-:--add-modules=jdk.incubator.vector`), which Lucene's Panama (SIMD) vector scoring needs, so on JDK 17 Elasticsearch's dot products are most likely scalar "
            + "(not checked in its log); with its usual bundled JDK its kNN could well be faster.\n");
    b.append(
        "- Vector recall is matched from above: the least num_candidates tried whose recall reaches Casesearch's; Elasticsearch's recall may be a little higher.\n");
    b.append(
        "- Casesearch does more per search: 200 candidates from each retriever, its social-care analyzer with synonyms and query understanding, "
            + "score fusion, grouping by record, snippets and access checks; Elasticsearch returns ids and scores of 10 passages. "
            + "The BM25 side of Elasticsearch is a plain standard analyzer (no stemming, no synonyms).\n");
    b.append(
        "- The client is the bench JVM on the same 2 cores: for Elasticsearch with embedding in the client, the client's cores include the query embedding (ONNX, 2 threads).\n");
    b.append(
        "- Recall is against an exact scan of the same vectors; on the capacity corpus many passages are near-twins (base vectors plus noise), so recall by id is low for any approximate index (see the capacity report notes).\n");
    return b.toString();
  }
}
