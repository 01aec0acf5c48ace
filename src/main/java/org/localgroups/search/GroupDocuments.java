package org.localgroups.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.text.Fold;

/** How a group becomes a Lucene document: the field names and what goes into each. */
final class GroupDocuments {
  /** The group's slug, stored: the only thing a hit carries back. */
  static final String SLUG = "slug";

  /** The group's name, analysed; matches here weigh most. */
  static final String NAME = "name";

  /** Place name, first-level division, country code and region headings, analysed. */
  static final String PLACE = "place";

  /**
   * Everything searchable (name, description, notes, link labels, meeting, place): every query word
   * must match somewhere in here.
   */
  static final String ALL = "all";

  /** ISO alpha-2 country code of the placement, upper case, exact. */
  static final String COUNTRY = "country";

  /** Slug of every region listing the group and of all their ancestors, exact: a subtree filter. */
  static final String REGION = "region";

  /** {@link org.localgroups.directory.GroupStatus} name, exact. */
  static final String STATUS = "status";

  private final Map<String, Set<String>> regionPaths;
  private final Map<String, List<String>> regionNames;

  private GroupDocuments(
      Map<String, Set<String>> regionPaths, Map<String, List<String>> regionNames) {
    this.regionPaths = regionPaths;
    this.regionNames = regionNames;
  }

  /**
   * Reads the region tree once so that each group's document is built without scanning it again.
   */
  static GroupDocuments of(Directory directory) {
    Map<String, Set<String>> paths = new HashMap<>();
    Map<String, List<String>> names = new HashMap<>();
    for (Region region : directory.regions()) {
      List<Region> path = new ArrayList<>(directory.ancestors(region.slug()));
      path.add(region);
      for (String groupSlug : region.groupSlugs()) {
        Set<String> slugs = paths.computeIfAbsent(groupSlug, s -> new LinkedHashSet<>());
        List<String> headings = names.computeIfAbsent(groupSlug, s -> new ArrayList<>());
        for (Region r : path) {
          if (slugs.add(r.slug())) {
            headings.add(r.name());
          }
        }
      }
    }
    return new GroupDocuments(paths, names);
  }

  Document document(Group group) {
    Document doc = new Document();
    doc.add(new StringField(SLUG, group.slug(), Field.Store.YES));
    addText(doc, NAME, withLatin(List.of(group.name())));
    List<String> all = new ArrayList<>();
    all.add(group.name());
    all.add(group.description());
    all.addAll(group.notes());
    for (Link link : group.links()) {
      all.add(link.label());
    }
    all.add(group.meeting());
    Placement placement = group.placement();
    List<String> place = new ArrayList<>();
    place.add(placement.name());
    place.add(placement.admin1());
    place.add(placement.countryCode());
    place.addAll(regionNames.getOrDefault(group.slug(), List.of()));
    all.addAll(place);
    addText(doc, PLACE, withLatin(place));
    addText(doc, ALL, withLatin(all));
    if (!placement.countryCode().isEmpty()) {
      doc.add(
          new StringField(
              COUNTRY, placement.countryCode().toUpperCase(Locale.ROOT), Field.Store.NO));
    }
    for (String regionSlug : regionPaths.getOrDefault(group.slug(), Set.of())) {
      doc.add(new StringField(REGION, regionSlug, Field.Store.NO));
    }
    doc.add(new StringField(STATUS, group.status().name(), Field.Store.NO));
    return doc;
  }

  /**
   * The values and, after them, the {@link Fold#latin transliteration} of each that has letters of
   * another script: a group named "Москва" is found by "Москва" and by "moskva".
   */
  private static List<String> withLatin(List<String> values) {
    List<String> with = new ArrayList<>(values);
    for (String value : values) {
      String latin = Fold.latin(value);
      if (!latin.equals(Fold.fold(value))) {
        with.add(latin);
      }
    }
    return with;
  }

  private static void addText(Document doc, String field, List<String> values) {
    for (String value : values) {
      if (!value.isBlank()) {
        doc.add(new TextField(field, value, Field.Store.NO));
      }
    }
  }
}
