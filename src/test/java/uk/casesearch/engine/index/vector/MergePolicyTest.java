package uk.casesearch.engine.index.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergePolicyTest {

  private record Seg(String name, int size, int liveCount) implements MergePolicy.Candidate {}

  private static Seg clean(String name, int live) {
    return new Seg(name, live, live);
  }

  private static List<String> names(List<Seg> segments) {
    return segments.stream().map(Seg::name).toList();
  }

  /** Segments of 100 passages, merged two at a time. */
  private final MergePolicy policy = new MergePolicy(100, 2);

  @Test
  void aSegmentWithTooManyDeletionsIsRewrittenAlone() {
    Seg a = clean("a", 100);
    Seg exactlyAtTheLimit = new Seg("b", 100, 70); // 30% deleted: not over
    Seg over = new Seg("c", 100, 69);
    Seg alsoOver = new Seg("d", 100, 10);
    assertEquals(List.of(), names(policy.pick(List.of(exactlyAtTheLimit))));
    assertEquals(
        List.of("b", "a"),
        names(policy.pick(List.of(a, exactlyAtTheLimit))),
        "not rewritten alone, but merged with its tier, smallest first");
    assertEquals(List.of("c"), names(policy.pick(List.of(a, exactlyAtTheLimit, over, alsoOver))));
  }

  @Test
  void theSmallestSegmentsOfTheLowestFullTierAreMerged() {
    // Tier 0 is below 200 live passages, tier 1 below 400, tier 2 below 800.
    List<Seg> segments =
        List.of(
            clean("t0-150", 150),
            clean("t1-250", 250),
            clean("t0-100", 100),
            clean("t2-400", 400),
            clean("t0-90", 90));
    assertEquals(List.of("t0-90", "t0-100"), names(policy.pick(segments)));
    assertEquals(
        List.of("t1-250", "t1-300"),
        names(
            policy.pick(List.of(clean("t1-250", 250), clean("t2-500", 500), clean("t1-300", 300)))),
        "tier 0 is not full, tier 1 is");
    assertEquals(
        List.of(),
        names(
            policy.pick(List.of(clean("t0-100", 100), clean("t1-250", 250), clean("t2-400", 400)))),
        "no tier holds two segments");
    assertEquals(List.of(), names(policy.pick(List.of())));
  }

  @Test
  void tiersAreCountedInLivePassagesWithExactPowersOnTheUpperTier() {
    assertEquals(
        List.of(), names(policy.pick(List.of(clean("a", 199), clean("b", 200)))), "199 | 200");
    assertEquals(List.of("b", "c"), names(policy.pick(List.of(clean("b", 200), clean("c", 399)))));
    // A small segment counts in tier 0 however small; deletions move a segment down a tier.
    assertEquals(
        List.of("tiny", "shrunk"),
        names(policy.pick(List.of(clean("tiny", 3), new Seg("shrunk", 210, 150)))));
  }

  @Test
  void aLargerMergeFactorNeedsMoreSegmentsPerTier() {
    MergePolicy four = new MergePolicy(100, 4);
    List<Seg> three = List.of(clean("a", 100), clean("b", 110), clean("c", 120));
    assertEquals(List.of(), names(four.pick(three)));
    List<Seg> five =
        List.of(clean("a", 100), clean("b", 110), clean("c", 120), clean("d", 90), clean("e", 399));
    assertEquals(List.of("d", "a", "b", "c"), names(four.pick(five)));
  }

  @Test
  void aForcedMergeTakesEverySegmentUnlessOneCleanSegmentIsLeft() {
    assertEquals(List.of(), names(policy.pickAll(List.of())));
    assertEquals(List.of(), names(policy.pickAll(List.of(clean("only", 500)))));
    assertEquals(List.of("only"), names(policy.pickAll(List.of(new Seg("only", 500, 499)))));
    assertEquals(
        List.of("a", "b", "c"),
        names(policy.pickAll(List.of(clean("a", 100), clean("b", 5000), clean("c", 1)))));
  }
}
