package org.localgroups.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.localgroups.LocalGroupsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code localgroups} command: wires the parts and maps failures to one message and an exit
 * code.
 */
@Command(
    name = "localgroups",
    mixinStandardHelpOptions = true,
    version = "localgroups 0.1",
    description =
        "A directory of local user groups: import wiki pages, edit groups with their history, place"
            + " groups, find the nearest one.",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      ImportHistoryCommand.class,
      ExportCommand.class,
      GeocodeCommand.class,
      GroupsCommand.class,
      MeetingsCommand.class,
      AddCommand.class,
      EditCommand.class,
      RemoveCommand.class,
      RestoreCommand.class,
      RevertCommand.class,
      HistoryCommand.class,
      DiffCommand.class,
      MigrateCommand.class,
      BackupCommand.class,
      GenerateCommand.class
    })
public final class Main implements Runnable {
  /** Exit codes, one per failure kind. */
  static final int EXIT_BAD_INPUT = 2;

  static final int EXIT_NOT_FOUND = 3;
  static final int EXIT_CONFLICT = 4;
  static final int EXIT_UNAVAILABLE = 5;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Lucene says at start that the JDK's incubating vector module is not enabled; that is a
   * deployment choice, not a problem for the user, so it stays out of the one line that serve logs.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_NOTICE =
      java.util.logging.Logger.getLogger(
          "org.apache.lucene.internal.vectorization.VectorizationProvider");

  public static void main(String[] args) {
    LUCENE_VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs the command line on the standard streams and returns its exit code. */
  public static int run(String... args) {
    return run(System.out, System.err, args);
  }

  /**
   * Runs the command line with its output and messages written, as UTF-8, to the given streams
   * (tests capture them here), and returns its exit code. The streams are flushed, not closed.
   */
  public static int run(OutputStream out, OutputStream err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof LocalGroupsException failure) {
            commandLine.getErr().println("localgroups: " + failure.getMessage());
            if (failure instanceof Refusal refusal) {
              refusal.details().forEach(commandLine.getErr()::println);
            }
            return switch (failure.kind()) {
              case BAD_INPUT -> EXIT_BAD_INPUT;
              case NOT_FOUND -> EXIT_NOT_FOUND;
              case CONFLICT -> EXIT_CONFLICT;
              case UNAVAILABLE -> EXIT_UNAVAILABLE;
            };
          }
          commandLine.getErr().println("localgroups: internal error: " + e);
          return 1;
        });
    try {
      return cli.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }
}
