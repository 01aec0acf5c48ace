package org.localgroups.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.localgroups.revision.FieldChange;
import org.localgroups.revision.Revision;
import org.localgroups.revision.Timeline;

/** The API's shapes for revisions, history and a group's timeline (snake_case names). */
final class HistoryJson {
  private HistoryJson() {}

  /** A revision as a timeline names it: which, when (ISO 8601, UTC), by whom. */
  record Moment(long revision, String at, String author) {
    static Moment of(Timeline.Moment m) {
      return new Moment(m.revision(), m.at().toString(), m.author());
    }

    static Moment of(Revision r) {
      return new Moment(r.id(), r.at().toString(), r.author());
    }
  }

  /** One field that differs from the parent revision, each value as people read it. */
  record FieldChangeJson(String field, String before, String after) {
    static FieldChangeJson of(FieldChange c) {
      return new FieldChangeJson(c.field(), c.before(), c.after());
    }
  }

  /**
   * One revision of a group.
   *
   * @param parent the group's previous revision, 0 for its first
   * @param removed whether the group was removed after it
   * @param changes field by field against the parent (every field for a creation)
   */
  record RevisionJson(
      long id,
      long parent,
      String kind,
      String author,
      String at,
      String comment,
      long changeSet,
      boolean removed,
      List<FieldChangeJson> changes) {
    static RevisionJson of(Revision r, List<FieldChange> changes) {
      return new RevisionJson(
          r.id(),
          r.parent(),
          r.kind().id(),
          r.author(),
          r.at().toString(),
          r.comment(),
          r.changeSet(),
          r.removed(),
          changes.stream().map(FieldChangeJson::of).toList());
    }
  }

  /**
   * One page of a group's history, newest first.
   *
   * @param total how many revisions the group has
   * @param next the address of the next (older) page, null on the last
   */
  record HistoryPage(
      String slug, String name, int total, List<RevisionJson> items, @Nullable String next) {}

  /**
   * A revision in Recent Changes: which entity it is of, and the revision.
   *
   * @param entity group, region or intro
   * @param slug the entity's slug in this revision ("" for the intro)
   * @param name its name in this revision
   * @param url its address now ("" for the intro)
   */
  record ChangeJson(
      String entity, String slug, String name, String url, @JsonUnwrapped RevisionJson revision) {}

  /** One page of Recent Changes, newest first; {@code next} null on the last. */
  record ChangePage(List<ChangeJson> items, @Nullable String next) {}

  /** A rename: the names before and after. */
  record Rename(long revision, String at, String author, String from, String to) {}

  /** A move between regions: their slugs before and after. */
  record Move(long revision, String at, String author, List<String> from, List<String> to) {}

  /** A group's life: first listed, renames, moves, removals and restorations, each oldest first. */
  record TimelineJson(
      Moment firstListed,
      List<Rename> renames,
      List<Move> moves,
      List<Moment> removed,
      List<Moment> restored) {}

  /**
   * A group as {@code GET /api/groups/{slug}} answers it: the group, its current revision (also its
   * ETag), its last change and its timeline.
   */
  record GroupDetail(
      @JsonUnwrapped ApiModel.GroupJson group,
      long revision,
      Moment lastChanged,
      TimelineJson timeline) {}

  /** A version of a group in a refused edit: the revision and the group as it left it. */
  record Version(long revision, ApiModel.@Nullable GroupJson group) {}
}
