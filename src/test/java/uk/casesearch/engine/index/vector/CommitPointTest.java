package uk.casesearch.engine.index.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casesearch.engine.index.RecordMeta;

class CommitPointTest {

  private static final JVectorIndex.Config CONFIG = JVectorIndex.Config.defaults(4);
  private static final RecordMeta META =
      new RecordMeta("case-1", "child-1", "note", null, null, false);

  @TempDir Path dir;

  private static LiveSegment liveGraph(float[]... passages) {
    LiveSegment live = new LiveSegment(CONFIG);
    live.add("r1", "h1", META, List.of(passages));
    live.insert(0, live.nextOrdinal());
    live.cleanup();
    return live;
  }

  private List<String> names(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(prefix))
          .sorted()
          .toList();
    }
  }

  @Test
  void aPublishedGenerationReadsBackWithItsSegmentsAndLiveGraph() throws IOException {
    CommitPoint commits = new CommitPoint(dir);
    assertNull(commits.currentName(), "nothing committed yet");
    assertEquals("none", commits.id());
    float[] a = {1, 0, 0, 0};
    float[] b = {0, 1, 0, 0};
    List<CommitPoint.SegmentRef> segments =
        List.of(
            new CommitPoint.SegmentRef("seg-3", new int[] {1, 4}),
            new CommitPoint.SegmentRef("seg-7", new int[0]));
    long before = System.currentTimeMillis();
    try (LiveSegment live = liveGraph(a, b)) {
      commits.publish(live, segments);
    }
    String name = commits.currentName();
    assertEquals("gen-" + commits.generation(), name);
    assertEquals(name, commits.id());
    assertTrue(commits.generation() >= before, "numbered after the time of writing");

    List<CommitPoint.SegmentRef> read = CommitPoint.readSegments(dir.resolve(name));
    assertEquals(
        List.of("seg-3", "seg-7"), read.stream().map(CommitPoint.SegmentRef::name).toList());
    assertArrayEquals(new int[] {1, 4}, read.get(0).deletedOrdinals());
    assertArrayEquals(new int[0], read.get(1).deletedOrdinals());
    try (LiveSegment loaded = new LiveSegment(CONFIG)) {
      Map<String, int[]> records = loaded.load(dir.resolve(name));
      assertEquals(Set.of("r1"), records.keySet());
      int[] ords = records.get("r1");
      assertEquals(2, ords.length);
      assertEquals(new VectorEntry("r1", 1, "h1", META), loaded.entry(ords[1]));
      assertArrayEquals(b, loaded.vector(ords[1]), 0f);
    }

    CommitPoint reopened = new CommitPoint(dir);
    assertEquals(name, reopened.currentName());
    reopened.loaded(name);
    assertEquals(commits.generation(), reopened.generation());
    assertEquals(List.of(), names("CURRENT."), "the pointer's temporary file is renamed away");
    assertEquals(List.of(name), names("gen-"));
  }

  @Test
  void aNewGenerationReplacesTheOldOnlyOnceItIsCurrent() throws IOException {
    CommitPoint commits = new CommitPoint(dir);
    try (LiveSegment empty = new LiveSegment(CONFIG)) {
      commits.publish(empty, List.of());
      String first = commits.currentName();
      assertFalse(Files.exists(dir.resolve(first).resolve(LiveSegment.GRAPH)), "empty: no graph");
      commits.publish(empty, List.of(new CommitPoint.SegmentRef("seg-0", new int[0])));
      String second = commits.currentName();
      assertTrue(
          Long.parseLong(second.substring(4)) > Long.parseLong(first.substring(4)),
          first + " then " + second);
      assertEquals(List.of(first, second), names("gen-"), "the old one stays until removed");
      commits.removeOldGenerations();
      assertEquals(List.of(second), names("gen-"));

      // A broken generation's name is never reused: the next is numbered after the time now.
      CommitPoint replacing = new CommitPoint(dir);
      long now = System.currentTimeMillis();
      replacing.skipBroken();
      assertTrue(replacing.generation() >= now);
      replacing.publish(empty, List.of());
      assertTrue(replacing.generation() > Long.parseLong(second.substring(4)));
    }
  }

  @Test
  void aDamagedOrMissingSegmentListIsReportedOrEmpty() throws IOException {
    CommitPoint commits = new CommitPoint(dir);
    try (LiveSegment empty = new LiveSegment(CONFIG)) {
      commits.publish(empty, List.of(new CommitPoint.SegmentRef("seg-1", new int[] {0, 2, 5})));
    }
    Path gen = dir.resolve(commits.currentName());
    Path list = gen.resolve("segments.bin");
    byte[] bytes = Files.readAllBytes(list);
    Files.write(list, Arrays.copyOf(bytes, bytes.length - 2));
    assertThrows(IOException.class, () -> CommitPoint.readSegments(gen));
    Files.delete(list);
    assertEquals(List.of(), CommitPoint.readSegments(gen), "a generation from before segments");
  }

  @Test
  void leftoverSegmentFoldersAreRemovedAndNewOnesNumberedAfterThem() throws IOException {
    for (String name : List.of("seg-3", "seg-7", "seg-9.tmp", "seg-12", "seg-x")) {
      Files.createDirectories(dir.resolve(name));
      Files.writeString(dir.resolve(name).resolve("entries.bin"), "x", StandardCharsets.UTF_8);
    }
    CommitPoint commits = new CommitPoint(dir);
    commits.removeUnreferencedSegments(Set.of("seg-3", "seg-7"));
    assertEquals(List.of("seg-3", "seg-7"), names("seg-"));
    assertEquals(dir.resolve("seg-13"), commits.newSegmentDir());
    assertEquals(dir.resolve("seg-14"), commits.newSegmentDir());
  }

  @Test
  void aCopyOfTheCurrentGenerationIsACommitPointOfItsOwn() throws IOException {
    Path segment = dir.resolve("seg-2");
    Files.createDirectories(segment);
    Files.writeString(segment.resolve("graph.jv"), "graph", StandardCharsets.UTF_8);
    CommitPoint commits = new CommitPoint(dir);
    try (LiveSegment live = liveGraph(new float[] {0, 0, 1, 0})) {
      commits.publish(live, List.of(new CommitPoint.SegmentRef("seg-2", new int[0])));
    }
    Path target = dir.resolveSibling(dir.getFileName() + "-copy");
    commits.copyCurrent(target, List.of(segment));

    String name = commits.currentName();
    CommitPoint copy = new CommitPoint(target);
    assertEquals(name, copy.currentName());
    assertEquals(
        "graph",
        Files.readString(target.resolve("seg-2").resolve("graph.jv"), StandardCharsets.UTF_8));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve(name).resolve(LiveSegment.ENTRIES)),
        Files.readAllBytes(target.resolve(name).resolve(LiveSegment.ENTRIES)));
    assertEquals(
        List.of("seg-2"),
        CommitPoint.readSegments(target.resolve(name)).stream()
            .map(CommitPoint.SegmentRef::name)
            .toList());
    assertThrows(IOException.class, () -> commits.copyCurrent(target, List.of()), "not empty");
  }
}
