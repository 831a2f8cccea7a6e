package uk.casesearch.it;

import java.io.IOException;
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

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as a separate process on
 * loopback, as an operator runs it: for restart and crash tests.
 */
final class ServiceProcess implements AutoCloseable {

  /** The bootstrap administrator key the service is started with. */
  static final String ADMIN_KEY = "it-bootstrap-admin-key-0123456789";

  private final Path dataDir;

  /** The unpacked distribution to run, or null to run target/quarkus-app with this JVM's java. */
  private final Path distribution;

  /** A key that writes and reads every case, made through the admin API at the first start. */
  private String key;

  private final Path log;
  private final int port;
  private Process process;
  private Duration startToReady;
  private final java.util.Map<String, String> env = new java.util.HashMap<>();

  /** Sets an environment variable for the next starts (a setting: CASESEARCH_BACKEND ...). */
  ServiceProcess env(String name, String value) {
    env.put(name, value);
    return this;
  }

  ServiceProcess(Path dataDir) throws IOException {
    this(dataDir, null);
  }

  /**
   * The service of an unpacked distribution, started by its launcher with an environment holding
   * only the service's own settings: no JAVA_HOME, and a PATH with nothing on it.
   */
  static ServiceProcess distribution(Path home, Path dataDir) throws IOException {
    return new ServiceProcess(dataDir, home);
  }

  private ServiceProcess(Path dataDir, Path distribution) throws IOException {
    this.dataDir = dataDir;
    this.distribution = distribution;
    this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
  }

  /** From process start to the first ready answer, at the last start. */
  Duration startToReady() {
    return startToReady;
  }

  int port() {
    return port;
  }

  /** Starts the service and waits until it reports ready. */
  void start() throws IOException, InterruptedException {
    ProcessBuilder pb;
    if (distribution != null) {
      pb = new ProcessBuilder(List.of(distribution.resolve("bin/casesearch").toString(), "serve"));
      pb.environment().clear();
      pb.environment().put("PATH", "/nonexistent");
      pb.environment().put("HOME", dataDir.toAbsolutePath().toString());
      pb.environment().put("JAVA_OPTS", "-Xmx1g");
      pb.directory(Files.createDirectories(dataDir).toFile());
    } else {
      Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
      if (!Files.exists(jar))
        throw new IllegalStateException(jar + " is missing: run mvn verify, which packages first");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      pb =
          new ProcessBuilder(
              List.of(
                  java,
                  "--add-modules",
                  "jdk.incubator.vector",
                  "--enable-native-access=ALL-UNNAMED",
                  "-Xmx1g",
                  "-jar",
                  jar.toString()));
      pb.environment()
          .put("CASESEARCH_MODELS_DIR", System.getProperty("casesearch.models.dir", "models"));
    }
    pb.environment().put("CASESEARCH_DATA_DIR", dataDir.toAbsolutePath().toString());
    pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
    pb.environment().put("DJL_OFFLINE", "true");
    pb.environment().put("CASESEARCH_ADMIN_KEY", ADMIN_KEY);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = pb.start();
    long started = System.nanoTime();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive())
        throw new IllegalStateException(
            "service exited with " + process.exitValue() + "; see " + log);
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          startToReady = Duration.ofNanos(System.nanoTime() - started);
          if (key == null) key = createKey();
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("service not ready within 120 s; see " + log);
  }

  /** A one-off command's exit code and output. */
  record CommandResult(int exit, String output) {}

  /**
   * Runs a one-off command (backup, restore, ...) of the packaged application against this
   * service's data directory, as an operator would beside it.
   */
  CommandResult command(String... args) throws IOException, InterruptedException {
    return command(java.util.Map.of(), args);
  }

  /** As {@link #command(String...)}, with these environment variables added. */
  CommandResult command(java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    if (distribution != null)
      throw new UnsupportedOperationException("commands run from target/quarkus-app");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("CASESEARCH_DATA_DIR", dataDir.toAbsolutePath().toString());
    pb.environment().put("CASESEARCH_URL", "http://127.0.0.1:" + port);
    pb.environment()
        .put("CASESEARCH_MODELS_DIR", System.getProperty("casesearch.models.dir", "models"));
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new CommandResult(p.waitFor(), out);
  }

  /** Stops the service as systemd does (SIGTERM) and waits for it to exit. */
  void stop() throws InterruptedException {
    if (process == null) return;
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
      process.destroyForcibly().waitFor();
    process = null;
  }

  /** Kills the service at once (SIGKILL), as a crash would. */
  void kill() throws InterruptedException {
    if (process == null) return;
    process.destroyForcibly().waitFor();
    process = null;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(authorised(HttpRequest.newBuilder(uri(path))).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(
        authorised(HttpRequest.newBuilder(uri(path)))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** The service's application log (stdout and stderr). */
  Path log() {
    return log;
  }

  private HttpRequest.Builder authorised(HttpRequest.Builder b) {
    return key == null ? b : b.header("X-API-Key", key);
  }

  private String createKey() throws IOException, InterruptedException {
    String body =
        "{\"name\": \"it\", \"roles\": [\"practitioner\", \"ingest\"], \"all_cases\": true, \"restricted\": true}";
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(uri("/api/v1/admin/api-keys"))
                .header("X-API-Key", ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (r.statusCode() != 201)
      throw new IllegalStateException(
          "creating an API key failed: " + r.statusCode() + " " + r.body());
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("key").asText();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    try (HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
