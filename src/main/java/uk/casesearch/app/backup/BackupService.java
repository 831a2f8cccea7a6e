package uk.casesearch.app.backup;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.app.indexing.IndexingService;
import uk.casesearch.app.store.RecordStore;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.index.vector.VectorIndex;
import uk.casesearch.engine.util.FileTrees;

/**
 * Online backup while the service runs: the indexes are committed and copied with indexing held off
 * (searches go on), then the database is copied by H2's own online {@code BACKUP TO}, which is
 * transactionally consistent. The database is the record of truth: whatever it holds that the index
 * snapshot lacks (records acknowledged while the copy ran) is indexed by the start-up reconcile
 * after a restore, and index entries it lacks are removed, so a restored service is consistent
 * without a full reindex. The folder appears under its final name only when complete.
 */
@ApplicationScoped
public class BackupService {

  private static final Logger LOG = Logger.getLogger(BackupService.class);
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final CasesearchConfig config;
  private final TextIndex text;
  private final VectorIndex vectors;
  private final IndexingService indexing;
  private final RecordStore store;
  private final AgroalDataSource dataSource;
  private final String version;

  /** One backup at a time. */
  private final ReentrantLock running = new ReentrantLock();

  public BackupService(
      CasesearchConfig config,
      TextIndex text,
      VectorIndex vectors,
      IndexingService indexing,
      RecordStore store,
      AgroalDataSource dataSource,
      @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
          String version) {
    this.config = config;
    this.text = text;
    this.vectors = vectors;
    this.indexing = indexing;
    this.store = store;
    this.dataSource = dataSource;
    this.version = version;
  }

  /** A finished backup: its folder and manifest. */
  public record Result(Path path, BackupManifest manifest, long bytes, long millis) {}

  /** Thrown when a backup is already running. */
  public static final class BusyException extends IllegalStateException {
    BusyException() {
      super("a backup is already running");
    }
  }

  public Result backup() throws IOException {
    if (!running.tryLock()) throw new BusyException();
    try {
      long t0 = System.nanoTime();
      Instant now = Instant.now();
      Path dir = config.backupDir().orElse(config.dataDir().resolve("backups"));
      Path target = dir.resolve("casesearch-" + NAME.format(now));
      Path partial = dir.resolve(target.getFileName() + ".partial");
      FileTrees.delete(partial);
      Files.createDirectories(partial);
      try {
        indexing.snapshot(partial.resolve(BackupManifest.INDEX));
        String database = backupDatabase(partial.resolve(BackupManifest.DATABASE_ZIP));
        var files = BackupManifest.list(partial);
        BackupManifest manifest =
            new BackupManifest(
                BackupManifest.FORMAT,
                now.toString(),
                version,
                database,
                store.count(),
                text.size(),
                vectors.size(),
                files);
        manifest.write(partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        long bytes = files.stream().mapToLong(BackupManifest.FileEntry::bytes).sum();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        LOG.infof(
            "backup written to %s: %d files, %d bytes in %d ms",
            target, files.size(), bytes, millis);
        return new Result(target, manifest, bytes, millis);
      } catch (IOException | RuntimeException e) {
        FileTrees.delete(partial);
        throw e;
      }
    } finally {
      running.unlock();
    }
  }

  /**
   * H2 copies itself consistently while in use; another database is backed up with its own tools.
   */
  private String backupDatabase(Path zip) throws IOException {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      if (!product.equalsIgnoreCase("H2")) {
        return "not included: back up " + product + " with its own tools (pg_dump for PostgreSQL)";
      }
      try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
        ps.setString(1, zip.toAbsolutePath().toString());
        ps.execute();
      }
      return "h2";
    } catch (SQLException e) {
      throw new IOException("database backup failed: " + e.getMessage(), e);
    }
  }
}
