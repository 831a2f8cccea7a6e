package uk.casesearch.cli;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import uk.casesearch.app.indexing.IndexingService;
import uk.casesearch.app.store.RecordStore;

/**
 * Re-indexes every record from the database (vectors come from the vector cache, so unchanged text
 * is not embedded again) and removes index entries the database no longer holds.
 */
@Dependent
@Command(name = "reindex", description = "Rebuild both indexes from the database.")
public class ReindexCommand implements Callable<Integer> {

  private final RecordStore store;
  private final IndexingService indexing;

  @Inject
  public ReindexCommand(RecordStore store, IndexingService indexing) {
    this.store = store;
    this.indexing = indexing;
  }

  /** For reading the command line before the application starts; never run. */
  ReindexCommand() {
    this(null, null);
  }

  @Override
  public Integer call() {
    List<String> ids = new ArrayList<>(store.contentHashes().keySet());
    ids.sort(null);
    Progress progress = new Progress(System.out, ids.size(), "records");
    int chunk = 256;
    for (int i = 0; i < ids.size(); i += chunk) {
      indexing.submit(ids.subList(i, Math.min(ids.size(), i + chunk))).join();
      progress.update(Math.min(ids.size(), i + chunk), false);
    }
    var r = indexing.reconcile();
    progress.finish(ids.size());
    System.out.printf(
        Locale.ROOT,
        "re-indexed %d records; %d stale entries removed%n",
        ids.size(),
        r.toDelete().size());
    return 0;
  }
}
