package uk.casesearch.engine.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads index files once so that the kernel's page cache holds them before searches need them.
 * After a reboot the indexes are on disk only and every graph step of a search waits for a random
 * read; read sequentially first, they are in memory within seconds. The files are read with
 * ordinary reads, not through a mapping, so the pages are the kernel's to drop under pressure and
 * are not counted in the process's resident memory until a search touches them.
 */
public final class PageCache {

  private static final int BUFFER = 1 << 20;

  private PageCache() {}

  /**
   * Reads every regular file under each folder in turn (a file removed meanwhile, by a merge or a
   * commit, is skipped). Stops early, returning what it read so far, when the thread is
   * interrupted.
   *
   * @return the bytes read
   */
  public static long warm(List<Path> dirs) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
    long read = 0;
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) continue;
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      } catch (NoSuchFileException | UncheckedIOException gone) {
        continue; // a folder removed while it was listed
      }
      for (Path f : files) {
        if (Thread.currentThread().isInterrupted()) return read;
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
          int n;
          while ((n = ch.read(buffer.clear())) > 0) read += n;
        } catch (NoSuchFileException gone) {
          // merged or committed away since the walk
        } catch (ClosedByInterruptException stop) {
          return read;
        }
      }
    }
    return read;
  }

  /**
   * The memory the kernel says is available for new work without swapping ({@code MemAvailable} in
   * /proc/meminfo, which counts page cache it can drop), or -1 where that is not known.
   */
  public static long availableBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemAvailable:")) {
          String[] parts = line.split("\\s+");
          return Long.parseLong(parts[1]) * 1024; // kB
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or not readable
    }
    return -1;
  }
}
