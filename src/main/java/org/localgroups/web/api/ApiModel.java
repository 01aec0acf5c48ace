package org.localgroups.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.localgroups.checks.Evidence;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.export.Coordinates;
import org.localgroups.geo.Place;
import org.localgroups.meetings.GroupMeetings;
import org.localgroups.meetings.Meetings;
import org.localgroups.revision.GroupState;
import org.localgroups.web.Presentation;

/** The shapes the JSON API answers with (serialised with snake_case names). */
final class ApiModel {
  private ApiModel() {}

  /**
   * A link; {@code url} is "" when it is not http(s), mailto or irc ({@code written} keeps the
   * original).
   */
  record LinkJson(String kind, String url, String label, String written) {
    static LinkJson of(Link l) {
      return new LinkJson(
          Presentation.lower(l.kind()), Presentation.href(l), l.label(), l.written());
    }
  }

  record PlaceJson(
      String precision,
      String name,
      String countryCode,
      String admin1,
      double latitude,
      double longitude,
      long geonameId,
      double confidence,
      String reason) {
    PlaceJson {
      latitude = Coordinates.rounded(latitude);
      longitude = Coordinates.rounded(longitude);
    }

    static PlaceJson of(Placement p) {
      return new PlaceJson(
          p.precision().name().toLowerCase(Locale.ROOT),
          p.name(),
          p.countryCode(),
          p.admin1(),
          p.latitude(),
          p.longitude(),
          p.geonameId(),
          p.confidence(),
          p.reason());
    }
  }

  record GroupJson(
      String slug,
      String name,
      String description,
      String url,
      String status,
      String founded,
      String meeting,
      List<String> notes,
      List<LinkJson> links,
      PlaceJson place,
      List<String> regions,
      MeetingsJson.RuleJson meetingRule,
      List<MeetingsJson.MeetingJson> nextMeetings,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable EvidenceJson evidence) {
    /** How many next meetings a group carries. */
    static final int NEXT_MEETINGS = 3;

    /** A group as it is now, with its evidence of life. */
    static GroupJson of(Directory d, Group g, Meetings meetings, Evidence evidence) {
      return of(g, d.regionsOf(g.slug()).stream().map(Region::slug).toList(), meetings)
          .withEvidence(EvidenceJson.of(evidence));
    }

    GroupJson withEvidence(EvidenceJson e) {
      return new GroupJson(
          slug,
          name,
          description,
          url,
          status,
          founded,
          meeting,
          notes,
          links,
          place,
          regions,
          meetingRule,
          nextMeetings,
          e);
    }

    /** A group as one of its revisions left it (its regions by slug). */
    static GroupJson of(GroupState s, List<String> regionSlugs, Meetings meetings) {
      return of(
          new Group(
              s.id(),
              s.slug(),
              s.name(),
              s.description(),
              s.links(),
              s.status(),
              s.founded(),
              s.meeting(),
              s.notes(),
              s.placement(),
              List.of(),
              s.meetingRules()),
          regionSlugs,
          meetings);
    }

    private static GroupJson of(Group g, List<String> regionSlugs, Meetings meetings) {
      GroupMeetings m = meetings.of(g);
      return new GroupJson(
          g.slug(),
          g.name(),
          g.description(),
          "/groups/" + g.slug(),
          g.status().name().toLowerCase(Locale.ROOT),
          g.founded(),
          g.meeting(),
          g.notes(),
          g.links().stream().map(LinkJson::of).toList(),
          PlaceJson.of(g.placement()),
          regionSlugs,
          MeetingsJson.RuleJson.of(m),
          meetings.next(m, NEXT_MEETINGS).stream().map(MeetingsJson.MeetingJson::of).toList(),
          null);
    }
  }

  /**
   * Why we think a group is alive or not (checks/Evidence): its kind, the badge's words, the date
   * it refers to ("" when none) and one sentence.
   */
  record EvidenceJson(String kind, String label, String date, String explanation) {
    static EvidenceJson of(Evidence e) {
      return new EvidenceJson(e.kind().id(), e.kind().label(), e.day(), e.explanation());
    }

    /** The same, as the map's GeoJSON properties carry it. */
    static java.util.Map<String, String> properties(Evidence e) {
      var out = new java.util.LinkedHashMap<String, String>();
      out.put("kind", e.kind().id());
      out.put("label", e.kind().label());
      out.put("date", e.day());
      out.put("explanation", e.explanation());
      return out;
    }
  }

  /**
   * A page of groups.
   *
   * @param next the address of the next page, null on the last
   */
  record GroupList(
      List<GroupJson> items,
      int total,
      int page,
      int perPage,
      @org.jspecify.annotations.Nullable String next) {}

  record RegionJson(
      String slug,
      String name,
      int level,
      String kind,
      String url,
      String parent,
      PlaceJson place,
      List<LinkJson> resources,
      List<String> groups,
      int groupsListed,
      String groupsUrl,
      int groupCount,
      List<RegionJson> children) {}

  record RegionRef(String slug, String name, String url) {}

  record RegionDetail(
      String slug,
      String name,
      int level,
      String kind,
      String url,
      String parent,
      List<RegionRef> breadcrumb,
      PlaceJson place,
      List<LinkJson> resources,
      List<GroupJson> groups,
      int groupsListed,
      @org.jspecify.annotations.Nullable String next,
      List<RegionJson> children) {}

  record UnderstoodPlace(String label, double latitude, double longitude) {
    UnderstoodPlace {
      latitude = Coordinates.rounded(latitude);
      longitude = Coordinates.rounded(longitude);
    }
  }

  record PlaceJsonSuggestion(
      String label,
      String name,
      String kind,
      String countryCode,
      String admin1,
      double latitude,
      double longitude,
      long population) {
    PlaceJsonSuggestion {
      latitude = Coordinates.rounded(latitude);
      longitude = Coordinates.rounded(longitude);
    }

    static PlaceJsonSuggestion of(Place p) {
      return new PlaceJsonSuggestion(
          p.label(),
          p.name(),
          p.kind().name().toLowerCase(Locale.ROOT),
          p.countryCode(),
          p.admin1Name(),
          p.latitude(),
          p.longitude(),
          p.population());
    }
  }

  record Alternative(
      String label, String countryCode, double latitude, double longitude, String url) {
    Alternative {
      latitude = Coordinates.rounded(latitude);
      longitude = Coordinates.rounded(longitude);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record NearGroupJson(
      String name,
      String slug,
      double distanceKm,
      boolean inPlace,
      String url,
      String status,
      PlaceJson place,
      Optional<LinkJson> mainLink) {}

  record NearJson(
      UnderstoodPlace place,
      List<Alternative> alternatives,
      double radiusKm,
      boolean anyWithinRadius,
      List<NearGroupJson> groups) {}

  record Health(String status, int groups, int regions, long heapUsedBytes, long heapMaxBytes) {}
}
