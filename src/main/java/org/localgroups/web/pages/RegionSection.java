package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.LinkView;

/**
 * One region with its groups and channels, as the directory page shows it.
 *
 * @param slug the region's id
 * @param name its heading
 * @param heading the HTML heading level to use (2..6)
 * @param groups the groups it lists
 * @param resources channels of the whole region (a mailing list for all of Asia)
 */
public record RegionSection(
    String slug, String name, int heading, List<GroupCard> groups, List<LinkView> resources) {
  public RegionSection {
    groups = List.copyOf(groups);
    resources = List.copyOf(resources);
  }

  /** Its own page. */
  public String url() {
    return "/regions/" + slug;
  }
}
