package org.localgroups.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.localgroups.curate.Editor;
import org.localgroups.revision.StateDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localgroups add NAME --region SLUG ...}: a new group, as one revision. */
@Command(
    name = "add",
    description =
        "Add a group to a region as one revision, placed at --place or at its region's place;"
            + " prints its slug and revision.")
final class AddCommand implements Callable<Integer> {
  /** The fields {@code --set} gives a new group (its name is NAME). */
  static final List<String> SETTABLE = List.of("description", "meeting", "founded", "status");

  @Parameters(paramLabel = "NAME", description = "the group's name")
  String name;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "SLUG",
      description = "the region that lists it")
  String region;

  @Option(
      names = "--set",
      paramLabel = "FIELD=VALUE",
      description = "description, meeting, founded or status (repeatable)")
  List<String> settings = new ArrayList<>();

  @Option(
      names = "--add-link",
      paramLabel = "URL",
      description = "an http, https, mailto or irc link (repeatable; the first is its main link)")
  List<String> links = new ArrayList<>();

  @Option(
      names = "--place",
      paramLabel = "PLACE",
      description = "where it is, a place the gazetteer knows (\"Kraków, PL\")")
  @Nullable String place;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "active (default), starting, inactive or defunct")
  @Nullable String status;

  @Mixin Attributing attributing;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    FieldSettings set = FieldSettings.read(settings, SETTABLE);
    Editor.GroupFields fields =
        new Editor.GroupFields(
            Optional.empty(),
            set.get("description"),
            set.status(Optional.ofNullable(status)),
            set.get("founded"),
            set.get("meeting"),
            links,
            List.of(),
            Optional.empty(),
            Optional.ofNullable(place));
    Editor.Attribution who = attributing.attribution();
    try (Parts parts = new Parts(data)) {
      Editor.Edited added = parts.editor().add(name, region, fields, who);
      RevisionPrinter.edited(
          added,
          false,
          StateDiff.between(null, added.after(), parts.regionNames()),
          spec.commandLine().getOut());
      return 0;
    }
  }
}
