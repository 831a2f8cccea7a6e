package uk.casesearch.bench.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * report.md and two charts (latency and throughput by concurrency) from a capacity run's figures.
 */
final class Report {

  private static final double MB = 1024 * 1024;

  private Report() {}

  static void write(JsonNode r, Path out) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYSeries p50 = new XYSeries("p50");
    XYSeries p95 = new XYSeries("p95");
    XYSeries p99 = new XYSeries("p99");
    XYSeries tput = new XYSeries("searches per second");
    for (JsonNode l : r.get("levels")) {
      int c = l.get("concurrency").asInt();
      p50.add(c, l.get("p50_ms").asDouble());
      p95.add(c, l.get("p95_ms").asDouble());
      p99.add(c, l.get("p99_ms").asDouble());
      tput.add(c, l.get("throughput_per_s").asDouble());
    }
    XYSeriesCollection lat = new XYSeriesCollection();
    lat.addSeries(p50);
    lat.addSeries(p95);
    lat.addSeries(p99);
    JFreeChart latency =
        ChartFactory.createXYLineChart(
            "Search latency over HTTP, " + r.get("passages").asInt() + " passages",
            "concurrent clients",
            "milliseconds",
            lat,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    ChartUtils.saveChartAsPNG(out.resolve("latency.png").toFile(), latency, 800, 480);
    JFreeChart throughput =
        ChartFactory.createXYLineChart(
            "Throughput, " + r.get("passages").asInt() + " passages",
            "concurrent clients",
            "searches per second",
            new XYSeriesCollection(tput),
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    ChartUtils.saveChartAsPNG(out.resolve("throughput.png").toFile(), throughput, 800, 480);

    JsonNode m = r.get("machine");
    StringBuilder md = new StringBuilder();
    int passages = r.get("passages").asInt();
    md.append("# Capacity run: ").append(passages).append(" passages");
    if (r.path("backend").asText("embedded").equals("opensearch"))
      md.append(", OpenSearch backend, ")
          .append(r.path("instances").asInt(1))
          .append(" service instance(s)");
    md.append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Machine: %s, %d cores, %.0f GiB; %s; %s; %s. Service heap -Xmx%s, run as %s.%n%n",
            m.get("cpu").asText(),
            m.get("cores").asInt(),
            m.get("memory_bytes").asDouble() / (MB * 1024),
            m.get("os").asText(),
            m.get("java").asText(),
            m.get("date").asText(),
            r.get("heap").asText(),
            r.path("service").asText("jar").equals("distribution")
                ? "the unpacked distribution (its runtime and AOT cache)"
                : "the packaged jar"));
    md.append(
            "Every search is a real HTTP request to the packaged service: authentication, query embedding by the ONNX\n")
        .append(
            "model (distinct queries, so no query-cache hits), BM25 and JVector in parallel, fusion, snippets, and the\n")
        .append(
            "audit row written before the answer. One search in five is filtered to a case. Closed-loop clients, ")
        .append(r.get("seconds_per_level").asInt())
        .append(" s per level after a 5 s warm-up.\n\n");
    md.append(
            "RSS counts the anonymous memory the process owns (heap, native) and file-backed pages: the memory-mapped\n")
        .append(
            "index files in the page cache, which the kernel drops under pressure and rereads. Both are shown.\n\n");
    md.append(
        "| clients | searches/s | p50 ms | p95 ms | p99 ms | max ms | CPU cores | RSS max MB | of which anonymous MB | heap used MB | errors |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode l : r.get("levels")) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f | %s | %.0f | %d |%n",
              l.get("concurrency").asInt(),
              l.get("throughput_per_s").asDouble(),
              l.get("p50_ms").asDouble(),
              l.get("p95_ms").asDouble(),
              l.get("p99_ms").asDouble(),
              l.get("max_ms").asDouble(),
              l.get("cpu_cores_used").asDouble(),
              l.get("rss_max_bytes").asDouble() / MB,
              mb(l.get("rss_anon_max_bytes")),
              l.get("heap_used_bytes").asDouble() / MB,
              l.get("errors").asLong()));
    }
    md.append("\n![latency](latency.png)\n![throughput](throughput.png)\n\n");
    double perMillion = 1_000_000.0 / passages;
    md.append("| measure | value |\n|---|---:|\n");
    row(
        md,
        "records / passages",
        (r.has("records") ? r.get("records").asText() : "-") + " / " + passages);
    row(md, "vector segments (live passages each)", r.path("vector_segments").asText("-"));
    if (r.has("optimize_ms"))
      row(
          md,
          "merging the vector index into one segment",
          r.get("optimize_ms").asLong() / 1000 + " s");
    if (r.path("index_reused").asBoolean())
      row(md, "index", "reused from an earlier run: no ingest figures in this run");
    row(
        md,
        "ingest with embedding (records/s, passages/s)",
        fmt(r.get("ingest_embedded_records_per_s"))
            + " / "
            + fmt(r.get("ingest_embedded_passages_per_s")));
    row(
        md,
        "ingest with vectors cached (records/s indexed)",
        fmt(r.get("ingest_indexed_records_per_s")));
    row(
        md,
        "passages embedded while loading (should be 0)",
        fmt(r.get("passages_embedded_while_loading")));
    row(md, "start-to-ready with the index on disk", r.get("start_to_ready_ms").asLong() + " ms");
    if (r.has("start_to_ready_empty_ms")) {
      row(
          md,
          "start-to-ready with an empty index (JVM, Quarkus, database, model: the floor)",
          r.get("start_to_ready_empty_ms").asLong() + " ms");
    }
    row(
        md,
        "RSS after load / idle after restart",
        String.format(
            Locale.ROOT,
            "%.0f MB / %.0f MB",
            r.get("rss_after_load_bytes").asDouble() / MB,
            r.get("rss_idle_after_restart_bytes").asDouble() / MB));
    row(
        md,
        "of which anonymous (heap, native), after load / idle after restart",
        mb(r.get("rss_anon_after_load_bytes"))
            + " MB / "
            + mb(r.get("rss_anon_idle_after_restart_bytes"))
            + " MB");
    row(
        md,
        "disk per million passages: text index",
        String.format(
            Locale.ROOT, "%.0f MB", r.get("disk_text_bytes").asDouble() * perMillion / MB));
    row(
        md,
        "disk per million passages: vector index",
        String.format(
            Locale.ROOT, "%.0f MB", r.get("disk_vector_bytes").asDouble() * perMillion / MB));
    row(
        md,
        "disk per million passages: database (records, vectors, audit)",
        String.format(
            Locale.ROOT, "%.0f MB", r.get("disk_database_bytes").asDouble() * perMillion / MB));
    JsonNode cluster = r.get("cluster");
    if (cluster != null) {
      row(
          md,
          "cluster index on disk, all copies / primaries (per million passages)",
          String.format(
              Locale.ROOT,
              "%.0f MB / %.0f MB (%d shards, %d replica)",
              cluster.path("store_bytes").asDouble() * perMillion / MB,
              cluster.path("primary_store_bytes").asDouble() * perMillion / MB,
              cluster.path("shards").asInt(),
              cluster.path("replicas").asInt()));
      for (JsonNode n : cluster.path("nodes"))
        row(
            md,
            "node " + n.path("name").asText() + ": disk for indexes, heap used / max, RSS",
            mb(n.get("disk_indices_bytes"))
                + " MB, "
                + mb(n.get("heap_used_bytes"))
                + " / "
                + mb(n.get("heap_max_bytes"))
                + " MB, "
                + mb(n.get("rss_bytes"))
                + " MB");
    }
    Files.writeString(out.resolve("report.md"), md.toString());
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static String fmt(JsonNode v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v.asDouble());
  }

  private static String mb(JsonNode bytes) {
    return bytes == null ? "-" : String.format(Locale.ROOT, "%.0f", bytes.asDouble() / MB);
  }
}
