package uk.casesearch.cli;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.indexing.IndexingService;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.embed.Embedder;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.VectorIndex;

/**
 * Starts everything the service needs (database and its migrations, model, both indexes, the
 * start-up check) without opening the HTTP port, reports what it found and stops: a check of a
 * configuration and a data directory before the service is started on them.
 */
@Dependent
@Command(
    name = "check",
    description = {
      "Start the database, model and indexes on the data directory, run the start-up check, report and stop.",
      "A configuration check for operators; the service must be stopped."
    })
public class CheckCommand implements Callable<Integer> {

  private final Embedder embedder;
  private final TextIndex text;
  private final VectorIndex vectors;
  private final IndexingService indexing;
  private final RecordStore store;
  private final CasesearchConfig config;

  @Inject
  public CheckCommand(
      Embedder embedder,
      TextIndex text,
      VectorIndex vectors,
      IndexingService indexing,
      RecordStore store,
      CasesearchConfig config) {
    this.embedder = embedder;
    this.text = text;
    this.vectors = vectors;
    this.indexing = indexing;
    this.store = store;
    this.config = config;
  }

  /** For reading the command line before the application starts; never run. */
  CheckCommand() {
    this(null, null, null, null, null, null);
  }

  @Override
  public Integer call() {
    indexing.startupRepair().join();
    System.out.printf(
        Locale.ROOT, "data directory: %s%n", config.dataDir().toAbsolutePath().normalize());
    System.out.printf(Locale.ROOT, "records in the database: %d%n", store.count());
    System.out.printf(Locale.ROOT, "model: %s%n", embedder.modelId());
    System.out.printf(
        Locale.ROOT,
        "text index: %d passages; vector index: %d passages in segments %s%n",
        text.size(),
        vectors.size(),
        vectors.segmentSizes());
    System.out.printf(
        Locale.ROOT,
        "start-up check: %s, %d records re-indexed%n",
        indexing.startupCheck().name().toLowerCase(Locale.ROOT),
        indexing.repairedAtStart());
    System.out.println("ok");
    return 0;
  }
}
