package org.localgroups.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.RegionState;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.NearResult;
import org.localgroups.store.ChangeQuery;

/**
 * The filters of Recent Changes ({@code /changes}) and its feed ({@code /changes.atom}), read from
 * a request: {@code region} (a region's slug: its changes and those of the groups and regions under
 * it), {@code kind} (one or more of create, edit, move, remove, restore, merge, revert, import;
 * repeated or comma-separated), {@code author}, {@code near} and {@code km} (the groups in a place
 * or within km of it), {@code before} (a revision id: the page after it) and {@code limit}.
 *
 * @param region the region asked for, if any
 * @param regionIds the ids of that region and every region under it (empty when none asked for)
 * @param kinds only these kinds (empty: all)
 * @param author only this author ("": anyone)
 * @param near the place text asked for ("" when none)
 * @param km the radius around it
 * @param nearGroupIds the ids of the groups in or near that place
 * @param before only revisions older than this id (0: from the newest)
 * @param limit at most this many
 */
public record ChangeFilter(
    Optional<Region> region,
    Set<String> regionIds,
    Set<RevisionKind> kinds,
    String author,
    String near,
    double km,
    Set<String> nearGroupIds,
    long before,
    int limit) {
  public static final int DEFAULT_LIMIT = 50;

  public ChangeFilter {
    regionIds = Set.copyOf(regionIds);
    kinds = Set.copyOf(kinds);
    nearGroupIds = Set.copyOf(nearGroupIds);
  }

  /**
   * The filters of this request, checked against the directory served.
   *
   * @throws LocalGroupsException BAD_INPUT for a value that is not one (an unknown region or kind,
   *     a revision that is not a number, a radius out of range, a place not known)
   */
  public static ChangeFilter read(Context ctx, DirectoryView view) {
    Directory d = view.directory();
    String regionSlug = Params.text(ctx.queryParam("region"), "region");
    Optional<Region> region = Optional.empty();
    Set<String> regionIds = Set.of();
    if (!regionSlug.isEmpty()) {
      Region r =
          d.region(regionSlug)
              .orElseThrow(
                  () ->
                      LocalGroupsException.badInput(
                          "region must be the slug of a region in the directory (as in"
                              + " /regions/SLUG); there is no region '"
                              + Params.shorten(regionSlug)
                              + "'."));
      region = Optional.of(r);
      regionIds = d.subtree(r.slug()).stream().map(Region::id).collect(Collectors.toSet());
    }
    String near = Params.text(ctx.queryParam("near"), "near");
    double km = Params.radiusKm(ctx.queryParam("km"), "km");
    Set<String> nearIds = Set.of();
    if (!near.isEmpty()) {
      NearResult r = view.finder().near(near, Params.MAX_K, km);
      nearIds = NearGroups.within(d, r, km).stream().map(Group::id).collect(Collectors.toSet());
    }
    return new ChangeFilter(
        region,
        regionIds,
        kinds(ctx.queryParams("kind")),
        Params.text(ctx.queryParam("author"), "author"),
        near,
        km,
        nearIds,
        Params.revision(ctx.queryParam("before"), "before"),
        Params.wholeNumber(
            ctx.queryParam("limit"), "limit", DEFAULT_LIMIT, 1, ChangeQuery.MAX_LIMIT));
  }

  static Set<RevisionKind> kinds(List<String> values) {
    Set<RevisionKind> kinds = EnumSet.noneOf(RevisionKind.class);
    for (String value : values) {
      for (String word : value.split(",", -1)) {
        String w = word.strip();
        if (w.isEmpty()) {
          continue;
        }
        kinds.add(
            Arrays.stream(RevisionKind.values())
                .filter(k -> k.id().equals(w.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(
                    () ->
                        LocalGroupsException.badInput(
                            "kind must be one of "
                                + Arrays.stream(RevisionKind.values())
                                    .map(RevisionKind::id)
                                    .collect(Collectors.joining(", "))
                                + "; got '"
                                + Params.shorten(w)
                                + "'.")));
      }
    }
    return kinds;
  }

  /**
   * The store's query for these filters, with one more than the limit when the limit allows (so
   * that a next page is known to exist).
   */
  public ChangeQuery queryWithOneMore() {
    return new ChangeQuery(
        kinds,
        author,
        near.isEmpty() ? Optional.empty() : Optional.of(EntityKind.GROUP),
        before,
        Math.min(limit + 1, ChangeQuery.MAX_LIMIT),
        where());
  }

  private Predicate<Revision> where() {
    Predicate<Revision> where = r -> true;
    if (region.isPresent()) {
      where = where.and(this::inRegion);
    }
    if (!near.isEmpty()) {
      where = where.and(r -> nearGroupIds.contains(r.ref().id()));
    }
    return where;
  }

  /** A group listed in the region or under it, or the region or one under it. */
  private boolean inRegion(Revision r) {
    return switch (r.state()) {
      case GroupState g -> g.regions().stream().anyMatch(regionIds::contains);
      case RegionState reg -> regionIds.contains(reg.id());
      default -> false;
    };
  }

  /**
   * The query string of these filters ("region=europe&kind=edit"), with {@code before} when it is
   * over 0; "" when there are none. Percent-encoded: safe in an address.
   */
  public String queryString(long before) {
    Map<String, String> params = new LinkedHashMap<>();
    region.ifPresent(r -> params.put("region", r.slug()));
    if (!kinds.isEmpty()) {
      params.put(
          "kind", kinds.stream().sorted().map(RevisionKind::id).collect(Collectors.joining(",")));
    }
    if (!author.isEmpty()) {
      params.put("author", author);
    }
    if (!near.isEmpty()) {
      params.put("near", near);
      params.put("km", km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km));
    }
    if (limit != DEFAULT_LIMIT) {
      params.put("limit", String.valueOf(limit));
    }
    if (before > 0) {
      params.put("before", String.valueOf(before));
    }
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** What the filters say for people ("edits in Europe by ana"), "" when there are none. */
  public String description() {
    StringBuilder s = new StringBuilder();
    if (!kinds.isEmpty()) {
      s.append(
          kinds.stream().sorted().map(RevisionKind::id).collect(Collectors.joining(", ")) + " ");
    }
    region.ifPresent(r -> s.append("in ").append(r.name()).append(' '));
    if (!near.isEmpty()) {
      s.append("within ").append(Presentation.distanceText(km)).append(" of ").append(near);
      s.append(' ');
    }
    if (!author.isEmpty()) {
      s.append("by ").append(author);
    }
    return s.toString().strip();
  }
}
