package org.localgroups.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;

/**
 * The JSON schema of a directory, one record per object, kept apart from the directory records so
 * that the published field names and order change only on purpose. Field names are the snake_case
 * forms of the record components; enum values are written in lower case.
 */
final class JsonDocument {
  /** Bumped when a field is renamed or removed; readers refuse other versions. */
  static final int FORMAT_VERSION = 1;

  private JsonDocument() {}

  @JsonPropertyOrder({"format_version", "title", "intro", "regions", "groups"})
  record DirectoryDoc(
      int formatVersion,
      String title,
      List<IntroDoc> intro,
      List<RegionDoc> regions,
      List<GroupDoc> groups) {

    static DirectoryDoc of(Directory d) {
      return new DirectoryDoc(
          FORMAT_VERSION,
          d.title(),
          d.intro().stream().map(IntroDoc::of).toList(),
          d.regions().stream().map(RegionDoc::of).toList(),
          d.groups().stream().map(GroupDoc::of).toList());
    }

    Directory toDirectory() {
      if (formatVersion != FORMAT_VERSION) {
        throw LocalGroupsException.badInput(
            "Bad directory JSON: format_version "
                + formatVersion
                + " is not supported (expected "
                + FORMAT_VERSION
                + ").");
      }
      return new Directory(
          title,
          intro.stream().map(IntroDoc::toIntroLine).toList(),
          regions.stream().map(RegionDoc::toRegion).toList(),
          groups.stream().map(GroupDoc::toGroup).toList());
    }
  }

  @JsonPropertyOrder({"text", "links"})
  record IntroDoc(String text, List<LinkDoc> links) {
    static IntroDoc of(IntroLine line) {
      return new IntroDoc(line.text(), line.links().stream().map(LinkDoc::of).toList());
    }

    IntroLine toIntroLine() {
      return new IntroLine(text, links.stream().map(LinkDoc::toLink).toList());
    }
  }

  @JsonPropertyOrder({
    "slug",
    "name",
    "level",
    "parent_slug",
    "kind",
    "place",
    "resources",
    "group_slugs",
    "line"
  })
  record RegionDoc(
      String slug,
      String name,
      int level,
      String parentSlug,
      Region.RegionKind kind,
      PlacementDoc place,
      List<LinkDoc> resources,
      List<String> groupSlugs,
      int line) {

    static RegionDoc of(Region r) {
      return new RegionDoc(
          r.slug(),
          r.name(),
          r.level(),
          r.parentSlug(),
          r.kind(),
          PlacementDoc.of(r.place()),
          r.resources().stream().map(LinkDoc::of).toList(),
          r.groupSlugs(),
          r.line());
    }

    Region toRegion() {
      return new Region(
          slug,
          name,
          level,
          parentSlug,
          kind,
          place.toPlacement(),
          resources.stream().map(LinkDoc::toLink).toList(),
          groupSlugs,
          line);
    }
  }

  @JsonPropertyOrder({
    "slug",
    "name",
    "description",
    "links",
    "status",
    "founded",
    "meeting",
    "notes",
    "placement",
    "lines"
  })
  record GroupDoc(
      String slug,
      String name,
      String description,
      List<LinkDoc> links,
      GroupStatus status,
      String founded,
      String meeting,
      List<String> notes,
      PlacementDoc placement,
      List<Integer> lines) {

    static GroupDoc of(Group g) {
      return new GroupDoc(
          g.slug(),
          g.name(),
          g.description(),
          g.links().stream().map(LinkDoc::of).toList(),
          g.status(),
          g.founded(),
          g.meeting(),
          g.notes(),
          PlacementDoc.of(g.placement()),
          g.lines());
    }

    Group toGroup() {
      return new Group(
          slug,
          name,
          description,
          links.stream().map(LinkDoc::toLink).toList(),
          status,
          founded,
          meeting,
          notes,
          placement.toPlacement(),
          lines);
    }
  }

  @JsonPropertyOrder({"kind", "url", "label", "written"})
  record LinkDoc(LinkKind kind, String url, String label, String written) {
    static LinkDoc of(Link l) {
      return new LinkDoc(l.kind(), l.url(), l.label(), l.written());
    }

    Link toLink() {
      return new Link(kind, url, label, written);
    }
  }

  @JsonPropertyOrder({
    "precision",
    "name",
    "country_code",
    "admin1",
    "latitude",
    "longitude",
    "geoname_id",
    "confidence",
    "reason"
  })
  record PlacementDoc(
      Placement.Precision precision,
      String name,
      String countryCode,
      String admin1,
      double latitude,
      double longitude,
      long geonameId,
      double confidence,
      String reason) {

    static PlacementDoc of(Placement p) {
      return new PlacementDoc(
          p.precision(),
          p.name(),
          p.countryCode(),
          p.admin1(),
          p.latitude(),
          p.longitude(),
          p.geonameId(),
          p.confidence(),
          p.reason());
    }

    Placement toPlacement() {
      return new Placement(
          precision, name, countryCode, admin1, latitude, longitude, geonameId, confidence, reason);
    }
  }
}
