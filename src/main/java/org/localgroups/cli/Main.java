package org.localgroups.cli;

import org.localgroups.LocalGroupsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code localgroups} command: wires the parts and maps failures to one message and an exit code. */
@Command(name = "localgroups", mixinStandardHelpOptions = true, version = "localgroups 0.1",
    description = "A directory of local user groups: import wiki pages, place groups, find the nearest one.",
    subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, GeocodeCommand.class,
        GroupsCommand.class})
public final class Main implements Runnable {
  /** Exit codes, one per failure kind. */
  static final int EXIT_BAD_INPUT = 2;
  static final int EXIT_NOT_FOUND = 3;
  static final int EXIT_CONFLICT = 4;
  static final int EXIT_UNAVAILABLE = 5;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof LocalGroupsException failure) {
        commandLine.getErr().println("localgroups: " + failure.getMessage());
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
    return cli.execute(args);
  }
}
