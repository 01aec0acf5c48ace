package org.localgroups.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.localgroups.LocalGroupsException;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Revision;
import org.localgroups.store.DirectoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localgroups history SLUG}: a group's revisions, each with what it changed. */
@Command(
    name = "history",
    description =
        "List a group's revisions, newest first: id, time (UTC), author, kind, comment, and each field"
            + " it changed against the revision before it.")
final class HistoryCommand implements Callable<Integer> {
  /** At most this many revisions unless {@code --limit} says otherwise. */
  static final int DEFAULT_LIMIT = 100;

  /** The most {@code --limit} may ask for in one listing. */
  static final int MAX_LIMIT = 10_000;

  @Parameters(paramLabel = "SLUG", description = "the group's slug (a former slug works too)")
  String slug;

  @Option(
      names = {"-n", "--limit"},
      defaultValue = "" + DEFAULT_LIMIT,
      paramLabel = "N",
      description = "at most this many revisions, newest first (default: ${DEFAULT-VALUE})")
  int limit;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw LocalGroupsException.badInput(
          "--limit is between 1 and " + MAX_LIMIT + ", not " + limit + ".");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Parts parts = Parts.forReading(data)) {
      DirectoryStore store = parts.store();
      EntityRef ref = parts.group(slug);
      var current = store.entity(ref).orElseThrow();
      int count = store.revisionCount(ref);
      List<Revision> revisions = store.history(ref, limit, 0);
      out.printf(
          "History of '%s' (%s%s): %d revision%s, newest first%n",
          Text.safe(current.state().label()),
          current.state().slug(),
          current.removed() ? ", removed" : "",
          count,
          count == 1 ? "" : "s");
      Function<String, String> names = parts.regionNames();
      Map<Long, Revision> shown = new HashMap<>();
      revisions.forEach(r -> shown.put(r.id(), r));
      for (Revision r : revisions) {
        Optional<Revision> parent =
            r.parent() == 0
                ? Optional.empty()
                : Optional.ofNullable(shown.get(r.parent())).or(() -> store.revision(r.parent()));
        out.println(RevisionPrinter.header(r));
        RevisionPrinter.fields(RevisionPrinter.changes(parent, r, names), "  ", parent.isEmpty())
            .forEach(out::println);
      }
      if (count > revisions.size()) {
        out.printf(
            "(%d older revision%s not shown; --limit %d shows them)%n",
            count - revisions.size(),
            count - revisions.size() == 1 ? "" : "s",
            Math.min(count, MAX_LIMIT));
      }
      out.flush();
      return 0;
    }
  }
}
