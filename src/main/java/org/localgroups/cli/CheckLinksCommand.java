package org.localgroups.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.localgroups.checks.ClosedPlatforms;
import org.localgroups.checks.EvidenceBook;
import org.localgroups.checks.LinkChecker;
import org.localgroups.checks.Outcomes;
import org.localgroups.checks.Suggestions;
import org.localgroups.directory.Directory;
import org.localgroups.fetch.LinkProbe;
import org.localgroups.fetch.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code localgroups check-links}: checks the groups' links (closed platforms without fetching, the
 * others through the safe fetcher), keeps each result as an observation, and prints a summary (or
 * one JSON object per link); with {@code --apply-suggestions}, moved links and possibly inactive
 * groups become revisions by the link checker.
 */
@Command(
    name = "check-links",
    description =
        "Check the groups' links and keep what was found (observations, not revisions): a"
            + " summary per outcome, or one JSON object per link.")
final class CheckLinksCommand implements Callable<Integer> {
  /** Links checked at once unless told otherwise. */
  static final int DEFAULT_CONCURRENCY = 8;

  /** The width of the progress bar, in characters. */
  private static final int BAR = 30;

  @Option(names = "--group", paramLabel = "SLUG", description = "check only this group's links")
  @Nullable String group;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_CONCURRENCY,
      description =
          "links checked at once, 1 to "
              + LinkChecker.MAX_CONCURRENCY
              + " (default: ${DEFAULT-VALUE})")
  int concurrency = DEFAULT_CONCURRENCY;

  @Option(
      names = "--allow-net",
      paramLabel = "CIDR",
      description =
          "also allow fetching from this network (e.g. 127.0.0.0/8 for a test server); repeatable;"
              + " none by default")
  List<String> allowNets = new ArrayList<>();

  @Option(names = "--json", description = "print one JSON object per link instead of the summary")
  boolean json;

  @Option(
      names = "--apply-suggestions",
      description =
          "make the suggested changes revisions by the link checker: a link moved permanently"
              + " replaced by its new home, a possibly inactive group marked inactive")
  boolean applySuggestions;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Parts parts = new Parts(data)) {
      Directory d = parts.directory();
      LinkProbe probe = parts.probe(allowNets);
      try {
        var checker =
            new LinkChecker(
                ClosedPlatforms.bundled(), probe, parts.observations(), Clock.systemUTC());
        var progress = new ProgressLine(err, System.console() != null);
        List<LinkChecker.Checked> run =
            checker.run(d, Optional.ofNullable(group), concurrency, progress);
        progress.finish();
        if (json) {
          run.forEach(c -> out.println(json(c)));
        } else {
          summary(run, out);
        }
        EvidenceBook book = parts.evidence();
        List<Suggestions.Suggestion> suggested = Suggestions.of(run, d, book.of(d));
        if (applySuggestions) {
          for (Suggestions.Made m : Suggestions.apply(suggested, parts.editor())) {
            err.println(
                m.refused().isEmpty()
                    ? "made revision "
                        + m.revision()
                        + " of "
                        + m.suggestion().groupSlug()
                        + ": "
                        + Text.safe(m.suggestion().described())
                    : "not made for "
                        + m.suggestion().groupSlug()
                        + " ("
                        + m.refused()
                        + "): "
                        + Text.safe(m.suggestion().described()));
          }
        } else if (!suggested.isEmpty() && !json) {
          out.println();
          out.println(
              suggested.size()
                  + " suggested change"
                  + (suggested.size() == 1 ? "" : "s")
                  + " (made as revisions with --apply-suggestions):");
          suggested.forEach(
              s -> out.println("  " + s.groupSlug() + ": " + Text.safe(s.described())));
        }
      } finally {
        if (probe instanceof AutoCloseable closeable) {
          try {
            closeable.close();
          } catch (Exception e) {
            err.println("localgroups: the fetcher did not close cleanly: " + e.getMessage());
          }
        }
      }
      return 0;
    }
  }

  /** The counts per outcome, in the order of the outcomes, and the total. */
  static void summary(List<LinkChecker.Checked> run, PrintWriter out) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    run.forEach(c -> counts.merge(c.check().outcome(), 1, Integer::sum));
    int width = "Outcome".length();
    for (Outcome o : counts.keySet()) {
      width = Math.max(width, Outcomes.label(o).length());
    }
    String row = "%-" + width + "s  %6s%n";
    out.printf(row, "Outcome", "Links");
    counts.forEach((o, n) -> out.printf(row, Outcomes.label(o), n));
    out.printf(row, "Total", run.size());
  }

  /** One link's check as one line of JSON. */
  static String json(LinkChecker.Checked c) {
    var text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("group", c.group().slug());
      g.writeStringField("url", c.link().url());
      g.writeStringField("outcome", Outcomes.id(c.check().outcome()));
      g.writeNumberField("statusCode", c.check().statusCode());
      g.writeStringField("finalUrl", c.check().finalUrl());
      if (c.check().suggestedUrl() != null) {
        g.writeStringField("suggestedUrl", c.check().suggestedUrl());
      }
      g.writeNumberField("millis", c.check().millis());
      g.writeStringField("detail", c.check().detail());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Progress on stderr: a bar redrawn in place on a terminal, otherwise a plain line at each tenth
   * of the way (a log or a pipe gets a few lines, not a stream of carriage returns).
   */
  static final class ProgressLine implements LinkChecker.Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private int shownTenths = -1;
    private int total;

    ProgressLine(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void checked(int done, int total, LinkChecker.Checked last) {
      this.total = total;
      if (terminal) {
        int filled = total == 0 ? BAR : done * BAR / total;
        err.print(
            "\r["
                + "#".repeat(filled)
                + " ".repeat(BAR - filled)
                + "] "
                + done
                + "/"
                + total
                + " links");
        err.flush();
        return;
      }
      int tenths = total == 0 ? 10 : done * 10 / total;
      if (tenths != shownTenths) {
        shownTenths = tenths;
        err.println("checked " + done + " of " + total + " links");
      }
    }

    void finish() {
      if (terminal && total > 0) {
        err.println();
      }
    }
  }
}
