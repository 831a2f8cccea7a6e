package uk.casesearch.engine.index.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.RandomizedTestCase;
import uk.casesearch.engine.index.AccessScope;
import uk.casesearch.engine.index.PassageHit;
import uk.casesearch.engine.index.RecordMeta;
import uk.casesearch.engine.index.SearchFilter;

class JVectorIndexTest extends RandomizedTestCase {

  private static final int DIM = 32;

  private record Doc(String id, RecordMeta meta, float[] vector) {}

  private List<Doc> randomDocs(int n) {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      RecordMeta meta =
          new RecordMeta(
              "case-" + (i % 100),
              "child-" + (i % 100),
              randomFrom(List.of("note", "plan", "letter")),
              "team",
              LocalDate.of(2020, 1, 1).plusDays(i % 1000),
              i % 50 == 0);
      docs.add(new Doc(String.format(Locale.ROOT, "r%05d", i), meta, randomUnitVector(DIM)));
    }
    return docs;
  }

  /** Graph search always: no exact-scan fallback. */
  private static JVectorIndex.Config graphOnly() {
    JVectorIndex.Config c = JVectorIndex.Config.defaults(DIM);
    return new JVectorIndex.Config(
        DIM, c.maxDegree(), c.beamWidth(), c.neighborOverflow(), c.alpha(), c.addHierarchy(), 0);
  }

  private static JVectorIndex index(Path dir, List<Doc> docs) throws IOException {
    JVectorIndex index = JVectorIndex.open(dir, graphOnly());
    for (Doc d : docs) index.upsert(d.id(), "h-" + d.id(), d.meta(), List.of(d.vector()));
    return index;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** The exact top-k ids among docs passing the filter. */
  private static Set<String> exact(List<Doc> docs, float[] q, int k, SearchFilter f) {
    List<Doc> pass = new ArrayList<>(docs.stream().filter(d -> f.accepts(d.meta())).toList());
    pass.sort(Comparator.comparingDouble((Doc d) -> -dot(d.vector(), q)));
    Set<String> out = new HashSet<>();
    for (int i = 0; i < Math.min(k, pass.size()); i++) out.add(pass.get(i).id());
    return out;
  }

  private double recall(JVectorIndex index, List<Doc> docs, SearchFilter f, int queries)
      throws IOException {
    double total = 0;
    for (int i = 0; i < queries; i++) {
      float[] q = randomUnitVector(DIM);
      Set<String> truth = exact(docs, q, 10, f);
      List<PassageHit> hits = index.search(q, 10, f);
      for (PassageHit h : hits) {
        Doc d = docs.get(Integer.parseInt(h.recordId().substring(1)));
        assertTrue(
            f.accepts(d.meta()), "hit " + h.recordId() + " does not pass the filter; " + seed());
      }
      long found = hits.stream().filter(h -> truth.contains(h.recordId())).count();
      total += truth.isEmpty() ? 1 : (double) found / truth.size();
    }
    return total / queries;
  }

  @Test
  void graphSearchAgreesWithBruteForce(@TempDir Path dir) throws IOException {
    List<Doc> docs = randomDocs(atLeast(1000));
    try (JVectorIndex index = index(dir, docs)) {
      double r = recall(index, docs, SearchFilter.NONE, 50);
      assertTrue(r >= 0.9, "recall@10 vs exact = " + r + "; " + seed());
    }
  }

  @Test
  void filteredSearchUsesExactScanForSelectiveFiltersAndGraphOtherwise(@TempDir Path dir)
      throws IOException {
    List<Doc> docs = randomDocs(atLeast(2000));
    JVectorIndex.Config c = JVectorIndex.Config.defaults(DIM);
    // A low exact threshold forces the graph path for the broad filter.
    try (JVectorIndex index =
        JVectorIndex.open(
            dir,
            new JVectorIndex.Config(
                DIM,
                c.maxDegree(),
                c.beamWidth(),
                c.neighborOverflow(),
                c.alpha(),
                c.addHierarchy(),
                100))) {
      for (Doc d : docs) index.upsert(d.id(), "h", d.meta(), List.of(d.vector()));
      SearchFilter oneCase = SearchFilter.NONE.withCases(Set.of("case-7"));
      assertEquals(
          1.0, recall(index, docs, oneCase, 20), 1e-9, "the exact path must be exact; " + seed());
      SearchFilter broad =
          new SearchFilter(
              null,
              null,
              Set.of("note", "plan"),
              null,
              LocalDate.of(2020, 6, 1),
              null,
              AccessScope.ALL);
      double r = recall(index, docs, broad, 30);
      assertTrue(r >= 0.85, "filtered graph recall = " + r + "; " + seed());
      SearchFilter none =
          SearchFilter.NONE.withAccess(
              new AccessScope(AccessScope.Cases.NONE, AccessScope.Cases.ALL));
      assertTrue(
          index.search(randomUnitVector(DIM), 10, none).isEmpty(),
          "no visible cases means no hits");
      SearchFilter noRestricted =
          SearchFilter.NONE.withAccess(
              new AccessScope(AccessScope.Cases.ALL, AccessScope.Cases.NONE));
      for (PassageHit h : index.search(docs.get(0).vector(), 50, noRestricted)) {
        assertFalse(
            docs.get(Integer.parseInt(h.recordId().substring(1))).meta().restricted(),
            "restricted record returned");
      }
    }
  }

  @Test
  void geometricNeighboursAreExact(@TempDir Path dir) throws IOException {
    // Unit vectors on a circle in the first two dimensions: the nearest to angle a are a's
    // neighbours.
    int n = 360;
    try (JVectorIndex index = JVectorIndex.open(dir, JVectorIndex.Config.defaults(2))) {
      for (int i = 0; i < n; i++) {
        double a = Math.toRadians(i);
        index.upsert(
            "p" + i,
            "h",
            new RecordMeta("c", null, null, null, null, false),
            List.of(new float[] {(float) Math.cos(a), (float) Math.sin(a)}));
      }
      List<PassageHit> hits = index.search(new float[] {1, 0}, 3, SearchFilter.NONE);
      assertEquals("p0", hits.get(0).recordId());
      assertEquals(Set.of("p1", "p359"), Set.of(hits.get(1).recordId(), hits.get(2).recordId()));
      assertEquals(
          1.0f,
          hits.get(0).score(),
          1e-6f,
          "DOT_PRODUCT similarity of identical unit vectors is 1");
    }
  }

  @Test
  void aCommitWithNothingChangedKeepsTheCommitId(@TempDir Path dir) throws IOException {
    RecordMeta meta = new RecordMeta("c", null, null, null, null, false);
    String changed;
    try (JVectorIndex index = JVectorIndex.open(dir, JVectorIndex.Config.defaults(DIM))) {
      assertEquals("none", index.commitId());
      index.commit();
      String empty = index.commitId();
      assertFalse(empty.equals("none"), "the first commit writes a generation, even empty");
      index.upsert("x", "h1", meta, List.of(randomUnitVector(DIM)));
      index.commit();
      changed = index.commitId();
      assertFalse(empty.equals(changed));
      index.commit();
      assertEquals(changed, index.commitId(), "nothing changed: no new generation");
      assertFalse(index.delete("never"));
      index.commit();
      assertEquals(changed, index.commitId(), "deleting what is not there changes nothing");
    }
    try (JVectorIndex index = JVectorIndex.open(dir, JVectorIndex.Config.defaults(DIM))) {
      assertEquals(changed, index.commitId());
      index.commit();
      assertEquals(changed, index.commitId());
      assertTrue(index.delete("x"));
      index.commit();
      assertFalse(changed.equals(index.commitId()));
    }
  }

  @Test
  void upsertReplacesAndDeleteRemoves(@TempDir Path dir) throws IOException {
    RecordMeta meta = new RecordMeta("c", null, null, null, null, false);
    float[] a = randomUnitVector(DIM);
    float[] b = randomUnitVector(DIM);
    try (JVectorIndex index = JVectorIndex.open(dir, JVectorIndex.Config.defaults(DIM))) {
      index.upsert("x", "h1", meta, List.of(a, a));
      assertEquals(2, index.size());
      index.upsert("x", "h2", meta, List.of(b));
      assertEquals(1, index.size());
      List<PassageHit> hits = index.search(a, 5, SearchFilter.NONE);
      assertEquals(1, hits.size());
      assertEquals(0, hits.getFirst().passage());
      assertEquals(dot(a, b), 2 * hits.getFirst().score() - 1, 1e-5, "only the new vector remains");
      assertEquals(Map.of("x", "h2"), index.recordHashes());
      assertArrayEquals(b, index.vector("x", 0), 0f);
      assertEquals(null, index.vector("x", 1), "only one passage now");
      assertEquals(meta, index.meta("x"));
      assertTrue(index.delete("x"));
      assertEquals(null, index.vector("x", 0));
      assertEquals(null, index.meta("x"));
      assertFalse(index.delete("x"));
      assertTrue(index.search(a, 5, SearchFilter.NONE).isEmpty());
      index.commit(); // cleans deleted nodes out of the graph
      assertEquals(0, index.deletedCount());
    }
  }

  @Test
  void reopensWithIdenticalResultsAndKeepsAcceptingWrites(@TempDir Path dir) throws IOException {
    List<Doc> docs = randomDocs(atLeast(300));
    List<float[]> queries = new ArrayList<>();
    for (int i = 0; i < 10; i++) queries.add(randomUnitVector(DIM));
    Map<Integer, List<PassageHit>> before = new TreeMap<>();
    try (JVectorIndex index = index(dir, docs)) {
      index.delete(docs.get(3).id());
      index.commit();
      for (int i = 0; i < queries.size(); i++)
        before.put(i, index.search(queries.get(i), 10, SearchFilter.NONE));
    }
    try (JVectorIndex index = JVectorIndex.open(dir, graphOnly())) {
      assertEquals(docs.size() - 1, index.size());
      assertFalse(index.recordHashes().containsKey(docs.get(3).id()));
      for (int i = 0; i < queries.size(); i++) {
        assertEquals(
            before.get(i),
            index.search(queries.get(i), 10, SearchFilter.NONE),
            "query " + i + "; " + seed());
      }
      float[] fresh = randomUnitVector(DIM);
      index.upsert("new", "h", new RecordMeta("c", null, null, null, null, false), List.of(fresh));
      assertEquals("new", index.search(fresh, 1, SearchFilter.NONE).getFirst().recordId());
    }
  }

  @Test
  void corruptOrInterruptedCommitsOpenSafely(@TempDir Path dir) throws IOException {
    List<Doc> docs = randomDocs(50);
    try (JVectorIndex index = index(dir, docs)) {
      index.commit();
    }
    // A commit interrupted before the pointer swap leaves a temp generation: the last commit loads.
    Files.createDirectories(dir.resolve("gen-99999999999999.tmp"));
    Files.writeString(dir.resolve("CURRENT.tmp"), "gen-99999999999999");
    try (JVectorIndex index = JVectorIndex.open(dir, JVectorIndex.Config.defaults(DIM))) {
      assertEquals(50, index.size());
    }
    // A damaged generation opens empty instead of failing start-up.
    String gen = Files.readString(dir.resolve("CURRENT")).strip();
    Path entries = dir.resolve(gen).resolve("entries.bin");
    byte[] bytes = Files.readAllBytes(entries);
    Files.write(entries, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    try (JVectorIndex index = JVectorIndex.open(dir, JVectorIndex.Config.defaults(DIM))) {
      assertEquals(0, index.size());
      index.upsert("after", "h", docs.get(0).meta(), List.of(docs.get(0).vector()));
      index.commit();
    }
    try (JVectorIndex index = JVectorIndex.open(dir, JVectorIndex.Config.defaults(DIM))) {
      assertEquals(Set.of("after"), index.recordHashes().keySet());
    }
  }

  /**
   * Small segments, merged two at a time, quantized from 300 passages: every code path at test
   * size.
   */
  private static JVectorIndex.Config segmented() {
    return graphOnly().withSegments(100, 2, 300);
  }

  @Test
  void segmentsSealMergeAndAnswerLikeOneGraph(@TempDir Path dir) throws IOException {
    List<Doc> docs = randomDocs(atLeast(1200));
    List<float[]> queries = new ArrayList<>();
    for (int i = 0; i < 10; i++) queries.add(randomUnitVector(DIM));
    Map<Integer, List<PassageHit>> before = new TreeMap<>();
    try (JVectorIndex index = JVectorIndex.open(dir, segmented())) {
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        index.upsert(d.id(), "h-" + d.id(), d.meta(), List.of(d.vector()));
        if (i % 100 == 99) index.commit();
      }
      index.awaitMerges();
      List<Integer> sizes = index.segmentSizes();
      assertTrue(
          sizes.size() >= 1 && sizes.size() < docs.size() / 100, "segments were merged: " + sizes);
      assertTrue(sizes.getFirst() >= 400, "the largest segment is merged and quantized: " + sizes);
      assertEquals(docs.size(), index.size());
      assertTrue(
          recall(index, docs, SearchFilter.NONE, 50) >= 0.9, "recall across segments; " + seed());
      SearchFilter oneCase = SearchFilter.NONE.withCases(Set.of("case-7"));
      assertEquals(
          1.0, recall(index, docs, oneCase, 20), 1e-9, "one case is scanned exactly; " + seed());
      SearchFilter visible =
          SearchFilter.NONE.withAccess(AccessScope.cases(Set.of("case-3", "case-4"), Set.of()));
      assertEquals(
          1.0,
          recall(index, docs, visible, 20),
          1e-9,
          "permissions are applied in every segment; " + seed());
      SearchFilter child =
          new SearchFilter(null, Set.of("child-5"), null, null, null, null, AccessScope.ALL);
      assertEquals(
          1.0, recall(index, docs, child, 20), 1e-9, "one child is scanned exactly; " + seed());
      Doc sealedDoc = docs.get(5);
      assertArrayEquals(
          sealedDoc.vector(),
          index.vector(sealedDoc.id(), 0),
          0f,
          "vectors read back from a sealed segment");
      assertEquals(sealedDoc.meta(), index.meta(sealedDoc.id()));
      // Deletes and replacements of passages in sealed segments.
      index.delete(docs.get(6).id());
      float[] moved = randomUnitVector(DIM);
      index.upsert(docs.get(7).id(), "h2", docs.get(7).meta(), List.of(moved));
      assertEquals(docs.size() - 1, index.size());
      assertTrue(
          index.search(docs.get(6).vector(), 10, SearchFilter.NONE).stream()
              .noneMatch(h -> h.recordId().equals(docs.get(6).id())));
      assertEquals(
          docs.get(7).id(), index.search(moved, 1, SearchFilter.NONE).getFirst().recordId());
      assertEquals("h2", index.recordHashes().get(docs.get(7).id()));
      index.commit();
      for (int i = 0; i < queries.size(); i++)
        before.put(i, index.search(queries.get(i), 10, SearchFilter.NONE));
    }
    try (JVectorIndex index = JVectorIndex.open(dir, segmented())) {
      assertEquals(docs.size() - 1, index.size());
      assertFalse(index.recordHashes().containsKey(docs.get(6).id()));
      for (int i = 0; i < queries.size(); i++) {
        assertEquals(
            before.get(i),
            index.search(queries.get(i), 10, SearchFilter.NONE),
            "query " + i + " after reopening; " + seed());
      }
      index.forceMerge();
      assertEquals(
          List.of(docs.size() - 1), index.segmentSizes(), "one segment after a forced merge");
      double overlap = 0;
      for (int i = 0; i < queries.size(); i++) {
        List<String> ids =
            index.search(queries.get(i), 10, SearchFilter.NONE).stream()
                .map(PassageHit::recordId)
                .toList();
        overlap += before.get(i).stream().filter(h -> ids.contains(h.recordId())).count() / 10.0;
      }
      assertTrue(
          overlap / queries.size() >= 0.9,
          "the merged graph finds what the segments did: "
              + overlap / queries.size()
              + "; "
              + seed());
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("seg-")).toList();
      assertEquals(1, names.size(), "merged-away segments are deleted: " + names);
    }
  }

  @Test
  void deletesDuringMergesAreKept(@TempDir Path dir) throws IOException {
    List<Doc> docs = randomDocs(atLeast(800));
    Set<String> gone = new HashSet<>();
    try (JVectorIndex index = JVectorIndex.open(dir, segmented())) {
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        index.upsert(d.id(), "h", d.meta(), List.of(d.vector()));
        if (i % 100 == 99) index.commit(); // seals, and starts merges in the background
        if (i >= 150 && i % 7 == 0) {
          // Delete a record sealed earlier, very likely in a segment being merged right now.
          Doc old = docs.get(random().nextInt(i - 100));
          if (index.delete(old.id())) gone.add(old.id());
        }
      }
      index.commit();
      index.awaitMerges();
      assertEquals(docs.size() - gone.size(), index.size());
      for (String id : gone) {
        Doc d = docs.get(Integer.parseInt(id.substring(1)));
        assertTrue(
            index.search(d.vector(), 5, SearchFilter.NONE).stream()
                .noneMatch(h -> h.recordId().equals(id)),
            id + " came back");
        assertEquals(null, index.meta(id));
      }
    }
    try (JVectorIndex index = JVectorIndex.open(dir, segmented())) {
      assertEquals(docs.size() - gone.size(), index.size(), "deletions survive a restart");
    }
  }

  @Test
  void anIndexFromBeforeSegmentsIsSealedWhenOpened(@TempDir Path dir) throws IOException {
    List<Doc> docs = randomDocs(350);
    List<PassageHit> before;
    float[] q = randomUnitVector(DIM);
    try (JVectorIndex index = index(dir, docs)) { // default segment size: one live graph on disk
      index.commit();
      before = index.search(q, 10, SearchFilter.NONE);
    }
    try (JVectorIndex index = JVectorIndex.open(dir, segmented())) {
      assertEquals(List.of(350), index.segmentSizes(), "sealed (and quantized) at open");
      assertEquals(350, index.size());
      List<PassageHit> after = index.search(q, 10, SearchFilter.NONE);
      long same = after.stream().filter(before::contains).count();
      assertTrue(
          same >= 8,
          "the sealed, quantized graph finds what the live one did: " + same + "/10; " + seed());
    }
  }

  @Test
  void leftoversOfACrashedSealOrMergeAreRemoved(@TempDir Path dir) throws IOException {
    List<Doc> docs = randomDocs(250);
    try (JVectorIndex index = JVectorIndex.open(dir, segmented())) {
      for (Doc d : docs) index.upsert(d.id(), "h", d.meta(), List.of(d.vector()));
      index.commit();
      index.awaitMerges();
    }
    Files.createDirectories(dir.resolve("seg-900.tmp"));
    Files.createDirectories(dir.resolve("seg-901"));
    Files.writeString(dir.resolve("seg-901").resolve("entries.bin"), "half a merge");
    try (JVectorIndex index = JVectorIndex.open(dir, segmented())) {
      assertEquals(250, index.size());
      assertFalse(Files.exists(dir.resolve("seg-900.tmp")));
      assertFalse(Files.exists(dir.resolve("seg-901")));
      Path copy = dir.resolveSibling(dir.getFileName() + "-snapshot");
      index.snapshot(copy);
      try (JVectorIndex restored = JVectorIndex.open(copy, segmented())) {
        assertEquals(250, restored.size(), "a snapshot holds the segments too");
        assertEquals(
            index.search(docs.get(0).vector(), 5, SearchFilter.NONE),
            restored.search(docs.get(0).vector(), 5, SearchFilter.NONE));
      }
    }
  }

  @Test
  void batchesAreInsertedInParallelWithTheSameQuality(@TempDir Path dir) throws IOException {
    List<Doc> docs = randomDocs(atLeast(2000));
    try (JVectorIndex index = JVectorIndex.open(dir, graphOnly())) {
      for (int from = 0; from < docs.size(); from += 500) {
        List<VectorIndex.Upsert> batch = new ArrayList<>();
        for (Doc d : docs.subList(from, Math.min(docs.size(), from + 500))) {
          batch.add(new VectorIndex.Upsert(d.id(), "h-" + d.id(), d.meta(), List.of(d.vector())));
        }
        // A record twice in one batch: the last version wins.
        Doc twice = docs.get(from);
        float[] replaced = randomUnitVector(DIM);
        batch.add(new VectorIndex.Upsert(twice.id(), "h2", twice.meta(), List.of(replaced)));
        index.upsertAll(batch);
        docs.set(from, new Doc(twice.id(), twice.meta(), replaced));
      }
      assertEquals(docs.size(), index.size());
      assertTrue(
          recall(index, docs, SearchFilter.NONE, 50) >= 0.9,
          "recall after parallel inserts; " + seed());
      assertArrayEquals(docs.get(0).vector(), index.vector(docs.get(0).id(), 0), 0f);
      assertEquals("h2", index.recordHashes().get(docs.get(0).id()));
      index.commit();
    }
  }

  @Test
  void rejectsBadArguments(@TempDir Path dir) throws IOException {
    try (JVectorIndex index = JVectorIndex.open(dir, JVectorIndex.Config.defaults(DIM))) {
      RecordMeta m = new RecordMeta("c", null, null, null, null, false);
      assertThrows(
          IllegalArgumentException.class,
          () -> index.upsert("x", "h", m, List.of(new float[DIM + 1])));
      assertThrows(
          IllegalArgumentException.class, () -> index.search(new float[DIM], 0, SearchFilter.NONE));
      assertThrows(
          IllegalArgumentException.class, () -> index.search(new float[3], 1, SearchFilter.NONE));
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new JVectorIndex.Config(DIM, 2, 100, 1.2f, 1.2f, true, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new JVectorIndex.Config(DIM, 32, 10, 1.2f, 1.2f, true, 0));
  }
}
