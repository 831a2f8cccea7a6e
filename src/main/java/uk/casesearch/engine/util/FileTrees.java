package uk.casesearch.engine.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole folders: copying one, deleting one, and measuring one. */
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
