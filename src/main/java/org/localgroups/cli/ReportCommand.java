package org.localgroups.cli;

import java.util.concurrent.Callable;
import org.localgroups.checks.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code localgroups report SLUG --reason TEXT [--by NAME]}: someone says the group is gone; kept
 * as an observation, weighed against newer evidence of life.
 */
@Command(
    name = "report",
    description = "Record a report that the group seems inactive (an observation, not a revision).")
final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SLUG", description = "the group's slug")
  String slug;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why")
  String reason;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "who reports it (default: $USER, the user running this)")
  String by = Attributing.defaultAuthor();

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Statements.record(spec, data, slug, Statement.Kind.REPORT, by, reason);
  }
}
