package uk.casesearch.engine.index.vector;

import io.github.jbellis.jvector.graph.GraphSearcher;
import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.graph.SearchResult;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.SearchFilter;

/**
 * Answers a query over a list of segments: asks every segment for its best {@code topK} and keeps
 * the best of those. Within a segment it chooses between an exact scan and a graph walk: when the
 * filter lets few passages through (one child's case, say, or a small graph), an exact scan of
 * those passages beats a graph walk that must skip most nodes, and is exact; otherwise the filter
 * is applied inside the walk as accept-ordinals {@link io.github.jbellis.jvector.util.Bits}.
 *
 * <p>Stateless but for its settings; the caller holds the index's read lock for the whole search.
 */
final class SegmentSearcher {

  /** The least number of candidates a graph search keeps (its beam width). */
  static final int SEARCH_BEAM = 100;

  private final int exactSearchThreshold;

  /**
   * @param exactSearchThreshold below this many accepted passages a segment is scanned exactly
   */
  SegmentSearcher(int exactSearchThreshold) {
    this.exactSearchThreshold = exactSearchThreshold;
  }

  /** The best {@code topK} live passages passing {@code filter} in any of {@code segments}. */
  List<PassageHit> search(
      List<? extends VectorSegment> segments, VectorFloat<?> query, int topK, SearchFilter filter)
      throws IOException {
    List<PassageHit> hits = new ArrayList<>();
    for (VectorSegment s : segments) hits.addAll(search(s, query, topK, filter));
    hits.sort(PassageHit.BEST_FIRST);
    return hits.size() > topK ? new ArrayList<>(hits.subList(0, topK)) : hits;
  }

  /**
   * The best {@code topK} live passages of one segment passing {@code filter}: an exact scan when
   * the filter lets through at most {@code max(exactSearchThreshold, topK)} passages, a graph walk
   * otherwise.
   */
  List<PassageHit> search(
      VectorSegment segment, VectorFloat<?> query, int topK, SearchFilter filter)
      throws IOException {
    if (segment.liveCount() == 0) return List.of();
    int limit = Math.max(exactSearchThreshold, topK);
    // Without a filter every live passage is accepted: no need to count them when they are many.
    int[] accepted =
        filter.isEmpty() && segment.liveCount() > limit ? null : segment.accepted(filter, limit);
    if (accepted != null) return exactScan(segment, query, topK, accepted);
    return graphWalk(segment, query, topK, filter);
  }

  private static List<PassageHit> exactScan(
      VectorSegment segment, VectorFloat<?> query, int topK, int[] ordinals) throws IOException {
    List<PassageHit> all = new ArrayList<>(ordinals.length);
    try (ImmutableGraphIndex.View view = segment.graph().getView()) {
      RandomAccessVectorValues vectors = segment.vectors(view);
      for (int ord : ordinals) {
        VectorEntry e = segment.entry(ord);
        float score = VectorSegment.SIMILARITY.compare(query, vectors.getVector(ord));
        all.add(new PassageHit(e.recordId(), e.passage(), score));
      }
    }
    all.sort(PassageHit.BEST_FIRST);
    return new ArrayList<>(all.subList(0, Math.min(topK, all.size())));
  }

  private static List<PassageHit> graphWalk(
      VectorSegment segment, VectorFloat<?> query, int topK, SearchFilter filter)
      throws IOException {
    try (GraphSearcher searcher = new GraphSearcher(segment.graph())) {
      // Search wider than topK (JVector's rerankK is the beam): a beam of 10 finds ~88% of the
      // true top 10 on 32-dimensional data, a beam of 100 well over 95%.
      int beam = Math.max(topK, SEARCH_BEAM);
      SearchResult r =
          searcher.search(
              segment.scoring(query, searcher.getView()),
              beam,
              beam,
              0f,
              0f,
              segment.accepting(filter));
      List<PassageHit> hits = new ArrayList<>(topK);
      for (SearchResult.NodeScore ns : r.getNodes()) {
        if (hits.size() == topK) break;
        VectorEntry e = segment.entry(ns.node);
        if (e != null) hits.add(new PassageHit(e.recordId(), e.passage(), ns.score));
      }
      return hits;
    }
  }
}
