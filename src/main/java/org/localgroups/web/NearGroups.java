package org.localgroups.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.search.NearGroup;
import org.localgroups.search.NearResult;

/**
 * The groups of a place, for the calendar of a search ({@code /near.ics?q=&km=}) and the meetings
 * near a place ({@code /api/meetings?near=}): those placed in it, and those within the radius.
 */
public final class NearGroups {
  private NearGroups() {}

  /** Where the search is from: q (a place) or lat and lon; one of them is needed. */
  public static Params.Where where(Context ctx) {
    return Params.where(ctx)
        .orElseThrow(
            () ->
                LocalGroupsException.badInput(
                    "Give a place name in q (for example q=Kraków), or lat and lon."));
  }

  /** The radius in km: {@code km}, 150 when not given. */
  public static double km(@Nullable String value) {
    return Params.radiusKm(value);
  }

  /** The groups in the place searched for, then those within {@code km}, nearest first. */
  public static List<Group> within(Directory d, NearResult r, double km) {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < r.groups().size(); i++) {
      NearGroup ng = r.groups().get(i);
      if (i < r.inPlace() || ng.distanceKm() <= km) {
        Optional<Group> g = d.group(ng.groupSlug());
        g.ifPresent(groups::add);
      }
    }
    return groups;
  }

  /**
   * The query of a near search's address: "q=Krak%C3%B3w&{radius}=50" or
   * "lat=..&lon=..&{radius}=50" ({@code radius} is "km" for the feed, "radius_km" for the page).
   */
  public static String query(Params.Where where, String radius, double km) {
    String place =
        switch (where) {
          case Params.ByText t -> "q=" + URLEncoder.encode(t.text(), StandardCharsets.UTF_8);
          case Params.ByPoint p ->
              String.format(Locale.ROOT, "lat=%s&lon=%s", p.latitude(), p.longitude());
        };
    return place
        + "&"
        + radius
        + "="
        + (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km));
  }
}
