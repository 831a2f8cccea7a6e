package uk.casesearch.engine.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {

  @TempDir Path dir;

  @Test
  void readsEveryFileUnderEachFolderAndSkipsMissingFolders() throws Exception {
    Random random = new Random(42);
    long total = 0;
    for (String name :
        List.of(
            "vector/seg-1/graph.jv",
            "vector/seg-1/entries.bin",
            "text/_0.cfs",
            "text/segments_2",
            "text/empty")) {
      byte[] bytes =
          new byte
              [name.endsWith("empty") ? 0 : 1 + random.nextInt(3 << 20)]; // some over one buffer
      random.nextBytes(bytes);
      Path f = dir.resolve(name);
      Files.createDirectories(f.getParent());
      Files.write(f, bytes);
      total += bytes.length;
    }
    long read =
        PageCache.warm(List.of(dir.resolve("vector"), dir.resolve("missing"), dir.resolve("text")));
    assertEquals(total, read);
    assertEquals(FileTrees.bytesUnder(dir), read);
  }

  @Test
  void stopsWhenInterrupted() throws Exception {
    Files.write(dir.resolve("a.bin"), new byte[1 << 16]);
    AtomicLong read = new AtomicLong(-1);
    Thread t =
        Thread.ofPlatform()
            .unstarted(
                () -> {
                  Thread.currentThread().interrupt();
                  try {
                    read.set(PageCache.warm(List.of(dir)));
                  } catch (Exception e) {
                    throw new AssertionError(e);
                  }
                });
    t.start();
    t.join();
    assertEquals(0, read.get());
  }

  @Test
  void availableMemoryIsKnownOnLinux() {
    long available = PageCache.availableBytes();
    if (Files.isReadable(Path.of("/proc/meminfo")))
      assertTrue(available > 0, "MemAvailable: " + available);
    else assertEquals(-1, available);
  }
}
