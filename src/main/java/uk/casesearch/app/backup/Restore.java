package uk.casesearch.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.casesearch.engine.util.FileTrees;

/**
 * Puts a backup back into a data directory, with no application running: the backup is checked
 * against its manifest, unpacked beside the data directory's current files, and only then swapped
 * in; the files it replaces are moved aside, never deleted. The next start reconciles the indexes
 * with the database (see {@link BackupService}).
 */
public final class Restore {

  /** The H2 file the default JDBC URL names, under {@code <data-dir>/db}. */
  static final String H2_FILE = "casesearch.mv.db";

  private Restore() {}

  /**
   * @param replaced where the previous database and indexes went, or null when there were none
   */
  public record Result(BackupManifest manifest, Path replaced) {}

  public static Result run(Path backup, Path dataDir) throws IOException {
    BackupManifest manifest = BackupManifest.readAndVerify(backup);
    boolean withDatabase = manifest.database().equals("h2");
    Files.createDirectories(dataDir);
    refuseIfInUse(dataDir.resolve("db").resolve(H2_FILE));
    String stamp = Instant.now().toString().replace(':', '-');
    Path staging = dataDir.resolve("restore-" + stamp + ".partial");
    FileTrees.delete(staging);
    try {
      if (withDatabase)
        unzip(
            backup.resolve(BackupManifest.DATABASE_ZIP),
            Files.createDirectories(staging.resolve("db")));
      FileTrees.copy(backup.resolve(BackupManifest.INDEX), staging.resolve("index"));
    } catch (IOException | RuntimeException e) {
      FileTrees.delete(staging);
      throw e;
    }
    // Nothing in the data directory has changed so far. Now swap, moving the old files aside.
    Path replaced = dataDir.resolve("replaced-" + stamp);
    boolean movedAny = false;
    for (String part : withDatabase ? new String[] {"db", "index"} : new String[] {"index"}) {
      Path current = dataDir.resolve(part);
      if (Files.exists(current)) {
        Files.createDirectories(replaced);
        Files.move(current, replaced.resolve(part), StandardCopyOption.ATOMIC_MOVE);
        movedAny = true;
      }
      Files.move(staging.resolve(part), current, StandardCopyOption.ATOMIC_MOVE);
    }
    FileTrees.delete(staging);
    return new Result(manifest, movedAny ? replaced : null);
  }

  /** H2 holds a lock on its file while a service has it open. */
  private static void refuseIfInUse(Path h2File) throws IOException {
    if (!Files.exists(h2File)) return;
    try (FileChannel ch =
        FileChannel.open(h2File, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null)
        throw new IOException("the database " + h2File + " is in use: stop the service first");
      lock.release();
    }
  }

  private static void unzip(Path zip, Path folder) throws IOException {
    Path into = folder.toAbsolutePath().normalize();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path out = into.resolve(e.getName()).normalize();
        if (!out.startsWith(into))
          throw new IOException("database.zip holds a path outside its folder: " + e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy((InputStream) in, out);
        }
      }
    }
  }
}
