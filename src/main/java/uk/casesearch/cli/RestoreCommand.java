package uk.casesearch.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.casesearch.app.backup.Restore;

/**
 * Restores a backup folder into a data directory while the service is stopped. Runs without
 * starting the application, which would open the very files being replaced.
 */
@Command(
    name = "restore",
    description = {
      "Restore a backup made by `casesearch backup` into the data directory. Stop the service first.",
      "What the data directory held is moved aside (data/replaced-<time>/), not deleted."
    })
public final class RestoreCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "BACKUP",
      description = "the backup folder (casesearch-<time>)")
  Path backup;

  @Option(
      names = "--data-dir",
      description =
          "the data directory (default: the configured one, casesearch.data-dir or CASESEARCH_DATA_DIR, else ./data)")
  Path dataDir;

  @Override
  public Integer call() {
    Path data = dataDir != null ? dataDir : DataDirectory.configured();
    try {
      Restore.Result r = Restore.run(backup, data);
      System.out.printf(
          Locale.ROOT,
          "restored %s (%d records, made %s) into %s%n",
          backup,
          r.manifest().records(),
          r.manifest().createdAt(),
          data);
      if (r.replaced() != null)
        System.out.println("the previous database and indexes were moved to " + r.replaced());
      if (!r.manifest().database().equals("h2"))
        System.out.println("database: " + r.manifest().database());
      System.out.println(
          "start the service: it checks the indexes against the database before it reports ready");
      return 0;
    } catch (Exception e) {
      System.err.println("restore failed: " + e.getMessage());
      return 1;
    }
  }
}
