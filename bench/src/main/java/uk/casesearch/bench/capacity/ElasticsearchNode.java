package uk.casesearch.bench.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Elasticsearch node for the side-by-side run: unpacked from the integ-test zip of Maven
 * Central, run as a non-root system user on 127.0.0.1 (single node, security off, a fixed heap),
 * reached over HTTP, watched through /proc (the server JVM's pid comes from its pid file).
 */
final class ElasticsearchNode implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path zip;
  private final Path home;
  private final Path dataDir;
  private final Path logDir;
  private final Path javaHome;
  private final String user;
  private final String heap;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private Process launcher;
  private long serverPid = -1;

  ElasticsearchNode(Path zip, Path workDir, Path javaHome, String user, String heap)
      throws IOException {
    this.zip = zip;
    this.home = workDir.resolve("elasticsearch-8.15.0").toAbsolutePath();
    this.dataDir = workDir.resolve("data").toAbsolutePath();
    this.logDir = workDir.resolve("logs").toAbsolutePath();
    this.javaHome = javaHome;
    this.user = user;
    this.heap = heap;
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  /** Unpacks the zip (once), makes the data and log folders, and hands them all to the user. */
  void install() throws IOException, InterruptedException {
    if (!Files.exists(home.resolve("bin/elasticsearch"))) {
      Files.createDirectories(home.getParent());
      run("unzip", "-q", "-o", zip.toAbsolutePath().toString(), "-d", home.getParent().toString());
    }
    Files.createDirectories(dataDir);
    Files.createDirectories(logDir);
    run("chown", "-R", user + ":", home.getParent().toString());
  }

  /** Starts the node and waits for a green (or yellow) cluster; returns the time it took. */
  Duration start() throws IOException, InterruptedException {
    Path pidFile = logDir.resolve("es.pid");
    Files.deleteIfExists(pidFile);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "runuser",
                "-u",
                user,
                "--",
                "env",
                "ES_JAVA_HOME=" + javaHome,
                "ES_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap,
                home.resolve("bin/elasticsearch").toString(),
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + port,
                "-Etransport.port=0",
                "-Expack.security.enabled=false",
                "-Expack.ml.enabled=false",
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-Epath.data=" + dataDir,
                "-Epath.logs=" + logDir,
                "-p",
                pidFile.toString()));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(logDir.resolveSibling("es-console.log").toFile()));
    long t0 = System.nanoTime();
    launcher = pb.start();
    long deadline = t0 + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (!launcher.isAlive())
        throw new IllegalStateException(
            "Elasticsearch exited with " + launcher.exitValue() + "; see " + logDir);
      if (serverPid < 0 && Files.exists(pidFile)) {
        String s = Files.readString(pidFile).strip();
        if (!s.isEmpty()) serverPid = Long.parseLong(s);
      }
      try {
        HttpResponse<String> r =
            send("GET", "/_cluster/health?wait_for_status=yellow&timeout=1s", null);
        if (r.statusCode() == 200 && serverPid > 0) return Duration.ofNanos(System.nanoTime() - t0);
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Elasticsearch was not ready within 5 minutes");
  }

  void stop() throws InterruptedException {
    if (serverPid > 0) {
      ProcessHandle.of(serverPid).ifPresent(ProcessHandle::destroy);
      ProcessHandle.of(serverPid)
          .ifPresent(
              h -> {
                try {
                  h.onExit().get(2, TimeUnit.MINUTES);
                } catch (Exception e) {
                  h.destroyForcibly();
                }
              });
      serverPid = -1;
    }
    if (launcher != null) {
      if (!launcher.waitFor(1, TimeUnit.MINUTES)) {
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly().waitFor();
      }
      launcher = null;
    }
  }

  long pid() {
    return serverPid;
  }

  HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    return send(method, path, body, "application/json", Duration.ofMinutes(30));
  }

  HttpResponse<String> send(
      String method, String path, String body, String contentType, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(timeout)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) b.header("Content-Type", contentType);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends and fails on any status but 2xx; returns the parsed answer. */
  JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> r = send(method, path, body);
    if (r.statusCode() / 100 != 2)
      throw new IllegalStateException(
          method + " " + path + ": HTTP " + r.statusCode() + " " + r.body());
    return JSON.readTree(r.body());
  }

  long rssBytes() throws IOException {
    return ProcStats.statusBytes(serverPid, "VmRSS:");
  }

  long rssAnonBytes() throws IOException {
    return ProcStats.statusBytes(serverPid, "RssAnon:");
  }

  long cpuTicks() throws IOException {
    return ProcStats.cpuTicks(serverPid);
  }

  /** Heap used now, from the node stats. */
  long heapUsedBytes() throws IOException, InterruptedException {
    JsonNode nodes = call("GET", "/_nodes/_local/stats/jvm", null).get("nodes");
    return nodes.elements().next().at("/jvm/mem/heap_used_in_bytes").asLong();
  }

  String versionLine() throws IOException, InterruptedException {
    JsonNode nodes = call("GET", "/_nodes/_local/jvm", null).get("nodes");
    JsonNode n = nodes.elements().next();
    return "Elasticsearch "
        + n.path("version").asText()
        + " on "
        + n.at("/jvm/vm_name").asText()
        + " "
        + n.at("/jvm/version").asText();
  }

  private static void run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readAllBytes();
    }
    if (p.waitFor() != 0)
      throw new IOException(
          String.join(" ", cmd) + " failed: " + new String(out, StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  /** /proc readings of any process. */
  static final class ProcStats {
    private ProcStats() {}

    static long statusBytes(long pid, String field) throws IOException {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(field)) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
      return -1;
    }

    /** CPU time used so far (user + system), in clock ticks. */
    static long cpuTicks(long pid) throws IOException {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
  }
}
