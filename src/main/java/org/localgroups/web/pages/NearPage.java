package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Layout;
import org.localgroups.web.PlaceChoice;

/**
 * The answer to "groups near X".
 *
 * @param layout the frame
 * @param query the text searched for ("" when coordinates were given)
 * @param understood the place it was understood as, or the coordinates for people
 * @param alternatives other places the text could mean
 * @param inPlace groups in the place itself
 * @param nearby the other groups, nearest first
 * @param anyWithinRadius whether any group is within the radius
 * @param radiusText the radius for people ("150 km")
 * @param calendar the calendar feed of these groups' meetings
 */
public record NearPage(
    Layout layout,
    String query,
    String understood,
    List<PlaceChoice> alternatives,
    List<NearCard> inPlace,
    List<NearCard> nearby,
    boolean anyWithinRadius,
    String radiusText,
    CalendarLinks calendar) {
  public NearPage {
    alternatives = List.copyOf(alternatives);
    inPlace = List.copyOf(inPlace);
    nearby = List.copyOf(nearby);
  }
}
