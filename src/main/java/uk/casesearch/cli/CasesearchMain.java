package uk.casesearch.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;
import uk.casesearch.engine.eval.Regression;

/**
 * The entry point: {@code serve} (the default) runs the HTTP service; other subcommands run once
 * against the same data directory and exit, without opening the HTTP port.
 */
@QuarkusMain
public final class CasesearchMain {

  public static void main(String... args) {
    if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
      // These work beside the service (backup asks it over HTTP) or with it stopped (restore
      // replaces its files), so they never start an application of their own.
      Object command = args[0].equals("backup") ? new BackupCommand() : new RestoreCommand();
      System.exit(new CommandLine(command).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
    boolean serve = args.length == 0 || args[0].equals("serve") || args[0].startsWith("-");
    if (!serve) {
      // One-off commands must not take the service's port: they may run beside a stopped service's config.
      System.setProperty("quarkus.http.host-enabled", "false");
      // Nobody searches after a one-off command's start, so nothing is warmed up for them.
      if (System.getProperty("casesearch.warm-up") == null) System.setProperty("casesearch.warm-up", "false");
      // People read a command's output: plain log lines, not the service's JSON.
      if (System.getProperty("quarkus.log.console.json.enabled") == null) {
        System.setProperty("quarkus.log.console.json.enabled", "false");
      }
    }
    if (args.length > 0 && args[0].equals("eval")) {
      // Evaluation ingests into a data directory of its own, never the service's.
      String dir = null;
      for (int i = 1; i + 1 < args.length; i++) if (args[i].equals("--data-dir")) dir = args[i + 1];
      try {
        System.setProperty(
            "casesearch.data-dir",
            dir != null ? dir : Files.createTempDirectory("casesearch-eval-").toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary data directory", e);
      }
    }
    if (args.length > 0 && args[0].equals("eval")) applyRegressionSettings(args);
    Quarkus.run(CasesearchCommand.class, args);
  }

  /**
   * A regression's settings must be in place before the service starts, so they are read here; a
   * setting also given with -D on the command line keeps the command line's value.
   */
  private static void applyRegressionSettings(String... args) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (!args[i].equals("--regression")) continue;
      try {
        Regression.read(Path.of(args[i + 1])).config().forEach((k, v) -> {
          if (System.getProperty(k) == null) System.setProperty(k, v);
        });
      } catch (IOException | IllegalArgumentException e) {
        // The eval command reads the file again and reports the problem properly.
        return;
      }
    }
  }
}
