package org.localgroups.web.pages;

import java.util.Optional;
import org.localgroups.web.LinkView;

/**
 * A group in a list: its name linked to its page, main link, one-line description and status.
 *
 * @param slug the group's id
 * @param name its name
 * @param description its one-line description ("" if none)
 * @param mainLink its main link, when it has one
 * @param status the kind of its evidence of life, for CSS ("verified", "possibly-inactive")
 * @param statusLabel the badge's words ("Verified", "Not yet checked")
 * @param statusWhy why, one sentence with its date ("A link answered on 2026-12-07 (...).")
 * @param placeLabel a short place ("Kraków, PL"), "" when unplaced
 */
public record GroupCard(
    String slug,
    String name,
    String description,
    Optional<LinkView> mainLink,
    String status,
    String statusLabel,
    String statusWhy,
    String placeLabel) {

  /** The group's page. */
  public String url() {
    return "/groups/" + slug;
  }
}
