package org.localgroups.importer;

import java.util.Map;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Placement;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.Place;
import org.localgroups.importer.Drafts.GroupDraft;
import org.localgroups.importer.Drafts.PageDraft;
import org.localgroups.outline.Outline;

/**
 * Reads a format-neutral {@link Outline} into a {@link Directory} and a report that accounts for
 * every source line. Pure: the same outline always gives the same directory, slugs included.
 * Thread-safe.
 *
 * <p>Headings become the region tree; list items become groups, their sub-items more links or
 * notes; channel lines of a region ("Google Group: ...", "Website:" with links below) become region
 * resources; a plain item with items below it ("Regional (by State)") becomes a sub-region. The
 * same group listed twice (same website, or same name in one country) is one group listed in both
 * regions.
 *
 * <p>An import runs in three phases: the outline is read into drafts (the region tree, the groups,
 * the report), then each group is placed, then the drafts are frozen into the directory.
 */
public final class Importer {
  private final Gazetteer gazetteer;

  public Importer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Reads an outline into a directory (its groups placed) and the report of every line.
   *
   * @throws LocalGroupsException BAD_INPUT when the page has no regions or no group entries (an
   *     empty or vandalised page), so that it never replaces a real directory
   */
  public ImportResult read(Outline outline, String source, String format) {
    Placer placer = new Placer(gazetteer);
    Ledger ledger = new Ledger(outline.diagnostics());
    PageDraft page = Reading.read(outline, placer, ledger);
    if (page.regions().isEmpty()) {
      throw LocalGroupsException.badInput(
          source + ": the page has no headings, so it is not a directory of groups");
    }
    if (page.groups().isEmpty()) {
      throw LocalGroupsException.badInput(source + ": the page has headings but no group entries");
    }
    Map<GroupDraft, Placement> placements = new GroupPlacing(placer).place(page.groups());
    Directory directory = page.freeze(placements);
    return new ImportResult(directory, ledger.report(source, format, outline.lineCount()));
  }

  /**
   * A group placed at a place someone named (an edit's {@code --place}): in the city, state or
   * country it is, as sure as the person who named it.
   */
  public static Placement placementAt(Place place, String reason) {
    Placement.Precision precision =
        switch (place.kind()) {
          case CITY -> Placement.Precision.CITY;
          case ADMIN1 -> Placement.Precision.STATE;
          case COUNTRY -> Placement.Precision.COUNTRY;
        };
    return Placer.placement(place, precision, 1, reason);
  }
}
