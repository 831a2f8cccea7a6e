package uk.casesearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.casesearch.app.IngestService;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;

/** Imports a JSONL file of records: validated, stored, indexed, with progress and a summary. */
@Dependent
@Command(name = "import", description = "Import records from a JSONL file (one record per line).")
public class ImportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the JSONL file")
  Path file;

  @Option(names = "--batch", defaultValue = "64", description = "records stored per transaction (default ${DEFAULT-VALUE})")
  int batch;

  private final IngestService ingest;
  private final ObjectMapper mapper;

  public ImportCommand(IngestService ingest, ObjectMapper mapper) {
    this.ingest = ingest;
    this.mapper = mapper;
  }

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    if (!Files.isRegularFile(file)) {
      System.err.println("no such file: " + file);
      return 2;
    }
    if (batch < 1 || batch > 10_000) {
      System.err.println("--batch must be in [1, 10000], got: " + batch);
      return 2;
    }
    long total;
    try (Stream<String> lines = Files.lines(file)) {
      total = lines.filter(l -> !l.isBlank()).count();
    } catch (java.io.UncheckedIOException e) {
      System.err.println("cannot read " + file + ": " + e.getCause().getMessage() + " (is it UTF-8?)");
      return 2;
    }
    RecordParser parser = ingest.parser();
    Progress progress = new Progress(out, total, "records");
    List<String> failures = new ArrayList<>();
    int failed = 0;
    long stored = 0;
    long unchanged = 0;
    long done = 0;
    List<CaseRecord> pending = new ArrayList<>(batch);
    CompletableFuture<Void> lastIndexed = CompletableFuture.completedFuture(null);
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      long lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) continue;
        RecordParser.Result r;
        try {
          r = parser.parse(mapper.readTree(line), true);
        } catch (JsonProcessingException e) {
          r = new RecordParser.Result(null, null, List.of("malformed JSON: " + e.getOriginalMessage()));
        }
        if (r.ok()) {
          pending.add(r.record());
        } else {
          failed++;
          if (failures.size() < 50) failures.add("line " + lineNo + (r.id() == null ? "" : " (" + r.id() + ")") + ": " + String.join("; ", r.errors()));
        }
        if (pending.size() >= batch) {
          IngestService.Stored s = ingest.storeAndQueue(pending);
          stored += s.result().changed().size();
          unchanged += s.result().unchanged();
          done += pending.size();
          pending = new ArrayList<>(batch);
          // Keep at most one batch being indexed while the next is parsed and stored.
          lastIndexed.join();
          lastIndexed = s.indexed();
        }
        progress.update(done + failed, false);
      }
    }
    if (!pending.isEmpty()) {
      IngestService.Stored s = ingest.storeAndQueue(pending);
      stored += s.result().changed().size();
      unchanged += s.result().unchanged();
      done += pending.size();
      lastIndexed.join();
      lastIndexed = s.indexed();
    }
    lastIndexed.join();
    progress.finish(done + failed);
    out.printf(
        "imported %s: %d stored and indexed, %d unchanged, %d rejected, in %.1f s%n",
        file.getFileName(), stored, unchanged, failed, progress.elapsedSeconds());
    failures.forEach(f -> out.println("  rejected " + f));
    if (failed > failures.size()) out.println("  ... and " + (failed - failures.size()) + " more");
    return failed == 0 ? 0 : 1;
  }
}
