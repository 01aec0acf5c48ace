package org.localgroups.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.curate.Editor;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.revision.StateDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code localgroups edit SLUG --set name=... --add-link URL ... [--meeting-rule RULE ...]
 * [--base-revision N]}: changes a group's fields as one revision, refused when the group changed
 * since the base revision.
 */
@Command(
    name = "edit",
    description =
        "Change a group's fields as one revision. With --base-revision, refused (exit 4, both versions"
            + " shown) when the group has changed since that revision.")
final class EditCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SLUG", description = "the group's slug")
  String slug;

  @Option(
      names = "--set",
      paramLabel = "FIELD=VALUE",
      description = "name, description, meeting, founded or status (repeatable; empty clears)")
  List<String> settings = new ArrayList<>();

  @Option(names = "--add-link", paramLabel = "URL", description = "add a link (repeatable)")
  List<String> addLinks = new ArrayList<>();

  @Option(names = "--remove-link", paramLabel = "URL", description = "remove a link (repeatable)")
  List<String> removeLinks = new ArrayList<>();

  @Option(
      names = "--move-to",
      paramLabel = "REGION",
      description = "list it in this region (its slug) instead")
  @Nullable String moveTo;

  @Option(
      names = "--place",
      paramLabel = "PLACE",
      description = "where it is, a place the gazetteer knows (\"Kraków, PL\")")
  @Nullable String place;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "active, starting, inactive or defunct")
  @Nullable String status;

  @Option(
      names = "--meeting-rule",
      paramLabel = "RULE",
      description =
          "the organisers' meeting rule, which wins over the phrase (repeatable; replaces the"
              + " group's rules): \"monthly, 2nd Thursday, 18:00-20:00, at the library\","
              + " \"weekly, Tuesday, 19:00\", \"every 2 weeks, Tuesday, from 2027-01-05\"")
  List<String> meetingRules = new ArrayList<>();

  @Option(
      names = "--clear-meeting-rules",
      description = "remove the organisers' meeting rules: the phrase says when it meets again")
  boolean clearMeetingRules;

  @Option(
      names = "--base-revision",
      paramLabel = "N",
      description = "the group's revision this edit was made from (see `history`)")
  @Nullable Long baseRevision;

  @Mixin Attributing attributing;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    FieldSettings set = FieldSettings.read(settings, FieldSettings.FIELDS);
    Editor.GroupFields fields =
        new Editor.GroupFields(
            set.get("name"),
            set.get("description"),
            set.status(Optional.ofNullable(status)),
            set.get("founded"),
            set.get("meeting"),
            addLinks,
            removeLinks,
            Optional.ofNullable(moveTo),
            Optional.ofNullable(place));
    if (clearMeetingRules && !meetingRules.isEmpty()) {
      throw LocalGroupsException.badInput(
          "Give --meeting-rule or --clear-meeting-rules, not both.");
    }
    if (clearMeetingRules || !meetingRules.isEmpty()) {
      fields = fields.withMeetingRules(meetingRules);
    }
    Editor.Attribution who = attributing.attribution();
    try (Parts parts = new Parts(data)) {
      long base = BaseRevision.checked(baseRevision, parts.store(), slug);
      Editor.Edited edited;
      try {
        edited = parts.editor().edit(slug, fields, base, who);
      } catch (StaleRevisionException stale) {
        throw BaseRevision.bothVersions(stale, parts.store(), parts.regionNames());
      }
      RevisionPrinter.edited(
          edited,
          false,
          StateDiff.between(edited.before().orElse(null), edited.after(), parts.regionNames()),
          spec.commandLine().getOut());
      return 0;
    }
  }
}
