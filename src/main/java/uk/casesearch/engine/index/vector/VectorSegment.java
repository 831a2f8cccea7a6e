package uk.casesearch.engine.index.vector;

import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.graph.similarity.DefaultSearchScoreProvider;
import io.github.jbellis.jvector.graph.similarity.SearchScoreProvider;
import io.github.jbellis.jvector.util.Bits;
import io.github.jbellis.jvector.vector.VectorSimilarityFunction;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import java.io.Closeable;
import java.io.IOException;
import uk.casesearch.engine.index.SearchFilter;

/**
 * One part of the vector index, numbered by ordinals of its own: the live graph that takes writes
 * ({@link LiveSegment}) or an immutable segment on disk ({@link SealedSegment}). A segment says
 * which of its passages a search may return and how to read and score their vectors; {@link
 * SegmentSearcher} decides between an exact scan and a graph walk and collects the hits, the same
 * way for every segment.
 *
 * <p>Not thread-safe on its own: the owning index's lock guards it, searches sharing it and writes
 * holding it exclusively.
 */
interface VectorSegment extends Closeable {

  /** The similarity of the whole index: vectors are L2-normalised, so the dot product. */
  VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

  /** Ordinals, live or deleted. */
  int size();

  /** Ordinals a search can return (not deleted). */
  int liveCount();

  /**
   * The passage at an ordinal; null for a deleted ordinal of the live graph, whose entry is gone at
   * once (a sealed segment keeps the entries of its deleted ordinals).
   */
  VectorEntry entry(int ordinal);

  /** Marks an ordinal deleted; the caller holds the owner's write lock. */
  void delete(int ordinal);

  /** The full vector of an ordinal, as a copy. */
  float[] vector(int ordinal) throws IOException;

  /**
   * The live ordinals passing {@code filter}, or null when there are more than {@code limit}; the
   * segment reads as few ordinals as it can to find them.
   */
  int[] accepted(SearchFilter filter, int limit);

  /** The ordinals a graph walk may return: live and passing {@code filter}. */
  Bits accepting(SearchFilter filter);

  /** This segment's graph, with no pending mutations while a search walks it. */
  ImmutableGraphIndex graph();

  /**
   * The full vectors by ordinal for one thread, read through {@code view}, a view of {@link
   * #graph()} that the caller closes.
   */
  RandomAccessVectorValues vectors(ImmutableGraphIndex.View view);

  /**
   * How a walk over {@code view} scores its candidates against {@code query}: exactly, with the
   * full vectors, unless the segment has compressed ones to walk with.
   */
  default SearchScoreProvider scoring(VectorFloat<?> query, ImmutableGraphIndex.View view) {
    return DefaultSearchScoreProvider.exact(query, SIMILARITY, vectors(view));
  }
}
