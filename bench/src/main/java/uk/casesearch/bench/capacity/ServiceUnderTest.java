package uk.casesearch.bench.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service run as a separate process, as a council runs it: started from its jar with
 * the SIMD module and a fixed heap, reached over HTTP with an API key, watched through /proc.
 */
final class ServiceUnderTest implements AutoCloseable {

  static final String ADMIN_KEY = "capacity-run-admin-key-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path jar;
  private final Path models;
  private final Path dataDir;
  private final String heap;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private String key;
  private final java.util.Map<String, String> env = new java.util.HashMap<>();

  /** Sets an environment variable (a setting) for the next starts. */
  ServiceUnderTest env(String name, String value) {
    env.put(name, value);
    return this;
  }

  ServiceUnderTest(Path jar, Path models, Path dataDir, String heap) throws IOException {
    this.jar = jar;
    this.models = models;
    this.dataDir = dataDir;
    this.heap = heap;
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
  }

  /** Starts the service and returns the time from process start to the first ready answer. */
  Duration start() throws IOException, InterruptedException {
    ProcessBuilder pb;
    Path launcher = jar.resolve("bin").resolve("casesearch");
    if (Files.isRegularFile(launcher)) {
      // An unpacked distribution: its own runtime and AOT cache, as a council would run it.
      pb = new ProcessBuilder(List.of(launcher.toString(), "serve"));
      pb.environment().put("JAVA_OPTS", "-Xmx" + heap);
      pb.environment()
          .put("CASESEARCH_CONFIG", dataDir.resolveSibling("no-config.properties").toString());
    } else {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      pb =
          new ProcessBuilder(
              List.of(
                  java,
                  "--add-modules",
                  "jdk.incubator.vector",
                  "--enable-native-access=ALL-UNNAMED",
                  "-XX:+UseG1GC",
                  "-Xmx" + heap,
                  "-jar",
                  jar.toString()));
    }
    pb.environment().put("CASESEARCH_DATA_DIR", dataDir.toAbsolutePath().toString());
    pb.environment().put("CASESEARCH_MODELS_DIR", models.toAbsolutePath().toString());
    pb.environment().put("CASESEARCH_ADMIN_KEY", ADMIN_KEY);
    pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
    pb.environment().put("DJL_OFFLINE", "true");
    pb.environment().putAll(env);
    Files.createDirectories(dataDir);
    pb.redirectErrorStream(true)
        .redirectOutput(
            ProcessBuilder.Redirect.appendTo(
                dataDir.resolveSibling(dataDir.getFileName() + "-service.log").toFile()));
    long t0 = System.nanoTime();
    process = pb.start();
    long deadline = t0 + TimeUnit.MINUTES.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive())
        throw new IllegalStateException(
            "the service exited with "
                + process.exitValue()
                + "; see "
                + dataDir.getFileName()
                + "-service.log");
      try {
        if (get("/q/health/ready", null).statusCode() == 200) {
          Duration ready = Duration.ofNanos(System.nanoTime() - t0);
          if (key == null) key = createKey();
          return ready;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the service was not ready within 60 minutes");
  }

  private String createKey() throws IOException, InterruptedException {
    String body =
        "{\"name\":\"capacity\",\"roles\":[\"practitioner\",\"ingest\"],\"teams\":[],\"all_cases\":true,\"restricted\":true}";
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/admin/api-keys"))
                .header("X-API-Key", ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201)
      throw new IllegalStateException("creating a key failed: " + r.body());
    return JSON.readTree(r.body()).get("key").asText();
  }

  void stop() throws InterruptedException {
    if (process == null) return;
    process.destroy();
    if (!process.waitFor(5, TimeUnit.MINUTES)) process.destroyForcibly().waitFor();
    process = null;
  }

  long pid() {
    return process.pid();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(path, key);
  }

  private HttpResponse<String> get(String path, String apiKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    if (apiKey != null) b.header("X-API-Key", apiKey);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, byte[] body) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofMinutes(30))
            .header("X-API-Key", key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The readiness check's data: index sizes, queue depth. */
  JsonNode readiness() throws IOException, InterruptedException {
    for (JsonNode check : JSON.readTree(get("/q/health/ready", null).body()).get("checks")) {
      if (check.path("name").asText().equals("engine")) return check.get("data");
    }
    throw new IllegalStateException("the readiness answer has no engine check");
  }

  /** A metric's value summed over its series (e.g. heap used across pools), from /q/metrics. */
  double metric(String name, String labelFilter) throws IOException, InterruptedException {
    double sum = 0;
    for (String line : get("/q/metrics").body().split("\n")) {
      if (line.startsWith(name)
          && (line.charAt(name.length()) == '{' || line.charAt(name.length()) == ' ')
          && (labelFilter == null || line.contains(labelFilter))) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  /** Resident set size now, from /proc. */
  long rssBytes() throws IOException {
    return statusBytes("VmRSS:");
  }

  /**
   * The anonymous part of the resident set (heap, native allocations): memory the process owns. The
   * rest is file-backed, mostly mapped index pages, which the kernel may drop and reread.
   */
  long rssAnonBytes() throws IOException {
    return statusBytes("RssAnon:");
  }

  private long statusBytes(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith(field)) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
    }
    return -1;
  }

  /** POST with the administrator's key (no body). */
  HttpResponse<String> postAsAdmin(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofHours(6))
            .header("X-API-Key", ADMIN_KEY)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** CPU time used so far (user + system), in clock ticks, from /proc. */
  long cpuTicks() throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  String apiKey() {
    return key;
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
