package uk.casesearch.engine.index.vector;

import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.graph.disk.OnDiskGraphIndex;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Builds one sealed segment from the live passages of several: a new graph over their vectors (read
 * through the sources' mapped files), written with their entries in source order. The index runs a
 * merge in three steps, each under the lock it needs: {@link #liveOrdinals} under the read lock, to
 * fix which passages the merge carries; {@link #write} with no lock, as the sources are immutable
 * but for deletions; and {@link #carryOver} under the write lock, to bring over the deletions made
 * while the build ran and map the sources' ordinals to the new segment's.
 */
final class SegmentMerger {

  private final List<SealedSegment> sources;
  private final JVectorIndex.Config config;
  private final BooleanSupplier cancelled;

  // Merged ordinal i is ordinal ordinalOf[i] of source sourceOf[i].
  private final int[] sourceOf;
  private final int[] ordinalOf;
  private final VectorEntry[] entries;

  /**
   * The live ordinals of each source, ascending; the caller holds the index's read lock so that no
   * deletion lands halfway.
   */
  static List<int[]> liveOrdinals(List<SealedSegment> sources) {
    List<int[]> out = new ArrayList<>(sources.size());
    for (SealedSegment s : sources) {
      int[] live = new int[s.liveCount()];
      int n = 0;
      for (int ord = 0; ord < s.size(); ord++) if (!s.isDeleted(ord)) live[n++] = ord;
      out.add(live);
    }
    return out;
  }

  /**
   * @param liveOrdinals what {@link #liveOrdinals} returned for {@code sources}
   * @param cancelled true once the index is closing: the build then stops at its next vector read
   */
  SegmentMerger(
      List<SealedSegment> sources,
      List<int[]> liveOrdinals,
      JVectorIndex.Config config,
      BooleanSupplier cancelled) {
    this.sources = sources;
    this.config = config;
    this.cancelled = cancelled;
    int total = liveOrdinals.stream().mapToInt(a -> a.length).sum();
    this.sourceOf = new int[total];
    this.ordinalOf = new int[total];
    this.entries = new VectorEntry[total];
    for (int s = 0, i = 0; s < sources.size(); s++) {
      for (int ord : liveOrdinals.get(s)) {
        sourceOf[i] = s;
        ordinalOf[i] = ord;
        entries[i++] = sources.get(s).entry(ord);
      }
    }
  }

  /** Passages the merged segment holds. */
  int passages() {
    return sourceOf.length;
  }

  /**
   * Builds the merged graph, writes the segment into {@code segDir} and opens it; null when no
   * passage was live (nothing is written then).
   *
   * @throws CancellationException if the index closed meanwhile
   */
  SealedSegment write(Path segDir) throws IOException {
    int total = passages();
    if (total == 0) return null;
    MergedVectors vectors = new MergedVectors();
    try (GraphIndexBuilder b = config.graphBuilder(vectors)) {
      ImmutableGraphIndex graph = b.build(vectors);
      b.cleanup(); // completes the graph's pending work; JVector writes only a completed graph
      int[] identity = new int[total];
      for (int i = 0; i < total; i++) identity[i] = i;
      SealedSegment.write(
          segDir, graph, vectors, identity, entries, config.quantizeSubspaces(total));
    }
    return SealedSegment.open(segDir, config.dimension());
  }

  /**
   * Deletes from {@code merged} the passages deleted in a source since {@link #liveOrdinals}, and
   * returns each source's ordinal to merged ordinal map (-1 for an ordinal not carried over); the
   * caller holds the index's write lock.
   *
   * @param merged what {@link #write} returned
   */
  Map<SealedSegment, int[]> carryOver(SealedSegment merged) {
    Map<SealedSegment, int[]> newOrdinal = new IdentityHashMap<>();
    for (SealedSegment s : sources) {
      int[] map = new int[s.size()];
      Arrays.fill(map, -1);
      newOrdinal.put(s, map);
    }
    for (int i = 0; i < sourceOf.length; i++) {
      SealedSegment from = sources.get(sourceOf[i]);
      newOrdinal.get(from)[ordinalOf[i]] = i;
      if (from.isDeleted(ordinalOf[i])) merged.delete(i);
    }
    return newOrdinal;
  }

  /** The live vectors of the segments being merged, as one sequence; read through mapped files. */
  private final class MergedVectors implements RandomAccessVectorValues {
    private final OnDiskGraphIndex.View[] views;

    MergedVectors() {
      this.views = new OnDiskGraphIndex.View[sources.size()];
      for (int s = 0; s < views.length; s++) views[s] = sources.get(s).view();
    }

    @Override
    public int size() {
      return sourceOf.length;
    }

    @Override
    public int dimension() {
      return config.dimension();
    }

    @Override
    public VectorFloat<?> getVector(int node) {
      if (cancelled.getAsBoolean()) throw new CancellationException("the index is closing");
      return views[sourceOf[node]].getVector(ordinalOf[node]);
    }

    @Override
    public boolean isValueShared() {
      return true; // a view reads through one reader: each thread needs its own copy
    }

    @Override
    public RandomAccessVectorValues copy() {
      return new MergedVectors();
    }
  }
}
