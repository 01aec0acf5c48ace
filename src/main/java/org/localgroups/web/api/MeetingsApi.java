package org.localgroups.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Group;
import org.localgroups.meetings.GroupMeetings;
import org.localgroups.meetings.Meetings;
import org.localgroups.meetings.Occurrence;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.NearResult;
import org.localgroups.web.Json;
import org.localgroups.web.NearGroups;
import org.localgroups.web.Params;
import org.localgroups.web.WebServices;
import org.localgroups.web.api.MeetingsJson.GroupRef;
import org.localgroups.web.api.MeetingsJson.ListedMeeting;
import org.localgroups.web.api.MeetingsJson.MeetingJson;
import org.localgroups.web.api.MeetingsJson.MeetingList;

/** {@code /api/meetings?near=PLACE&from=&to=&km=}: meetings near a place in a span, by time. */
public final class MeetingsApi {
  /** The span asked for when none is given. */
  static final int DEFAULT_DAYS = 31;

  /** The longest span: a year. */
  static final int MAX_DAYS = 366;

  private final WebServices services;
  private final Json json;

  public MeetingsApi(WebServices services, Json json) {
    this.services = services;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/meetings", this::meetings);
    routes.options("/api/meetings", Api::preflight);
  }

  private void meetings(Context ctx) {
    String near = Params.text(ctx.queryParam("near"), "near");
    if (near.isEmpty()) {
      throw LocalGroupsException.badInput(
          "Give a place in near (for example near=Kraków) to list the meetings near it.");
    }
    double km = NearGroups.km(ctx.queryParam("km"));
    Meetings meetings = services.meetings();
    LocalDate today = LocalDate.ofInstant(meetings.clock().instant(), ZoneOffset.UTC);
    LocalDate from = date(ctx.queryParam("from"), "from", today);
    LocalDate to = date(ctx.queryParam("to"), "to", from.plusDays(DEFAULT_DAYS - 1));
    if (to.isBefore(from)) {
      throw LocalGroupsException.badInput("to (" + to + ") is before from (" + from + ").");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw LocalGroupsException.badInput(
          "The span from " + from + " to " + to + " is longer than " + MAX_DAYS + " days.");
    }
    DirectoryView view = services.view();
    NearResult r = view.finder().near(near, Params.MAX_K, km);
    Map<String, Double> distances = new HashMap<>();
    r.groups().forEach(g -> distances.put(g.groupSlug(), g.distanceKm()));
    List<Group> groups = NearGroups.within(view.directory(), r, km);
    List<Listed> listed = new ArrayList<>();
    for (Group g : groups) {
      GroupMeetings m = meetings.of(g);
      GroupRef ref =
          new GroupRef(
              g.slug(),
              g.name(),
              "/groups/" + g.slug(),
              Math.round(distances.getOrDefault(g.slug(), 0.0) * 10) / 10.0,
              m.rule().phrase());
      meetings.between(m, from, to).forEach(o -> listed.add(new Listed(ref, o)));
    }
    listed.sort(
        Comparator.comparing((Listed l) -> l.meeting().sortKey())
            .thenComparing(l -> l.group().name()));
    json.write(
        ctx,
        new MeetingList(
            new ApiModel.UnderstoodPlace(r.understood(), r.latitude(), r.longitude()),
            from.toString(),
            to.toString(),
            km,
            groups.size(),
            listed.stream()
                .map(l -> new ListedMeeting(l.group(), MeetingJson.of(l.meeting())))
                .toList()));
  }

  private record Listed(GroupRef group, Occurrence meeting) {}

  private static LocalDate date(@Nullable String value, String name, LocalDate otherwise) {
    String text = Params.text(value, name);
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw LocalGroupsException.badInput(
          name + " must be a date such as 2026-12-10, not '" + Params.shorten(text) + "'.");
    }
  }
}
