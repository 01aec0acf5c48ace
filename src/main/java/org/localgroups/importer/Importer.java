package org.localgroups.importer;

import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.geo.Gazetteer;
import org.localgroups.outline.Outline;

/**
 * Reads a format-neutral {@link Outline} into a {@link Directory} and a report that accounts for every
 * source line. Pure: the same outline always gives the same directory, slugs included. Thread-safe.
 *
 * <p>Headings become the region tree; list items become groups, their sub-items more links or notes;
 * channel lines of a region ("Google Group: ...", "Website:" with links below) become region resources;
 * a plain item with items below it ("Regional (by State)") becomes a sub-region. The same group listed
 * twice (same website, or same name in one country) is one group listed in both regions.
 */
public final class Importer {
  private final Gazetteer gazetteer;

  public Importer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * @throws LocalGroupsException BAD_INPUT when the page has no regions or no group entries (an empty or
   *     vandalised page), so that it never replaces a real directory
   */
  public ImportResult read(Outline outline, String source, String format) {
    ImportResult result = Reading.read(outline, new Placer(gazetteer), source, format);
    if (result.directory().regions().isEmpty()) {
      throw LocalGroupsException.badInput(source + ": the page has no headings, so it is not a directory of groups");
    }
    if (result.directory().groups().isEmpty()) {
      throw LocalGroupsException.badInput(source + ": the page has headings but no group entries");
    }
    return result;
  }
}

