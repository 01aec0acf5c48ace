package org.localgroups.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.localgroups.directory.Directory;
import org.localgroups.importer.Importer;
import org.localgroups.meetings.MeetingReport;
import org.localgroups.meetings.Meetings;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localgroups meetings --report [PAGE]}. */
@Command(
    name = "meetings",
    description =
        "When groups meet: --report tells how many meeting phrases became full, partial or no"
            + " rules, with each phrase and its reading (of the stored directory, or of a page"
            + " given, which is not stored).")
final class MeetingsCommand implements Callable<Integer> {
  @Option(
      names = "--report",
      required = true,
      description = "each phrase, what it was read as, and the counts")
  boolean report;

  @Parameters(
      arity = "0..1",
      paramLabel = "PAGE",
      description = "a page to read instead of the stored directory (.moin or .md)")
  Path page;

  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    try (Parts parts = new Parts(data)) {
      Directory directory;
      if (page != null) {
        PageReader.Page read = new PageReader().read(page, PageFormat.AUTO, "");
        directory =
            new Importer(parts.gazetteer())
                .read(read.outline(), read.source(), read.format().id())
                .directory();
      } else {
        directory = parts.directory();
      }
      Meetings meetings = Meetings.english(parts.gazetteer(), Clock.systemUTC());
      out.print(MeetingReport.of(directory, meetings).text());
      out.flush();
      return 0;
    }
  }
}
