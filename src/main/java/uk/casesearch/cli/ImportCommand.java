package uk.casesearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.indexing.DocumentService;
import uk.casesearch.app.indexing.IngestService;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.ingest.RecordParser;
import uk.casesearch.engine.ingest.doc.DocumentException;
import uk.casesearch.engine.util.Hashes;

/**
 * Imports an archive: JSONL files of records, and manifests ({@code manifest.jsonl}: one line of
 * record fields plus {@code path} per document file) whose files are read like uploaded documents,
 * given as files or as folders to walk. Documents are read on several threads while the previous
 * batch is embedded and indexed. Progress shows rate and time left; a summary lists every failure
 * with its reason. A journal under the data directory records each batch once it is committed, so
 * an interrupted import run again with the same paths resumes where it stopped; a finished import
 * removes its journal, and running it again re-reads everything (unchanged records cost nothing).
 */
@Dependent
@Command(
    name = "import",
    description =
        "Import records (JSONL files) and documents (manifest.jsonl + files), from files or folders.")
public class ImportCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "JSONL record files, manifest.jsonl files, or folders holding them")
  List<Path> paths;

  @Option(
      names = "--batch",
      defaultValue = "64",
      description = "records stored per transaction (default ${DEFAULT-VALUE})")
  int batch;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "threads reading documents (default ${DEFAULT-VALUE})")
  int threads;

  @Option(
      names = "--restart",
      description = "ignore the journal of an interrupted run and read everything again")
  boolean restart;

  private final IngestService ingest;
  private final DocumentService documents;
  private final CasesearchConfig config;
  private final ObjectMapper mapper;

  @Inject
  public ImportCommand(
      IngestService ingest,
      DocumentService documents,
      CasesearchConfig config,
      ObjectMapper mapper) {
    this.ingest = ingest;
    this.documents = documents;
    this.config = config;
    this.mapper = mapper;
  }

  /** For reading the command line before the application starts; never run. */
  ImportCommand() {
    this(null, null, null, null);
  }

  /** One line of a source: a record, or a manifest line naming a document file. */
  private record Unit(Path source, long line, String text, boolean manifest) {
    /** Stable across runs while the line is unchanged. */
    String key() {
      return Hashes.sha256Hex(
          source.toAbsolutePath().normalize() + "\u0000" + line + "\u0000" + text);
    }
  }

  /** What reading a unit gave: a record to store, a document already stored, or a failure. */
  private record Outcome(CaseRecord record, DocumentService.Stored document, String failure) {}

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    if (batch < 1 || batch > 10_000) {
      System.err.println("--batch must be in [1, 10000], got: " + batch);
      return 2;
    }
    if (threads < 1 || threads > 64) {
      System.err.println("--threads must be in [1, 64], got: " + threads);
      return 2;
    }
    List<Path> sources = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        System.err.println("no such file or folder: " + p);
        return 2;
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".jsonl"))
              .filter(f -> isManifest(f) || holdsRecords(f))
              .sorted()
              .forEach(sources::add);
        }
      } else {
        sources.add(p);
      }
    }
    long total = 0;
    for (Path s : sources) {
      try (Stream<String> lines = Files.lines(s)) {
        total += lines.filter(l -> !l.isBlank()).count();
      } catch (UncheckedIOException e) {
        System.err.println(
            "cannot read " + s + ": " + e.getCause().getMessage() + " (is it UTF-8?)");
        return 2;
      }
    }
    Journal journal = Journal.open(config.dataDir().resolve("import-journal"), sources, restart);
    if (journal.resumed() > 0)
      out.printf(
          Locale.ROOT,
          "resuming: %d lines were imported by an earlier, interrupted run%n",
          journal.resumed());

    Progress progress = new Progress(out, total, "lines");
    Counts counts = new Counts();
    List<String> failures = new ArrayList<>();
    ExecutorService readers =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().daemon().name("import-", 0).factory());
    CompletableFuture<Void> lastIndexed = CompletableFuture.completedFuture(null);
    try {
      List<Unit> pending = new ArrayList<>(batch);
      for (Path source : sources) {
        boolean manifest = isManifest(source);
        var decoder =
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(Files.newInputStream(source), decoder))) {
          String line;
          long lineNo = 0;
          while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            Unit u = new Unit(source, lineNo, line, manifest);
            if (journal.done(u.key())) {
              counts.skipped++;
              continue;
            }
            pending.add(u);
            if (pending.size() >= batch) {
              lastIndexed = runBatch(pending, readers, lastIndexed, journal, counts, failures);
              pending = new ArrayList<>(batch);
              progress.update(counts.seen(), false);
            }
          }
        } catch (CharacterCodingException e) {
          counts.failed++;
          failures.add(source + ": not valid UTF-8; the lines after the bad bytes were not read");
        }
      }
      if (!pending.isEmpty())
        lastIndexed = runBatch(pending, readers, lastIndexed, journal, counts, failures);
      lastIndexed.join();
    } finally {
      readers.shutdownNow();
    }
    progress.finish(counts.seen());
    journal.finish();
    double seconds = progress.elapsedSeconds();
    out.printf(
        Locale.ROOT,
        "imported %d stored and indexed, %d unchanged, %d rejected%s, in %.1f s (%.1f lines/s)%n",
        counts.stored,
        counts.unchanged,
        counts.failed,
        counts.skipped > 0 ? ", " + counts.skipped + " already imported" : "",
        seconds,
        (counts.seen() - counts.skipped) / Math.max(seconds, 1e-9));
    failures.stream().limit(50).forEach(f -> out.println("  rejected " + f));
    if (failures.size() > 50) out.println("  ... and " + (failures.size() - 50) + " more");
    return counts.failed == 0 ? 0 : 1;
  }

  private static final class Counts {
    long stored;
    long unchanged;
    long failed;
    long skipped;

    long seen() {
      return stored + unchanged + failed + skipped;
    }
  }

  /**
   * Reads a batch (documents in parallel), stores it, and journals it once committed. Keeps at most
   * one earlier batch being indexed while this one is read.
   */
  private CompletableFuture<Void> runBatch(
      List<Unit> units,
      ExecutorService readers,
      CompletableFuture<Void> previous,
      Journal journal,
      Counts counts,
      List<String> failures)
      throws IOException {
    List<Future<Outcome>> read = new ArrayList<>(units.size());
    for (Unit u : units) read.add(readers.submit(() -> read(u)));
    List<CaseRecord> records = new ArrayList<>();
    List<CompletableFuture<Void>> indexed = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Outcome o;
      try {
        o = read.get(i).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        o = new Outcome(null, null, "cannot be read: " + e.getCause().getClass().getSimpleName());
      }
      Unit u = units.get(i);
      if (o.failure() != null) {
        counts.failed++;
        failures.add(u.source().getFileName() + " line " + u.line() + ": " + o.failure());
      } else if (o.document() != null) {
        if (o.document().result().unchanged()) counts.unchanged++;
        else counts.stored++;
        indexed.add(o.document().indexed());
      } else {
        records.add(o.record());
      }
    }
    if (!records.isEmpty()) {
      IngestService.Stored s = ingest.storeAndQueue(records);
      counts.stored += s.result().changed().size();
      counts.unchanged += s.result().unchanged();
      indexed.add(s.indexed());
    }
    // Committed: a re-run after a crash need not read these lines again.
    journal.record(units.stream().map(Unit::key).toList());
    previous.join();
    return CompletableFuture.allOf(indexed.toArray(CompletableFuture[]::new));
  }

  private Outcome read(Unit u) {
    JsonNode node;
    try {
      node = mapper.readTree(u.text());
    } catch (JsonProcessingException e) {
      return new Outcome(null, null, "malformed JSON: " + e.getOriginalMessage());
    }
    if (!u.manifest()) {
      RecordParser.Result r = ingest.parser().parse(node, true);
      return r.ok()
          ? new Outcome(r.record(), null, null)
          : new Outcome(
              null,
              null,
              (r.id() == null ? "" : "(" + r.id() + ") ") + String.join("; ", r.errors()));
    }
    if (!(node instanceof ObjectNode fields) || !fields.hasNonNull("path")) {
      return new Outcome(null, null, "a manifest line needs a path to its file");
    }
    String relative = fields.get("path").asText();
    Path file = resolve(u.source(), relative);
    if (file == null) return new Outcome(null, null, "no file at " + relative);
    ObjectNode metadata = fields.deepCopy();
    metadata.remove("path");
    metadata.remove("format");
    try {
      return new Outcome(
          null,
          documents.store(Files.readAllBytes(file), file.getFileName().toString(), metadata),
          null);
    } catch (DocumentException e) {
      return new Outcome(null, null, relative + ": " + e.reason().code() + ": " + e.getMessage());
    } catch (DocumentService.InvalidMetadata e) {
      return new Outcome(null, null, e.getMessage());
    } catch (IOException e) {
      return new Outcome(
          null, null, relative + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * A manifest's file path, relative to the manifest's folder or to the folder above it (where a
   * case corpus keeps {@code files/manifest.jsonl} with paths such as {@code files/C1/D1.eml}).
   */
  private static Path resolve(Path manifest, String relative) {
    Path dir = manifest.toAbsolutePath().normalize().getParent();
    for (Path base : new Path[] {dir, dir.getParent()}) {
      if (base == null) continue;
      Path f = base.resolve(relative).normalize();
      if (f.startsWith(base) && Files.isRegularFile(f)) return f;
    }
    return null;
  }

  private static boolean isManifest(Path f) {
    String name = f.getFileName().toString();
    return name.equals("manifest.jsonl") || name.endsWith("-manifest.jsonl");
  }

  /**
   * A JSONL file whose first line is a record (it has a case_id); judged queries and the like are
   * not.
   */
  private boolean holdsRecords(Path f) {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        return mapper.readTree(line).hasNonNull("case_id");
      }
    } catch (IOException | UncheckedIOException e) {
      return true; // let the import report what is wrong with it
    }
    return false;
  }
}
