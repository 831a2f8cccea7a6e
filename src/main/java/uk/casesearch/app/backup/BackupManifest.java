package uk.casesearch.app.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a backup folder holds: {@code database.zip} (H2's own online backup), {@code index/text} and
 * {@code index/vector} (committed index snapshots), and {@code manifest.json}, this record, listing
 * every file with its size and SHA-256 so that a restore refuses a damaged copy.
 *
 * @param database "h2" when database.zip is in the backup; otherwise how the database is backed up
 */
public record BackupManifest(
    int format,
    String createdAt,
    String version,
    String database,
    long records,
    int textPassages,
    int vectorPassages,
    List<FileEntry> files) {

  public static final int FORMAT = 1;
  public static final String FILE = "manifest.json";
  public static final String DATABASE_ZIP = "database.zip";
  public static final String INDEX = "index";

  public record FileEntry(String path, long bytes, String sha256) {}

  static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** Every regular file under {@code root} (except a manifest), with sizes and digests. */
  public static List<FileEntry> list(Path root) throws IOException {
    List<FileEntry> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (rel.equals(FILE)) continue;
        out.add(new FileEntry(rel, Files.size(f), sha256(f)));
      }
    }
    return out;
  }

  public void write(Path root) throws IOException {
    JSON.writeValue(root.resolve(FILE).toFile(), this);
  }

  /** Reads a backup's manifest and checks every file it lists; throws with the first problem. */
  public static BackupManifest readAndVerify(Path root) throws IOException {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file))
      throw new IOException(root + " is not a Casesearch backup: it has no " + FILE);
    BackupManifest m = JSON.readValue(file.toFile(), BackupManifest.class);
    if (m.format() != FORMAT)
      throw new IOException(
          "backup format " + m.format() + " is not " + FORMAT + ", which this version reads");
    for (FileEntry e : m.files()) {
      Path f = root.resolve(e.path()).normalize();
      if (!f.startsWith(root.normalize()))
        throw new IOException("manifest names a file outside the backup: " + e.path());
      if (!Files.isRegularFile(f)) throw new IOException("backup file missing: " + e.path());
      if (Files.size(f) != e.bytes() || !sha256(f).equals(e.sha256()))
        throw new IOException("backup file damaged: " + e.path());
    }
    return m;
  }

  static String sha256(Path file) throws IOException {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
