package uk.casesearch.engine.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whole folders: copying one, deleting one, and measuring one; and making a file or a folder's list
 * of names durable (fsync), which an atomic rename needs before and after it to survive a power
 * cut.
 */
public final class FileTrees {

  private FileTrees() {}

  /** Copies a folder and everything under it to {@code to}; no file there may exist yet. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(dest);
        else Files.copy(p, dest);
      }
    }
  }

  /**
   * Copies a folder and everything under it to {@code to} like {@link #copy}, then syncs every
   * copied file and folder to disk, so that the copy survives a crash once this returns.
   */
  public static void copyDurably(Path from, Path to) throws IOException {
    copy(from, to);
    List<Path> copied;
    try (Stream<Path> walk = Files.walk(to)) {
      copied = walk.sorted(Comparator.reverseOrder()).toList(); // files before their folder
    }
    for (Path p : copied) {
      if (Files.isDirectory(p)) fsyncDir(p);
      else fsync(p);
    }
  }

  /** Forces a file's content and metadata to disk. */
  public static void fsync(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  /**
   * Forces a folder's list of names to disk, so that a file created or renamed into it stays there
   * after a crash. Some file systems cannot sync a folder; the rename is still atomic there, so a
   * failure is ignored.
   */
  public static void fsyncDir(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some file systems cannot sync a directory; the rename is still atomic.
    }
  }

  /** Deletes a file or a folder with everything under it; nothing happens when it is absent. */
  public static void delete(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
    }
  }

  /**
   * Bytes of the regular files under {@code dir}, 0 when it is absent. A file removed while the
   * walk runs (an index merging or committing) counts as 0.
   */
  public static long bytesUnder(Path dir) {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(FileTrees::sizeOrZero).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static long sizeOrZero(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
