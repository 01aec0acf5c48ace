package org.localgroups.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.localgroups.checks.Statement;
import org.localgroups.directory.Group;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code localgroups confirm SLUG --by NAME [--note TEXT]}: an organiser says the group is alive;
 * the newest confirmation counts as evidence of life. Kept as an observation, not a revision.
 */
@Command(
    name = "confirm",
    description =
        "Record that the group is alive, as its organiser says (evidence of life; not a revision).")
final class ConfirmCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SLUG", description = "the group's slug")
  String slug;

  @Option(names = "--by", required = true, paramLabel = "NAME", description = "who confirms")
  String by;

  @Option(names = "--note", defaultValue = "", paramLabel = "TEXT", description = "what they said")
  String note = "";

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Statements.record(spec, data, slug, Statement.Kind.CONFIRMATION, by, note);
  }
}

/** Confirmations and reports: checked, kept, printed with the evidence they make. */
final class Statements {
  private Statements() {}

  static int record(
      CommandSpec spec,
      DataOptions data,
      String slug,
      Statement.Kind kind,
      String by,
      String said) {
    String who = Text.checked(by, "--by", 200);
    String text =
        Text.checked(said, kind == Statement.Kind.REPORT ? "--reason" : "--note", Text.MAX_COMMENT);
    if (who.isBlank()) {
      throw org.localgroups.LocalGroupsException.badInput("Say who says it (--by NAME).");
    }
    if (kind == Statement.Kind.REPORT && text.isBlank()) {
      throw org.localgroups.LocalGroupsException.badInput(
          "Say why the group seems inactive (--reason TEXT).");
    }
    try (Parts parts = new Parts(data)) {
      parts.group(slug);
      var d = parts.directory();
      Group g =
          d.group(slug)
              .orElseThrow(
                  () ->
                      org.localgroups.LocalGroupsException.notFound(
                          "No group '" + Text.shown(slug) + "' is in the directory now."));
      parts.observations().say(new Statement(0, g.id(), kind, who, text, Instant.now()));
      var e = parts.evidence().of(d, g);
      spec.commandLine()
          .getOut()
          .println(g.slug() + ": " + e.kind().label() + ". " + Text.safe(e.explanation()));
      return 0;
    }
  }
}
