package uk.casesearch.engine.index.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.index.RecordMeta;

class SegmentMergerTest {

  private static final int DIM = 4;
  private static final JVectorIndex.Config CONFIG = JVectorIndex.Config.defaults(DIM);
  private static final RecordMeta META = new RecordMeta("case-1", null, null, null, null, false);

  @TempDir Path dir;

  private static float[] unit(int i) {
    double a = Math.toRadians(i * 37);
    return new float[] {(float) Math.cos(a), (float) Math.sin(a), 0, 0};
  }

  /** A sealed segment of one-passage records {@code prefix0..prefix(n-1)}. */
  private SealedSegment sealed(String name, String prefix, int n, int seed) throws IOException {
    try (LiveSegment live = new LiveSegment(CONFIG)) {
      for (int i = 0; i < n; i++) live.add(prefix + i, "h", META, List.of(unit(seed + i)));
      live.insert(0, live.nextOrdinal());
      live.cleanup();
      live.seal(dir.resolve(name), 0);
    }
    return SealedSegment.open(dir.resolve(name), DIM);
  }

  @Test
  void mergesTheLivePassagesInSourceOrderAndCarriesLaterDeletionsOver() throws IOException {
    List<SealedSegment> sources = new ArrayList<>();
    sources.add(sealed("seg-0", "a", 5, 0));
    sources.add(sealed("seg-1", "b", 4, 10));
    try {
      sources.get(0).delete(1); // deleted before the merge: not carried
      SegmentMerger merger =
          new SegmentMerger(sources, SegmentMerger.liveOrdinals(sources), CONFIG, () -> false);
      assertEquals(8, merger.passages());
      sources.get(1).delete(2); // deleted while the merge runs: carried over as a deletion

      try (SealedSegment merged = merger.write(dir.resolve("seg-2"))) {
        assertEquals(8, merged.size());
        List<String> ids = new ArrayList<>();
        for (int ord = 0; ord < merged.size(); ord++) ids.add(merged.entry(ord).recordId());
        assertEquals(List.of("a0", "a2", "a3", "a4", "b0", "b1", "b2", "b3"), ids);
        assertArrayEquals(sources.get(1).vector(0), merged.vector(4), 0f);
        assertEquals(8, merged.liveCount(), "nothing deleted until the swap");

        Map<SealedSegment, int[]> map = merger.carryOver(merged);
        assertArrayEquals(new int[] {0, -1, 1, 2, 3}, map.get(sources.get(0)));
        assertArrayEquals(new int[] {4, 5, 6, 7}, map.get(sources.get(1)));
        assertTrue(merged.isDeleted(6), "b2 was deleted during the merge");
        assertEquals(7, merged.liveCount());
      }
    } finally {
      for (SealedSegment s : sources) s.close();
    }
  }

  @Test
  void nothingLiveWritesNothingAndAClosingIndexStopsTheBuild() throws IOException {
    try (SealedSegment only = sealed("seg-0", "a", 3, 0)) {
      for (int ord = 0; ord < 3; ord++) only.delete(ord);
      List<SealedSegment> sources = List.of(only);
      SegmentMerger empty =
          new SegmentMerger(sources, SegmentMerger.liveOrdinals(sources), CONFIG, () -> false);
      assertEquals(0, empty.passages());
      assertNull(empty.write(dir.resolve("seg-1")));
      assertFalse(Files.exists(dir.resolve("seg-1")));
    }
    try (SealedSegment source = sealed("seg-2", "b", 6, 0)) {
      List<SealedSegment> sources = List.of(source);
      SegmentMerger closing =
          new SegmentMerger(sources, SegmentMerger.liveOrdinals(sources), CONFIG, () -> true);
      assertThrows(CancellationException.class, () -> closing.write(dir.resolve("seg-3")));
      assertFalse(Files.exists(dir.resolve("seg-3")), "no segment under its final name");
    }
  }
}
