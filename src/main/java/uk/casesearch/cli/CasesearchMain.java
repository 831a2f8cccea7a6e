package uk.casesearch.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import uk.casesearch.engine.eval.Regression;
import uk.casesearch.engine.util.FileTrees;

/**
 * The entry point: {@code serve} (the default) runs the HTTP service; other subcommands run once
 * against the same data directory and exit, without opening the HTTP port. The command line is read
 * before anything starts, so help, version and usage errors need no database, model or port and
 * work beside a running service; and the data directory is locked, so a command cannot open the
 * files of a running service.
 */
@QuarkusMain
public final class CasesearchMain {

  // Held while the application runs; the operating system releases it when the process ends.
  private static FileLock dataDirLock;

  public static void main(String... args) {
    Optional<Integer> answered = answerWithoutStarting(args, System.out, System.err);
    if (answered.isPresent()) System.exit(answered.get());
    String command = commandName(args);
    if (command.equals("hash-password")) {
      System.exit(
          new CommandLine(new HashPasswordCommand())
              .execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    if (command.equals("eval-insight") || command.equals("eval-policy")) {
      // Engine only: reads a corpus and its truth, never the service's data or port.
      Object evaluation =
          command.equals("eval-insight") ? new InsightEvalCommand() : new PolicyEvalCommand();
      System.exit(
          new CommandLine(evaluation).execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    if (command.equals("backup") || command.equals("restore")) {
      // These work beside the service (backup asks it over HTTP) or with it stopped (restore
      // replaces its files), so they never start an application of their own.
      Object runnable = command.equals("backup") ? new BackupCommand() : new RestoreCommand();
      if (command.equals("restore") && !lockOrExplain(dataDir(args), command, System.err))
        System.exit(1);
      System.exit(
          new CommandLine(runnable).execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    boolean serve = command.equals("serve");
    if (!serve) {
      // One-off commands must not take the service's port: they may run beside a stopped service's
      // config.
      System.setProperty("quarkus.http.host-enabled", "false");
      // Nobody searches after a one-off command's start, so nothing is warmed up for them.
      if (System.getProperty("casesearch.warm-up") == null)
        System.setProperty("casesearch.warm-up", "false");
      // People read a command's output: plain log lines, not the service's JSON.
      if (System.getProperty("quarkus.log.console.json.enabled") == null) {
        System.setProperty("quarkus.log.console.json.enabled", "false");
      }
    }
    Path scratch = null;
    if (command.equals("eval")) {
      // Evaluation ingests into a data directory of its own, never the service's: a fresh
      // temporary one, removed when the command ends, unless --data-dir names one to keep.
      String dir = optionValue(args, "--data-dir");
      try {
        if (dir == null) scratch = Files.createTempDirectory("casesearch-eval-");
        System.setProperty("casesearch.data-dir", dir != null ? dir : scratch.toString());
      } catch (IOException e) {
        System.err.println("eval: cannot create a temporary data directory: " + e.getMessage());
        System.exit(1);
      }
      applyRegressionSettings(args);
    }
    if (scratch == null && !lockOrExplain(dataDir(args), command, System.err)) System.exit(1);
    if (scratch != null) {
      // Runs when the process exits: after the command the application has stopped and closed
      // the database and indexes; on a signal it runs beside the application's own shutdown, so
      // a file still open then may stay behind.
      Path toRemove = scratch;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> removeQuietly(toRemove), "remove-scratch-data"));
    }
    try {
      Quarkus.run(CasesearchCommand.class, args);
    } finally {
      // Reached only where the application's end does not end the process (a test harness that
      // launches commands one after another): the next launch must find the directory free.
      releaseLock();
    }
  }

  private static void releaseLock() {
    if (dataDirLock == null) return;
    try {
      dataDirLock.channel().close();
    } catch (IOException e) {
      // closing the channel releases the lock; nothing else to do
    }
    dataDirLock = null;
  }

  /**
   * Answers what needs no application: help, version and usage errors.
   *
   * @return the exit code when the command line was answered (0 for help and version, 2 for a usage
   *     error); empty when the command is to run
   */
  static Optional<Integer> answerWithoutStarting(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli =
        CasesearchCommand.commandLine(
            new ImportCommand(),
            new ReindexCommand(),
            new EvalCommand(),
            new AuditVerifyCommand(),
            new CheckCommand());
    cli.setOut(new java.io.PrintWriter(out, true, out.charset()));
    cli.setErr(new java.io.PrintWriter(err, true, err.charset()));
    ParseResult parsed;
    try {
      parsed = cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      err.println(e.getMessage());
      e.getCommandLine().usage(err);
      return Optional.of(2);
    }
    Integer help = CommandLine.executeHelpRequest(parsed);
    return Optional.ofNullable(help);
  }

  /** The subcommand named, {@code serve} when none is. */
  static String commandName(String... args) {
    return args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
  }

  private static Path dataDir(String... args) {
    String option = optionValue(args, "--data-dir");
    return option != null ? Path.of(option) : DataDirectory.configured();
  }

  /** Takes the data directory's lock, or says in one sentence why this process may not open it. */
  private static boolean lockOrExplain(Path dataDir, String command, PrintStream err) {
    try {
      Optional<FileLock> lock = DataDirectory.lock(dataDir);
      if (lock.isPresent()) {
        dataDirLock = lock.get();
        return true;
      }
    } catch (IOException e) {
      err.println(
          command
              + ": cannot open the data directory "
              + dataDir.toAbsolutePath().normalize()
              + ": "
              + e.getMessage());
      return false;
    }
    String pid = DataDirectory.holder(dataDir);
    String who = "another Casesearch process" + (pid.isEmpty() ? "" : " (pid " + pid + ")");
    String where = dataDir.toAbsolutePath().normalize().toString();
    err.println(
        command.equals("serve")
            ? "The data directory "
                + where
                + " is in use by "
                + who
                + ": two services cannot share one; give this one"
                + " another CASESEARCH_DATA_DIR, or stop the other."
            : command
                + ": the data directory "
                + where
                + " is in use by "
                + who
                + ", probably the running service:"
                + " stop the service first"
                + (command.equals("import")
                    ? ", or send the records to it (POST /api/v1/records)."
                    : "."));
    return false;
  }

  private static String optionValue(String[] args, String name) {
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals(name) && i + 1 < args.length) return args[i + 1];
      if (args[i].startsWith(name + "=")) return args[i].substring(name.length() + 1);
    }
    return null;
  }

  private static void removeQuietly(Path dir) {
    try {
      FileTrees.delete(dir);
    } catch (IOException e) {
      System.err.println(
          "could not remove the temporary data directory " + dir + ": " + e.getMessage());
    }
  }

  /**
   * A regression's settings must be in place before the service starts, so they are read here; a
   * setting also given with -D on the command line keeps the command line's value.
   */
  private static void applyRegressionSettings(String... args) {
    String file = optionValue(args, "--regression");
    if (file == null) return;
    try {
      Regression.read(Path.of(file))
          .config()
          .forEach(
              (k, v) -> {
                if (System.getProperty(k) == null) System.setProperty(k, v);
              });
    } catch (IOException | IllegalArgumentException e) {
      // The eval command reads the file again and reports the problem properly.
    }
  }
}
