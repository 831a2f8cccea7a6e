package uk.casesearch.cli;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The data directory a process is about to open, and the lock that keeps two processes (a service
 * and an import, two services) from opening it at once. Resolved before the application starts,
 * from the same sources in the same order as the application's configuration: system properties,
 * environment, the files named by {@code quarkus.config.locations}, {@code
 * config/application.properties} in the working directory, then the packaged {@code
 * application.properties}.
 */
final class DataDirectory {

  /** The lock file's name inside the data directory. */
  static final String LOCK_FILE = "casesearch.lock";

  private DataDirectory() {}

  /** The configured data directory ({@code casesearch.data-dir}). */
  static Path configured() {
    return Path.of(config().getOptionalValue("casesearch.data-dir", String.class).orElse("data"));
  }

  private static SmallRyeConfig config() {
    SmallRyeConfigBuilder builder =
        new SmallRyeConfigBuilder()
            .addDefaultSources()
            .addDefaultInterceptors()
            .withProfile("prod");
    try {
      URL packaged = DataDirectory.class.getClassLoader().getResource("application.properties");
      if (packaged != null) builder.withSources(new PropertiesConfigSource(packaged, 250));
      Path local = Path.of("config", "application.properties");
      if (Files.isRegularFile(local))
        builder.withSources(new PropertiesConfigSource(local.toUri().toURL(), 260));
      SmallRyeConfig early = builder.build();
      Optional<String> locations = early.getOptionalValue("quarkus.config.locations", String.class);
      if (locations.isEmpty()) return early;
      for (String location : locations.get().split(",")) {
        Path file = Path.of(location.strip().replaceFirst("^file:", ""));
        if (Files.isRegularFile(file))
          builder.withSources(new PropertiesConfigSource(file.toUri().toURL(), 265));
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration: " + e.getMessage(), e);
    }
  }

  /**
   * Takes the data directory's lock for the life of this process (the operating system releases it
   * when the process ends, however it ends).
   *
   * @return empty when another process holds it
   */
  static Optional<FileLock> lock(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    FileChannel channel =
        FileChannel.open(
            dataDir.resolve(LOCK_FILE),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    channel.truncate(0);
    channel.write(
        java.nio.ByteBuffer.wrap(
            (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
    channel.force(false);
    return Optional.of(lock);
  }

  /** The process id the lock file names, when it can be read. */
  static String holder(Path dataDir) {
    try {
      return Files.readString(dataDir.resolve(LOCK_FILE), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
