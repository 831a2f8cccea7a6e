package uk.casesearch.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.casesearch.engine.util.Hashes;

/**
 * The journal of one import (one set of source paths): the keys of the lines already committed, one
 * per line, forced to disk after each batch. A torn last line from a crash is ignored: its batch is
 * read again, which is harmless because storing is idempotent.
 */
final class Journal {

  private final Path file;
  private final Set<String> done;
  private final int resumed;
  private FileChannel channel;

  private Journal(Path file, Set<String> done) {
    this.file = file;
    this.done = done;
    this.resumed = done.size();
  }

  /**
   * The journal for these sources under {@code dir}: an interrupted run's is continued unless
   * {@code restart}.
   */
  static Journal open(Path dir, List<Path> sources, boolean restart) throws IOException {
    Files.createDirectories(dir);
    String id =
        Hashes.sha256Hex(
            sources.stream()
                .map(p -> p.toAbsolutePath().normalize().toString())
                .sorted()
                .collect(Collectors.joining("\n")));
    Path file = dir.resolve(id + ".journal");
    Set<String> done = new HashSet<>();
    if (restart) {
      Files.deleteIfExists(file);
    } else if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.length() == 64) done.add(line); // a torn last line is shorter
      }
    }
    return new Journal(file, done);
  }

  /** Lines an earlier, interrupted run committed. */
  int resumed() {
    return resumed;
  }

  boolean done(String key) {
    return done.contains(key);
  }

  /** Records committed lines, durably. */
  void record(List<String> keys) throws IOException {
    if (keys.isEmpty()) return;
    if (channel == null) {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }
    ByteBuffer buf =
        ByteBuffer.wrap((String.join("\n", keys) + "\n").getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) channel.write(buf);
    channel.force(false);
    done.addAll(keys);
  }

  /** The import finished: the next run of the same paths starts afresh. */
  void finish() throws IOException {
    if (channel != null) channel.close();
    Files.deleteIfExists(file);
    // The folder goes too unless another, interrupted import (of other paths) still has a journal
    // in it.
    try (var left = Files.list(file.getParent())) {
      if (left.findAny().isEmpty()) Files.deleteIfExists(file.getParent());
    }
  }
}
