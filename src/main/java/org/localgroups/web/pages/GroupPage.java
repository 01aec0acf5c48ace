package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Crumb;
import org.localgroups.web.Layout;

/**
 * One group with everything we know about it.
 *
 * @param layout the frame
 * @param group the group as a list shows it
 * @param linkGroups its links, grouped by kind
 * @param founded when it started, "" if unknown
 * @param meeting when it meets, "" if unknown
 * @param notes other notes
 * @param placeText where it is placed, for people ("Kraków, Lesser Poland, Poland"; "Placed at
 *     country level: Poland")
 * @param placed whether it is on the map
 * @param latitude its latitude when placed
 * @param longitude its longitude when placed
 * @param coordinates the coordinates for people ("50.06° N, 19.94° E"), "" when not placed
 * @param regions the regions that list it
 * @param meetings its next meetings and calendar feed
 * @param history when it last changed, by whom, and its timeline
 */
public record GroupPage(
    Layout layout,
    GroupCard group,
    List<LinkGroup> linkGroups,
    String founded,
    String meeting,
    List<String> notes,
    String placeText,
    boolean placed,
    double latitude,
    double longitude,
    String coordinates,
    List<Crumb> regions,
    MeetingBlock meetings,
    HistoryBlock history) {
  public GroupPage {
    linkGroups = List.copyOf(linkGroups);
    notes = List.copyOf(notes);
    regions = List.copyOf(regions);
  }

  /** The world map's zoom that shows a group's surroundings (a city and its neighbours). */
  static final int MAP_ZOOM = 8;

  /** The zoom of the link to the world map, centred on the group. */
  public int mapZoom() {
    return MAP_ZOOM;
  }

  /** Latitude as a plain decimal for a data attribute. */
  public String latitudeText() {
    return Double.toString(latitude);
  }

  /** Longitude as a plain decimal for a data attribute. */
  public String longitudeText() {
    return Double.toString(longitude);
  }
}
