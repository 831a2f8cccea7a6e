package uk.casesearch.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parses the command line and runs the chosen subcommand inside the started application. */
public class CasesearchCommand implements QuarkusApplication {

  @Inject ImportCommand importCommand;
  @Inject ReindexCommand reindexCommand;
  @Inject EvalCommand evalCommand;
  @Inject AuditVerifyCommand auditVerifyCommand;

  @Command(
      name = "casesearch",
      mixinStandardHelpOptions = true,
      description = "Search over children's social care case records.",
      subcommands = {CommandLine.HelpCommand.class})
  static final class Root implements Callable<Integer> {
    @Override
    public Integer call() {
      return serve();
    }
  }

  @Command(name = "serve", description = "Run the HTTP service (the default).")
  static final class Serve implements Callable<Integer> {
    @Override
    public Integer call() {
      return serve();
    }
  }

  static int serve() {
    Quarkus.waitForExit();
    return 0;
  }

  @Override
  public int run(String... args) {
    CommandLine cli =
        new CommandLine(new Root())
            .addSubcommand("serve", new Serve())
            .addSubcommand("import", importCommand)
            .addSubcommand("reindex", reindexCommand)
            .addSubcommand("eval", evalCommand)
            .addSubcommand("audit-verify", auditVerifyCommand)
            // Listed for --help; CasesearchMain runs these two without starting the application.
            .addSubcommand("backup", new BackupCommand())
            .addSubcommand("restore", new RestoreCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }
}
