package uk.casesearch.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RrfFuserTest {

  @Test
  void sumsReciprocalRanksAcrossRetrievers() {
    RrfFuser fuser = new RrfFuser(60);
    List<RrfFuser.Fused> out =
        fuser.fuse(List.of(List.of("a", "b", "c"), List.of("c", "a")), new double[] {1, 1});
    assertEquals(List.of("a", "c", "b"), out.stream().map(RrfFuser.Fused::id).toList());
    assertEquals(1.0 / 61 + 1.0 / 62, out.get(0).score(), 1e-12);
    assertEquals(1.0 / 63 + 1.0 / 61, out.get(1).score(), 1e-12);
    assertEquals(1.0 / 62, out.get(2).score(), 1e-12);
  }

  @Test
  void weightsScaleEachRetriever() {
    RrfFuser fuser = new RrfFuser(1);
    List<RrfFuser.Fused> out = fuser.fuse(List.of(List.of("x"), List.of("y")), new double[] {1, 3});
    assertEquals("y", out.getFirst().id());
    assertEquals(1.5, out.getFirst().score(), 1e-12);
    List<RrfFuser.Fused> only =
        fuser.fuse(List.of(List.of("x"), List.of("y")), new double[] {0, 1});
    assertEquals(
        0.0, only.stream().filter(f -> f.id().equals("x")).findFirst().orElseThrow().score());
  }

  @Test
  void tiesBreakByIdDeterministically() {
    RrfFuser fuser = new RrfFuser(60);
    List<RrfFuser.Fused> out = fuser.fuse(List.of(List.of("b"), List.of("a")), new double[] {1, 1});
    assertEquals(List.of("a", "b"), out.stream().map(RrfFuser.Fused::id).toList());
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new RrfFuser(0));
    RrfFuser fuser = new RrfFuser(60);
    assertThrows(
        IllegalArgumentException.class,
        () -> fuser.fuse(List.of(List.of("a")), new double[] {1, 1}));
    assertThrows(
        IllegalArgumentException.class, () -> fuser.fuse(List.of(List.of("a")), new double[] {-1}));
  }
}
