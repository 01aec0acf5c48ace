package org.localgroups.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VJournal;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.localgroups.directory.Group;

/**
 * Renders iCalendar feeds (RFC 5545, with iCal4j): one VEVENT per series of a full rule, with its
 * RRULE in the group's local zone (and that zone's VTIMEZONE), a UID that stays the same from one
 * request to the next (the group's id and the series' place in its rule), the group's page as URL,
 * and the phrase in the description. A group whose zone is not known gets floating local times, and
 * its description says so; partial rules are left out. A feed with no meeting holds one journal
 * entry saying why. Thread-safe.
 */
public final class CalendarFeeds {
  public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
  static final String PRODUCT = "-//localgroups//meetings 1.0//EN";
  static final String UID_DOMAIN = "localgroups";

  /** Calendar clients may fetch the feed again after a day (RFC 7986 REFRESH-INTERVAL). */
  private static final java.time.Duration REFRESH = java.time.Duration.ofDays(1);

  private final Clock clock;
  private final Map<String, VTimeZone> zones = new ConcurrentHashMap<>();
  private volatile @Nullable TimeZoneRegistry registry;

  public CalendarFeeds(Clock clock) {
    this.clock = clock;
  }

  /** The feed as iCalendar text. */
  public String render(Feed feed) {
    Instant now = clock.instant();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new Name(feed.name()));
    calendar.add(new XProperty("X-WR-CALNAME", feed.name()));
    calendar.add(new Url(URI.create(feed.url())));
    calendar.add(new RefreshInterval(new ParameterList(), REFRESH));
    calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));

    Map<String, VTimeZone> used = new LinkedHashMap<>();
    List<VEvent> events = new ArrayList<>();
    int partial = 0;
    int zoneless = 0;
    for (GroupMeetings g : feed.groups()) {
      if (g.rule() instanceof MeetingRule.Partial) {
        partial++;
      }
      if (!g.recurrences().isEmpty() && g.zoneId() == null && anyTimed(g)) {
        zoneless++;
      }
      List<Recurrence> series = g.recurrences();
      for (int k = 0; k < series.size(); k++) {
        Recurrence r = series.get(k);
        List<Occurrence> first = NextMeetings.after(List.of(r), g.zoneId(), now, 1);
        if (first.isEmpty()) {
          continue;
        }
        if (r.time() != null && g.zoneId() != null) {
          used.computeIfAbsent(g.zoneId().getId(), this::vtimezone);
        }
        events.add(event(g, k, first.getFirst(), feed.groupPages(), now));
      }
    }
    String about = about(feed, events.size(), partial, zoneless);
    calendar.add(new Description(about));
    calendar.add(new XProperty("X-WR-CALDESC", about));
    used.values().forEach(calendar::add);
    events.forEach(calendar::add);
    if (events.isEmpty()) {
      calendar.add(note(feed, about, now));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static boolean anyTimed(GroupMeetings g) {
    return g.recurrences().stream().anyMatch(r -> r.time() != null);
  }

  private VEvent event(GroupMeetings g, int k, Occurrence first, String groupPages, Instant now) {
    Group group = g.group();
    Recurrence r = first.recurrence();
    VEvent event = new VEvent(false);
    event.add(new Uid(uid(group, k)));
    event.add(new DtStamp(now));
    TimeRange time = r.time();
    if (time == null) {
      event.add(new DtStart<>(first.date()));
      event.add(new DtEnd<>(first.date().plusDays(1)));
    } else {
      event.add(new DtStart<>(at(first.date().atTime(time.start()), g.zoneId())));
      if (time.end() != null) {
        LocalDateTime end = first.date().atTime(time.end());
        event.add(
            new DtEnd<>(at(time.end().isBefore(time.start()) ? end.plusDays(1) : end, g.zoneId())));
      }
    }
    event.add(new RRule<>(r.rrule()));
    event.add(new Summary(group.name()));
    String page = groupPages + group.slug();
    StringBuilder description =
        new StringBuilder("From the listing: \u201c").append(g.rule().phrase()).append("\u201d.");
    if (g.setByOrganisers()) {
      description = new StringBuilder("Set by the group's organisers.");
    }
    if (g.zone() instanceof LocalZone.Unknown unknown && time != null) {
      description
          .append("\nTime zone not known: ")
          .append(unknown.why())
          .append("; the times are local to the group.");
    }
    description.append('\n').append(page);
    event.add(new Description(description.toString()));
    event.add(new Url(URI.create(page)));
    if (!r.place().isEmpty()) {
      event.add(new Location(r.place()));
    }
    return event;
  }

  /** In the group's zone, or floating local time (RFC 5545 §3.3.5) when it has none. */
  private static Temporal at(LocalDateTime local, @Nullable ZoneId zone) {
    return zone == null ? local : ZonedDateTime.of(local, zone);
  }

  /** "{group id}-{series}@localgroups": the same for the same group's series at every request. */
  static String uid(Group group, int series) {
    String id = group.id().isEmpty() ? "slug-" + group.slug() : group.id();
    return id + "-" + series + "@" + UID_DOMAIN;
  }

  private static String about(Feed feed, int events, int partial, int zoneless) {
    StringBuilder sb =
        new StringBuilder()
            .append(events)
            .append(" meeting series of ")
            .append(feed.groups().size())
            .append(feed.groups().size() == 1 ? " group" : " groups")
            .append(", read from the groups' listings.");
    if (partial > 0) {
      sb.append(' ')
          .append(partial)
          .append(partial == 1 ? " group says" : " groups say")
          .append(" how often but not which day: not in this feed (see their pages).");
    }
    if (zoneless > 0) {
      sb.append(' ')
          .append(zoneless)
          .append(zoneless == 1 ? " group has" : " groups have")
          .append(" no known time zone: their times are floating local times.");
    }
    return sb.append(' ').append(feed.url()).toString();
  }

  /** The one entry of a feed without meetings: RFC 5545 wants at least one component. */
  private static VJournal note(Feed feed, String about, Instant now) {
    VJournal note = new VJournal(false);
    note.add(new Uid("none-" + Integer.toHexString(feed.url().hashCode()) + "@" + UID_DOMAIN));
    note.add(new DtStamp(now));
    note.add(new DtStart<>(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)));
    note.add(new Summary("No meeting with a known day"));
    note.add(new Description(about));
    note.add(new Url(URI.create(feed.url())));
    return note;
  }

  private VTimeZone vtimezone(String zoneId) {
    return zones.computeIfAbsent(
        zoneId,
        id -> {
          TimeZone tz = registry().getTimeZone(id);
          if (tz == null) {
            throw new IllegalStateException("iCal4j has no time zone " + id);
          }
          return tz.getVTimeZone();
        });
  }

  private TimeZoneRegistry registry() {
    TimeZoneRegistry r = registry;
    if (r == null) {
      synchronized (this) {
        r = registry;
        if (r == null) {
          r = TimeZoneRegistryFactory.getInstance().createRegistry();
          registry = r;
        }
      }
    }
    return r;
  }
}
