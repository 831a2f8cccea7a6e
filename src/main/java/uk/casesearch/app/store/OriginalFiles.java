package uk.casesearch.app.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.casesearch.app.config.CasesearchConfig;
import uk.casesearch.engine.util.Hashes;

/**
 * Original document files, kept under the data directory by the sha256 of their bytes ({@code
 * originals/ab/abcdef...}): the same file uploaded twice is stored once, and a file is never
 * changed after it is written. A file is on disk (forced) before the record naming it is committed,
 * so an acknowledged document always has its original.
 */
@ApplicationScoped
public class OriginalFiles {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path root;

  public OriginalFiles(CasesearchConfig config) {
    this.root = config.dataDir().resolve("originals");
  }

  /** Stores the bytes (once) and returns their sha256. */
  public String store(byte[] bytes) throws IOException {
    String sha = Hashes.sha256Hex(bytes);
    Path target = path(sha);
    if (Files.isRegularFile(target) && Files.size(target) == bytes.length) return sha;
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), sha, ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) ch.write(buf);
        ch.force(true);
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return sha;
  }

  /** The stored file with this sha256, if there is one. */
  public Optional<Path> find(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) return Optional.empty();
    Path p = path(sha256);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  private Path path(String sha) {
    return root.resolve(sha.substring(0, 2)).resolve(sha);
  }
}
