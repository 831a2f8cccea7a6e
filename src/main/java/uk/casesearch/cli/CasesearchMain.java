package uk.casesearch.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point: {@code serve} (the default) runs the HTTP service; other subcommands run once
 * against the same data directory and exit, without opening the HTTP port.
 */
@QuarkusMain
public final class CasesearchMain {

  private CasesearchMain() {}

  public static void main(String... args) {
    boolean serve = args.length == 0 || args[0].equals("serve") || args[0].startsWith("-");
    if (!serve) {
      // One-off commands must not take the service's port: they may run beside a stopped service's config.
      System.setProperty("quarkus.http.host-enabled", "false");
    }
    Quarkus.run(CasesearchCommand.class, args);
  }
}
