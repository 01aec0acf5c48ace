package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Crumb;
import org.localgroups.web.Layout;

/**
 * One region: where it sits, its sub-regions, groups (a page of them when it lists many) and
 * channels.
 *
 * @param layout the frame
 * @param breadcrumb the way from the directory down to its parent
 * @param region the region itself
 * @param subRegions its sub-regions, with theirs
 * @param calendar the calendar feed of its groups' meetings
 * @param pager which page of the region's groups {@code region} holds
 */
public record RegionPage(
    Layout layout,
    List<Crumb> breadcrumb,
    RegionSection region,
    List<TocEntry> subRegions,
    CalendarLinks calendar,
    Pager pager) {
  public RegionPage {
    breadcrumb = List.copyOf(breadcrumb);
    subRegions = List.copyOf(subRegions);
  }
}
