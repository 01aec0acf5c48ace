package org.localgroups.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.localgroups.curate.Replayed;
import org.localgroups.curate.Replayed.Outcome;
import org.localgroups.revision.RevisionKind;
import org.localgroups.wikihistory.PageHistory;
import org.localgroups.wikihistory.PageRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code localgroups import-history REPO_OR_BUNDLE}: replays a page's revisions from git, oldest
 * first, each as one change set; prints progress and a summary.
 */
@Command(
    name = "import-history",
    description =
        "Replay every revision of a wiki page kept in git (a repository folder or a bundle file),"
            + " oldest first, each merged like import as one change set with its commit's author, time"
            + " and message. Vandalised revisions (the page replaced, link spam) and pages that are not"
            + " a directory are reported and skipped; revisions imported before are left alone, so the"
            + " command can be run again or resumed.")
final class ImportHistoryCommand implements Callable<Integer> {
  /** A progress line every this many revisions. */
  static final int PROGRESS_EVERY = 50;

  @Parameters(paramLabel = "REPO_OR_BUNDLE", description = "a git repository folder or bundle file")
  Path source;

  @Option(
      names = "--path",
      defaultValue = "",
      paramLabel = "FILE",
      description = "the page's path in the repository (default: its only file)")
  String path;

  @Option(
      names = "--branch",
      defaultValue = "",
      paramLabel = "B",
      description = "the branch to follow (default: HEAD)")
  String branch;

  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    // The history is opened before the store: a source that is not git changes nothing, not even
    // a data folder that does not exist yet.
    try (PageHistory history = PageHistory.open(source, branch, path);
        Parts parts = new Parts(data)) {
      List<PageRevision> revisions = history.revisions();
      out.printf(
          "Replaying %s from %s (%s): %d revisions, %s to %s%n",
          history.path(),
          history.source(),
          history.branch(),
          revisions.size(),
          day(revisions.getFirst()),
          day(revisions.getLast()));
      out.flush();
      Replayed replayed =
          parts
              .historyReplay()
              .replay(
                  history,
                  step -> {
                    if (step.number() % PROGRESS_EVERY == 0 || step.number() == revisions.size()) {
                      out.printf(
                          "  %d/%d revisions (%s)%n",
                          step.number(), revisions.size(), day(step.revision()));
                      out.flush();
                    }
                  });
      summary(replayed, Duration.ofNanos(System.nanoTime() - start), out);
      return 0;
    }
  }

  static void summary(Replayed replayed, Duration took, PrintWriter out) {
    int total = replayed.steps().size();
    out.printf(
        Locale.ROOT,
        "Replayed %d revisions of %s in %.1f s (%.0f ms a revision):%n",
        total,
        replayed.source(),
        took.toMillis() / 1000.0,
        total == 0 ? 0.0 : took.toMillis() / (double) total);
    out.printf(
        "  %d applied, %d unchanged, %d skipped as vandalism, %d skipped as not a directory,"
            + " %d imported before%n",
        replayed.count(Outcome.APPLIED),
        replayed.count(Outcome.UNCHANGED),
        replayed.count(Outcome.VANDALISM),
        replayed.count(Outcome.NOT_A_DIRECTORY),
        replayed.count(Outcome.ALREADY_IMPORTED));
    Map<RevisionKind, Integer> changes = replayed.groupChanges();
    out.printf(
        "  %d change sets; groups: %s%n",
        replayed.changeSets(),
        changes.isEmpty()
            ? "none changed"
            : changes.entrySet().stream()
                .map(e -> e.getValue() + " " + ChangePrinter.past(e.getKey()))
                .collect(Collectors.joining(", ")));
    list("Skipped as vandalism:", replayed.with(Outcome.VANDALISM), out);
    list("Skipped, not a directory of groups:", replayed.with(Outcome.NOT_A_DIRECTORY), out);
    out.flush();
  }

  private static void list(String title, List<Replayed.Step> steps, PrintWriter out) {
    if (steps.isEmpty()) {
      return;
    }
    out.println(title);
    for (Replayed.Step s : steps) {
      out.printf(
          "  #%d %s %s %s: %s%n",
          s.number(),
          s.revision().commit().substring(0, 10),
          day(s.revision()),
          s.revision().author(),
          s.why());
    }
  }

  private static String day(PageRevision revision) {
    return revision.at().atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
