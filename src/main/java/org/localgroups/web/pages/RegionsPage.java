package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Layout;

/**
 * The whole directory: a table of contents and every region with its groups; for a large directory
 * an outline only (every region with its count, each linked to its own page).
 *
 * @param layout the frame
 * @param toc the region tree
 * @param sections every region, parents before children, in source order
 * @param groupCount how many groups are listed
 * @param outline whether this is the outline of a large directory (then {@code sections} is empty)
 */
public record RegionsPage(
    Layout layout,
    List<TocEntry> toc,
    List<RegionSection> sections,
    int groupCount,
    boolean outline) {
  public RegionsPage {
    toc = List.copyOf(toc);
    sections = List.copyOf(sections);
  }
}
