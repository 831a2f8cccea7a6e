package uk.casesearch.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point: {@code serve} (the default) runs the HTTP service; other subcommands run once
 * against the same data directory and exit, without opening the HTTP port.
 */
@QuarkusMain
public final class CasesearchMain {

  public static void main(String... args) {
    boolean serve = args.length == 0 || args[0].equals("serve") || args[0].startsWith("-");
    if (!serve) {
      // One-off commands must not take the service's port: they may run beside a stopped service's config.
      System.setProperty("quarkus.http.host-enabled", "false");
    }
    if (args.length > 0 && args[0].equals("eval")) {
      // Evaluation ingests into a data directory of its own, never the service's.
      String dir = null;
      for (int i = 1; i + 1 < args.length; i++) if (args[i].equals("--data-dir")) dir = args[i + 1];
      try {
        System.setProperty(
            "casesearch.data-dir",
            dir != null ? dir : java.nio.file.Files.createTempDirectory("casesearch-eval-").toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot create a temporary data directory", e);
      }
    }
    Quarkus.run(CasesearchCommand.class, args);
  }
}
