package uk.casesearch.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parses the command line and runs the chosen subcommand inside the started application. */
public class CasesearchCommand implements QuarkusApplication {

  @Inject ImportCommand importCommand;
  @Inject ReindexCommand reindexCommand;
  @Inject EvalCommand evalCommand;
  @Inject AuditVerifyCommand auditVerifyCommand;
  @Inject CheckCommand checkCommand;

  @Command(
      name = "casesearch",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
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

  /** The version the build wrote into the application. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in =
          Version.class.getResourceAsStream("/uk/casesearch/version.properties")) {
        if (in != null) p.load(in);
      }
      return new String[] {"casesearch " + p.getProperty("version", "(unknown version)")};
    }
  }

  static int serve() {
    Quarkus.waitForExit();
    return 0;
  }

  /**
   * The whole command line, with these instances of the application's commands: injected ones to
   * run them, or unwired ones to read a command line (help, version, usage errors) before anything
   * starts.
   */
  static CommandLine commandLine(
      ImportCommand importCommand,
      ReindexCommand reindexCommand,
      EvalCommand evalCommand,
      AuditVerifyCommand auditVerifyCommand,
      CheckCommand checkCommand) {
    CommandLine cli =
        new CommandLine(new Root())
            .addSubcommand("serve", new Serve())
            .addSubcommand("import", importCommand)
            .addSubcommand("reindex", reindexCommand)
            .addSubcommand("eval", evalCommand)
            .addSubcommand("audit-verify", auditVerifyCommand)
            .addSubcommand("check", checkCommand)
            // CasesearchMain runs these without starting the application.
            .addSubcommand("eval-insight", new InsightEvalCommand())
            .addSubcommand("eval-policy", new PolicyEvalCommand())
            .addSubcommand("hash-password", new HashPasswordCommand())
            .addSubcommand("backup", new BackupCommand())
            .addSubcommand("restore", new RestoreCommand());
    // Every subcommand answers -h / --help with its own usage.
    cli.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                sub.getCommandSpec()
                    .addOption(
                        CommandLine.Model.OptionSpec.builder("-h", "--help")
                            .usageHelp(true)
                            .description("Show this help message and exit.")
                            .build());
              }
            });
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  @Override
  public int run(String... args) {
    return commandLine(importCommand, reindexCommand, evalCommand, auditVerifyCommand, checkCommand)
        .execute(args);
  }
}
