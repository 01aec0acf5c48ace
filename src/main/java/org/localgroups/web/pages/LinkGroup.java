package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.LinkView;

/**
 * A group's links of one kind.
 *
 * @param kindLabel the kind for people ("Mailing list")
 * @param icon the id of its pictogram in /static/icons.svg
 * @param links the links
 */
public record LinkGroup(String kindLabel, String icon, List<LinkView> links) {
  public LinkGroup {
    links = List.copyOf(links);
  }
}
