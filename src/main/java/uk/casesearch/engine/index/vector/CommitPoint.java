package uk.casesearch.engine.index.vector;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import uk.casesearch.engine.util.FileTrees;

/**
 * The commit point of a vector index folder: which generation is current, what a generation holds,
 * and which segment folders exist, read and written so that a crash at any moment leaves the last
 * published generation loadable.
 *
 * <p>Layout: {@code CURRENT} names the current generation folder, {@code gen-N}. A generation holds
 * the live graph's files ({@link LiveSegment}) and {@code segments.bin}, the sealed segments it
 * uses by folder name ({@code seg-N}), each with its deleted ordinals. Segment folders are complete
 * before any generation names them (see {@link SealedSegment}), so a folder no generation names is
 * a leftover of a crashed seal or merge.
 *
 * <p>Publishing: a generation is written under a temporary name, each file synced, and renamed into
 * place; then {@code CURRENT} is replaced atomically by a synced {@code CURRENT.tmp}, and the
 * folder synced. Generation numbers grow and are at least the time of writing in milliseconds, so
 * an index that replaces a broken generation never reuses its name.
 *
 * <p>Not thread-safe: the owning index calls it under its write lock.
 */
final class CommitPoint {

  private static final int SEGMENTS_FORMAT = 1;
  private static final String CURRENT = "CURRENT";
  private static final String SEGMENTS = "segments.bin";
  private static final String GENERATION_PREFIX = "gen-";
  private static final String SEGMENT_PREFIX = "seg-";

  /** A sealed segment as a generation names it: its folder name and deleted ordinals, ascending. */
  record SegmentRef(String name, int[] deletedOrdinals) {}

  private final Path dir;

  /** The current generation's number; 0 before the first is loaded or written. */
  private long generation;

  private long nextSegment;

  CommitPoint(Path dir) {
    this.dir = dir;
  }

  /** The name of the generation folder {@code CURRENT} names, or null when none was committed. */
  String currentName() throws IOException {
    Path current = dir.resolve(CURRENT);
    return Files.exists(current) ? Files.readString(current, StandardCharsets.UTF_8).strip() : null;
  }

  /** Takes the generation {@code name}, just loaded, as the current one. */
  void loaded(String name) {
    generation = Long.parseLong(name.substring(GENERATION_PREFIX.length()));
  }

  /** After the current generation failed to load: the next one is named after the time now. */
  void skipBroken() {
    generation = System.currentTimeMillis();
  }

  /** The current generation's number, 0 when there is none. */
  long generation() {
    return generation;
  }

  /** Names the current generation, or "none". */
  String id() {
    return generation > 0 ? GENERATION_PREFIX + generation : "none";
  }

  /**
   * The sealed segments generation {@code genDir} names, in order; none for a generation written
   * before segments existed.
   *
   * @throws IOException if the list is truncated or of an unknown format
   */
  static List<SegmentRef> readSegments(Path genDir) throws IOException {
    Path file = genDir.resolve(SEGMENTS);
    if (!Files.exists(file)) return List.of();
    List<SegmentRef> out = new ArrayList<>();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != SEGMENTS_FORMAT)
        throw new IOException("unknown vector segment list format");
      int count = in.readInt();
      for (int k = 0; k < count; k++) {
        String name = in.readUTF();
        int[] deleted = new int[in.readInt()];
        for (int i = 0; i < deleted.length; i++) deleted[i] = in.readInt();
        out.add(new SegmentRef(name, deleted));
      }
      if (in.readInt() != SEGMENTS_FORMAT)
        throw new IOException("vector segment list is truncated");
    }
    return out;
  }

  /**
   * Writes a new generation of {@code live} and {@code segments} and makes it current; when this
   * returns it is durable. On a failure the previous generation stays current.
   *
   * @param live a cleaned-up live graph
   */
  void publish(LiveSegment live, List<SegmentRef> segments) throws IOException {
    long gen = Math.max(generation + 1, System.currentTimeMillis());
    String name = GENERATION_PREFIX + gen;
    Path tmp = dir.resolve(name + ".tmp");
    FileTrees.delete(tmp);
    Files.createDirectories(tmp);
    live.write(tmp);
    writeSegments(tmp.resolve(SEGMENTS), segments);
    FileTrees.fsync(tmp.resolve(SEGMENTS));
    Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    Path pointer = dir.resolve(CURRENT + ".tmp");
    Files.writeString(pointer, name, StandardCharsets.UTF_8);
    FileTrees.fsync(pointer);
    Files.move(
        pointer,
        dir.resolve(CURRENT),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    FileTrees.fsyncDir(dir);
    generation = gen;
  }

  /** The sealed segments by name, each with its deleted ordinals. */
  private static void writeSegments(Path file, List<SegmentRef> segments) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(SEGMENTS_FORMAT);
      out.writeInt(segments.size());
      for (SegmentRef s : segments) {
        out.writeUTF(s.name());
        out.writeInt(s.deletedOrdinals().length);
        for (int ord : s.deletedOrdinals()) out.writeInt(ord);
      }
      out.writeInt(SEGMENTS_FORMAT); // trailer: a truncated list fails to load
    }
  }

  /** Deletes every generation folder but the current one: no longer referenced. */
  void removeOldGenerations() throws IOException {
    Path current = dir.resolve(GENERATION_PREFIX + generation);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p :
          old.filter(
                  p ->
                      p.getFileName().toString().startsWith(GENERATION_PREFIX)
                          && !p.equals(current))
              .toList()) {
        FileTrees.delete(p);
      }
    }
  }

  /**
   * Deletes the segment folders not in {@code named} (left by a crash: complete ones from a seal or
   * merge no generation got to name, temporary ones from an interrupted write), and numbers new
   * segments after every folder seen.
   */
  void removeUnreferencedSegments(Set<String> named) throws IOException {
    long next = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p :
          files.filter(p -> p.getFileName().toString().startsWith(SEGMENT_PREFIX)).toList()) {
        String name = p.getFileName().toString();
        String number = name.substring(SEGMENT_PREFIX.length()).replace(".tmp", "");
        if (number.chars().allMatch(Character::isDigit) && !number.isEmpty()) {
          next = Math.max(next, Long.parseLong(number) + 1);
        }
        if (!named.contains(name)) FileTrees.delete(p);
      }
    }
    nextSegment = next;
  }

  /** The folder for a new segment, under a name no folder had since this index opened. */
  Path newSegmentDir() {
    return dir.resolve(SEGMENT_PREFIX + nextSegment++);
  }

  /**
   * Copies the current generation, the segment folders {@code segmentDirs} and a {@code CURRENT}
   * naming it into {@code target}, every file synced, where they open as an index of their own.
   *
   * @throws IOException if {@code target} holds anything already
   */
  void copyCurrent(Path target, Collection<Path> segmentDirs) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> existing = Files.list(target)) {
      if (existing.findAny().isPresent())
        throw new IOException("snapshot target " + target + " is not empty");
    }
    String name = currentName();
    FileTrees.copyDurably(dir.resolve(name), target.resolve(name));
    for (Path s : segmentDirs) FileTrees.copyDurably(s, target.resolve(s.getFileName()));
    Files.writeString(target.resolve(CURRENT), name, StandardCharsets.UTF_8);
    FileTrees.fsync(target.resolve(CURRENT));
    FileTrees.fsyncDir(target);
  }
}
