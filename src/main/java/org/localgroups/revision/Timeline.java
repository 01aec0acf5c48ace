package org.localgroups.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A group's life as its revisions tell it: when it was first listed, last changed, renamed, moved
 * between regions, removed (and restored), and by which revision. The one reading of a history for
 * pages, the API and CSV.
 *
 * @param firstListed the revision that created it
 * @param lastChanged its newest revision
 * @param events every rename, move, removal and restoration, oldest first
 */
public record Timeline(Moment firstListed, Moment lastChanged, List<Event> events) {
  public Timeline {
    events = List.copyOf(events);
  }

  /** A revision, as a timeline names it. */
  public record Moment(long revision, Instant at, String author) {
    static Moment of(Revision r) {
      return new Moment(r.id(), r.at(), r.author());
    }
  }

  /**
   * Something that happened to the group.
   *
   * @param what renamed, moved, removed or restored
   * @param detail for a rename the old and new names ("PyWaw → Warsaw Python"); for a move the
   *     regions (by id) before and after; else ""
   */
  public record Event(What what, Moment when, String detail) {}

  public enum What {
    RENAMED,
    MOVED,
    REMOVED,
    RESTORED
  }

  /** The timeline of a group's revisions (in any order); empty when there are none. */
  public static Optional<Timeline> of(List<Revision> revisions) {
    List<Revision> oldestFirst =
        revisions.stream().sorted(Comparator.comparingLong(Revision::id)).toList();
    if (oldestFirst.isEmpty()) {
      return Optional.empty();
    }
    List<Event> events = new ArrayList<>();
    Revision previous = null;
    for (Revision r : oldestFirst) {
      if (previous != null
          && r.state() instanceof GroupState now
          && previous.state() instanceof GroupState was) {
        Moment when = Moment.of(r);
        if (!now.name().equals(was.name())) {
          events.add(new Event(What.RENAMED, when, was.name() + " → " + now.name()));
        }
        if (!now.regions().equals(was.regions())) {
          events.add(
              new Event(
                  What.MOVED,
                  when,
                  String.join(", ", was.regions()) + " → " + String.join(", ", now.regions())));
        }
        if (r.removed() && !previous.removed()) {
          events.add(new Event(What.REMOVED, when, ""));
        } else if (!r.removed() && previous.removed()) {
          events.add(new Event(What.RESTORED, when, ""));
        }
      }
      previous = r;
    }
    return Optional.of(
        new Timeline(Moment.of(oldestFirst.getFirst()), Moment.of(oldestFirst.getLast()), events));
  }

  /** When it was removed last, if it is removed now. */
  public Optional<Event> removal() {
    return events.isEmpty() || events.getLast().what() != What.REMOVED
        ? Optional.empty()
        : Optional.of(events.getLast());
  }
}
