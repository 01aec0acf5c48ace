package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Layout;

/**
 * The whole directory: a table of contents and every region with its groups.
 *
 * @param layout the frame
 * @param toc the region tree
 * @param sections every region, parents before children, in source order
 * @param groupCount how many groups are listed
 */
public record RegionsPage(
    Layout layout, List<TocEntry> toc, List<RegionSection> sections, int groupCount) {
  public RegionsPage {
    toc = List.copyOf(toc);
    sections = List.copyOf(sections);
  }
}
