package uk.casesearch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The distribution as an operator installs it: unpacked into an empty folder and started by its
 * launcher with no JDK on PATH and no JAVA_HOME. It must become ready, take a record and find it.
 */
class DistributionIT {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void theUnpackedDistributionRunsWithoutAJdk() throws Exception {
    Path tarball;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      tarball =
          files
              .filter(
                  p -> p.getFileName().toString().matches("casesearch-.*-linux-x86_64\\.tar\\.gz"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no distribution under target/: run mvn verify without -Ddist.skip"));
    }
    Path root =
        Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "dist-")
            .toAbsolutePath();
    Process untar =
        new ProcessBuilder(
                "tar", "-xzf", tarball.toAbsolutePath().toString(), "-C", root.toString())
            .inheritIO()
            .start();
    assertEquals(0, untar.waitFor(), "tar failed");
    Path home;
    try (Stream<Path> dirs = Files.list(root)) {
      home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    for (String part :
        List.of(
            "bin/casesearch",
            "runtime/bin/java",
            "app/quarkus-run.jar",
            "app/app.aot",
            "models/bge-small-en-v1.5-q",
            "config/application.properties.example",
            "systemd/casesearch.service")) {
      assertTrue(Files.exists(home.resolve(part)), part + " is missing from the distribution");
    }
    assertTrue(
        Files.isExecutable(home.resolve("bin/casesearch"))
            && Files.isExecutable(home.resolve("runtime/bin/java")));
    // Linux x86-64 native libraries only, none of the other platforms' the library jars carry.
    List<String> foreign = new java.util.ArrayList<>();
    boolean linux = false;
    try (Stream<Path> jars = Files.list(home.resolve("app/lib/main"))) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
          for (var e : java.util.Collections.list(zip.entries())) {
            String n = e.getName();
            if (n.matches(".*\\.(dylib|dll|pdb)$")
                || n.matches(
                    "(ai/onnxruntime/native|native/lib)/(linux-aarch64|osx|win).*\\.(so|dylib|dll)$")) {
              foreign.add(jar.getFileName() + "!" + n);
            }
            if (n.equals("ai/onnxruntime/native/linux-x64/libonnxruntime.so")) linux = true;
          }
        }
      }
    }
    assertTrue(linux, "ONNX Runtime's Linux x86-64 library is in the distribution");
    assertEquals(
        List.of(),
        foreign.stream()
            .filter(n -> n.contains("onnxruntime") || n.contains("tokenizers"))
            .toList(),
        "other platforms' libraries of ONNX Runtime and the tokenizer");
    try (ServiceProcess service = ServiceProcess.distribution(home, root.resolve("data"))) {
      service.start();
      System.out.println(
          "distribution start-to-ready: " + service.startToReady().toMillis() + " ms");
      String record =
          "{\"id\":\"DIST-1\",\"case_id\":\"CASE-DIST\",\"type\":\"case_note\",\"date\":\"2024-02-01\","
              + "\"text\":\"On the visit there was no food in the cupboards and the children wore dirty clothes.\"}";
      var ingest =
          service.post(
              "/api/v1/records?wait=true",
              "application/json",
              ("[" + record + "]").getBytes(StandardCharsets.UTF_8));
      assertEquals(200, ingest.statusCode(), ingest.body());
      var search = service.get("/api/v1/search?q=instances+of+neglect&case=CASE-DIST");
      assertEquals(200, search.statusCode(), search.body());
      JsonNode hits = mapper.readTree(search.body()).get("hits");
      assertEquals("DIST-1", hits.get(0).get("id").asText(), search.body());
      var java =
          new ProcessBuilder(home.resolve("runtime/bin/java").toString(), "--list-modules")
              .redirectErrorStream(true)
              .start();
      String modules = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      java.waitFor();
      assertTrue(
          modules.contains("jdk.incubator.vector") && !modules.contains("jdk.compiler"),
          "a trimmed runtime with SIMD: " + modules);
      // The AOT cache was made for exactly this runtime and these options: the JVM took it without
      // complaint.
      String log = Files.readString(service.log());
      assertTrue(
          !log.contains("[error][aot]") && !log.contains("[warning][aot]"),
          "the AOT cache was refused:\n" + log.lines().filter(l -> l.contains("aot")).toList());
    }
  }
}
