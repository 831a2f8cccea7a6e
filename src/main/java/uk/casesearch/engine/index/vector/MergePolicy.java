package uk.casesearch.engine.index.vector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sealed segments to merge next, so that a search visits few graphs and deleted passages do
 * not linger. A segment with more than {@link #MAX_DELETED_SHARE} of its passages deleted is
 * rewritten on its own, which drops them for good; otherwise {@code mergeFactor} segments of one
 * size tier become one, the smallest segments of the lowest full tier first. Tiers grow by {@code
 * mergeFactor} from {@code segmentPassages} live passages: tier 0 is below {@code segmentPassages *
 * mergeFactor}, tier 1 below {@code segmentPassages * mergeFactor²}, and so on, so a merged segment
 * lands about one tier up and merges again only with its peers.
 */
final class MergePolicy {

  /** A segment with more than this share of its passages deleted is rewritten. */
  static final double MAX_DELETED_SHARE = 0.3;

  /** What the policy reads of a segment. */
  interface Candidate {
    /** Ordinals, live or deleted. */
    int size();

    /** Ordinals not deleted. */
    int liveCount();
  }

  private final int segmentPassages;
  private final int mergeFactor;

  /**
   * @param segmentPassages the size of a freshly sealed segment: the bottom of tier 0
   * @param mergeFactor how many segments of a tier are merged into one, at least 2
   */
  MergePolicy(int segmentPassages, int mergeFactor) {
    this.segmentPassages = segmentPassages;
    this.mergeFactor = mergeFactor;
  }

  /** The segments the next merge should combine; empty when none is due. */
  <S extends Candidate> List<S> pick(List<S> segments) {
    for (S s : segments) {
      if (s.size() - s.liveCount() > MAX_DELETED_SHARE * s.size()) return List.of(s);
    }
    Map<Integer, List<S>> tiers = new HashMap<>();
    for (S s : segments) {
      double ratio = Math.max(1.0, (double) s.liveCount() / segmentPassages);
      int tier = (int) Math.floor(Math.log(ratio) / Math.log(mergeFactor) + 1e-9);
      tiers.computeIfAbsent(tier, t -> new ArrayList<>()).add(s);
    }
    return tiers.entrySet().stream()
        .filter(e -> e.getValue().size() >= mergeFactor)
        .min(Map.Entry.comparingByKey())
        .map(
            e ->
                e.getValue().stream()
                    .sorted(Comparator.comparingInt(Candidate::liveCount))
                    .limit(mergeFactor)
                    .toList())
        .orElse(List.of());
  }

  /**
   * For a forced merge into one segment: all of them, unless there is nothing to do (no segment, or
   * one with nothing deleted).
   */
  <S extends Candidate> List<S> pickAll(List<S> segments) {
    boolean oneClean =
        segments.size() == 1 && segments.getFirst().liveCount() == segments.getFirst().size();
    return segments.isEmpty() || oneClean ? List.of() : List.copyOf(segments);
  }
}
