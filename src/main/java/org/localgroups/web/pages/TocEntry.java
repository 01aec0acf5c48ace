package org.localgroups.web.pages;

import java.util.List;

/**
 * A region in a table of contents.
 *
 * @param slug the region's id (also its anchor on the directory page)
 * @param name its heading
 * @param groupCount how many groups it and its sub-regions list
 * @param children its sub-regions
 */
public record TocEntry(String slug, String name, int groupCount, List<TocEntry> children) {
  public TocEntry {
    children = List.copyOf(children);
  }
}
