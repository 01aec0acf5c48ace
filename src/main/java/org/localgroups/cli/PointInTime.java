package org.localgroups.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.localgroups.LocalGroupsException;
import org.localgroups.store.ChangeQuery;
import org.localgroups.store.DirectoryStore;

/**
 * {@code export --at}: a moment of the directory's past, named by a revision id or by a time. A
 * date means the end of that day in UTC; an ISO 8601 instant, that instant.
 */
sealed interface PointInTime {
  /** Right after this revision. */
  record AtRevision(long id) implements PointInTime {
    @Override
    public long revision(DirectoryStore store) {
      if (store.revision(id).isEmpty()) {
        throw LocalGroupsException.notFound(
            "No revision "
                + id
                + " is stored"
                + newest(store)
                    .map(n -> "; the newest is " + n)
                    .orElse("; the directory has no revision yet")
                + ".");
      }
      return id;
    }
  }

  /** The last revision made at or before this instant. */
  record AtTime(Instant at, String given) implements PointInTime {
    @Override
    public long revision(DirectoryStore store) {
      long revision = store.revisionAt(at);
      if (revision == 0) {
        String first =
            store
                .revision(1)
                .map(r -> "; its first change was made at " + RevisionPrinter.time(r.at()))
                .orElse("; it has no change yet");
        throw LocalGroupsException.notFound(
            "The directory had no change by " + given + first + ".");
      }
      return revision;
    }
  }

  /** The id of the last revision made by then (0 never: a moment before the first is refused). */
  long revision(DirectoryStore store);

  /**
   * Reads what {@code --at} was given: digits are a revision id; else a date (2026-12-07) or an
   * instant (2026-12-07T14:00:00Z).
   *
   * @throws LocalGroupsException BAD_INPUT when it is none of these
   */
  static PointInTime parse(String text) {
    String t = text.strip();
    if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      long id;
      try {
        id = Long.parseLong(t);
      } catch (NumberFormatException e) {
        throw LocalGroupsException.badInput("--at " + Text.shown(t) + " is not a revision id.");
      }
      if (id == 0) {
        throw LocalGroupsException.badInput("--at 0 names no revision; revisions start at 1.");
      }
      return new AtRevision(id);
    }
    try {
      // the day's last microsecond: PostgreSQL keeps times to the microsecond
      Instant endOfDay =
          LocalDate.parse(t)
              .plusDays(1)
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant()
              .minus(1, ChronoUnit.MICROS);
      return new AtTime(endOfDay, t);
    } catch (DateTimeParseException notADate) {
      try {
        return new AtTime(Instant.parse(t), t);
      } catch (DateTimeParseException notAnInstant) {
        throw LocalGroupsException.badInput(
            "--at takes a revision id, a date (2026-12-07) or a UTC time (2026-12-07T14:00:00Z),"
                + " not '"
                + Text.shown(t)
                + "'.");
      }
    }
  }

  private static java.util.Optional<Long> newest(DirectoryStore store) {
    return store.changes(ChangeQuery.newest(1)).stream().findFirst().map(r -> r.id());
  }
}
