package org.localgroups.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Placement;

/**
 * The placed groups of one directory version on a quadtree grid, for a map that asks what lies in
 * its view: built once per version, then each answer costs the groups it returns and the grid cells
 * it draws, not the size of the directory.
 *
 * <p>The grid covers longitudes and latitudes as they are (no projection, so a cell's edges are
 * exact degrees): a cell of level {@code l} is {@code 360 / 2^l} degrees square, cell (0, 0) of a
 * level has its north-west corner at 180 W, 90 N. Each group gets the Morton code of its cell at
 * the finest level (the bits of column and row interleaved), and the groups are sorted by it, so
 * the groups of any cell of any level are one run of the sorted array, found by binary search;
 * prefix sums of the latitudes and longitudes give a run's mean in constant time. That is the
 * pre-aggregated count of every cell at every level, at the cost of one sorted array.
 *
 * <p>An answer walks the quadtree from the top, only into cells that hold groups and touch the
 * view; a cell wholly inside the view is counted from its run, a cell on the view's edge is split
 * until its groups are few enough to be tested one by one. Immutable and thread-safe.
 */
public final class MapGrid {
  /** Levels of the grid: the finest cell is 360/2^20 degrees, about 38 m at the equator. */
  static final int LEVELS = 20;

  /** A group's place in the directory is packed beside its code for one primitive sort. */
  private static final int INDEX_BITS = 23;

  /** The most groups a grid holds (8,388,608): the positions packed beside the codes. */
  public static final int MAX_GROUPS = 1 << INDEX_BITS;

  /**
   * Cluster cells lie this many levels below a map tile of the same zoom: a tile is 256 px, so a
   * cell is 64 px across at the equator, about the bubble's size.
   */
  static final int LEVELS_BELOW_TILE = 2;

  /** The deepest map zoom asked about; beyond the grid's finest level the cells stay the finest. */
  public static final int MAX_ZOOM = 24;

  /** Cells on the view's edge with at most this many groups are tested group by group. */
  private static final int SCAN = 16;

  /**
   * Degrees a cell's edges are widened by before deciding it lies wholly inside or outside the
   * view, so that no rounding of a code near a cell edge misplaces a group; undecided cells are
   * tested group by group.
   */
  private static final double MARGIN = 1e-9;

  private final Group[] groups;
  private final long[] codes;
  private final double[] latitudes;
  private final double[] longitudes;

  /** Prefix sums: {@code latitudeSums[i]} is the sum of the first {@code i} latitudes. */
  private final double[] latitudeSums;

  private final double[] longitudeSums;
  private final int unplaced;
  private final Map<String, Integer> countries;

  private MapGrid(
      Group[] groups,
      long[] codes,
      double[] latitudes,
      double[] longitudes,
      int unplaced,
      Map<String, Integer> countries) {
    this.groups = groups;
    this.codes = codes;
    this.latitudes = latitudes;
    this.longitudes = longitudes;
    this.latitudeSums = prefixSums(latitudes);
    this.longitudeSums = prefixSums(longitudes);
    this.unplaced = unplaced;
    this.countries = countries;
  }

  /**
   * The grid of a directory's groups that have a point on Earth, in O(n log n).
   *
   * @throws IllegalArgumentException for a directory of more than {@link #MAX_GROUPS} groups
   */
  public static MapGrid of(Directory directory) {
    List<Group> all = directory.groups();
    if (all.size() > MAX_GROUPS) {
      throw new IllegalArgumentException(
          "The map grid holds at most " + MAX_GROUPS + " groups, not " + all.size());
    }
    long[] packed = new long[all.size()];
    int n = 0;
    Map<String, Integer> countries = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      Placement p = all.get(i).placement();
      if (!p.hasPoint()) {
        continue;
      }
      packed[n++] = (code(p.latitude(), p.longitude()) << INDEX_BITS) | i;
      if (!p.countryCode().isEmpty()) {
        countries.merge(p.countryCode().toUpperCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    // by code, and within a cell in the directory's order (the position is the low bits)
    Arrays.sort(packed, 0, n);
    Group[] groups = new Group[n];
    long[] codes = new long[n];
    double[] latitudes = new double[n];
    double[] longitudes = new double[n];
    for (int j = 0; j < n; j++) {
      Group g = all.get((int) (packed[j] & (MAX_GROUPS - 1)));
      groups[j] = g;
      codes[j] = packed[j] >>> INDEX_BITS;
      latitudes[j] = g.placement().latitude();
      longitudes[j] = g.placement().longitude();
    }
    return new MapGrid(
        groups,
        codes,
        latitudes,
        longitudes,
        all.size() - n,
        Collections.unmodifiableMap(countries));
  }

  /** How many groups are on the map. */
  public int size() {
    return groups.length;
  }

  /** How many of the directory's groups have no point on the map. */
  public int unplaced() {
    return unplaced;
  }

  /**
   * The groups on the map by country: ISO 3166-1 alpha-2 code (upper case, in code order) to how
   * many; groups on the map without a country are not counted.
   */
  public Map<String, Integer> countries() {
    return countries;
  }

  /**
   * What a map shows of a view at a zoom: every group in it when there are at most {@code limit};
   * else one feature per grid cell of the view, cells of {@link #LEVELS_BELOW_TILE} levels below
   * the zoom's tiles (coarser when that would make more than {@code limit}), a cell with one group
   * as that group, a cell with more as a {@link MapCluster}.
   *
   * @param zoom the map's zoom level, 0 (the world on one 256 px tile) to {@link #MAX_ZOOM}
   * @param limit the most features to return, 4 or more
   * @throws LocalGroupsException BAD_INPUT for a zoom out of range
   */
  public MapAnswer answer(Bbox view, int zoom, int limit) {
    if (zoom < 0 || zoom > MAX_ZOOM) {
      throw LocalGroupsException.badInput(
          "zoom must be between 0 and " + MAX_ZOOM + ", got " + zoom + ".");
    }
    if (limit < 4) {
      throw new IllegalArgumentException("limit must be 4 or more, not " + limit);
    }
    Query q = new Query(view);
    Cell root = new Cell(0, 0, 0, 0, groups.length);
    Tally all = q.tally(root);
    if (all.count <= limit) {
      List<Group> found = new ArrayList<>(all.count);
      q.collect(root, found);
      return new MapAnswer(all.count, found, List.of());
    }
    List<Cell> cells = q.cellsAt(root, Math.min(zoom + LEVELS_BELOW_TILE, LEVELS), limit);
    List<Group> alone = new ArrayList<>();
    List<MapCluster> clusters = new ArrayList<>();
    for (Cell c : cells) {
      Tally t = q.tally(c);
      if (t.count == 1) {
        alone.add(groups[t.first]);
      } else if (t.count > 1) {
        clusters.add(cluster(c, t, view));
      }
    }
    return new MapAnswer(all.count, alone, clusters);
  }

  private MapCluster cluster(Cell c, Tally t, Bbox view) {
    // the smallest cell that holds the first and the last of the run holds all between
    long differ = codes[t.first] ^ codes[t.last];
    int up = (64 - Long.numberOfLeadingZeros(differ) + 1) / 2;
    long cell = codes[t.first] >>> (2 * up);
    int level = LEVELS - up;
    double size = Math.scalb(360.0, -level);
    // widened as the walk widens cells, so that the bounds hold their groups however codes rounded
    double west = Math.max(-180, -180 + compact(cell) * size - MARGIN);
    double east = Math.min(180, -180 + compact(cell) * size + size + MARGIN);
    double north = Math.min(90, 90 - compact(cell >>> 1) * size + MARGIN);
    double south = Math.max(-90, 90 - compact(cell >>> 1) * size - size - MARGIN);
    double[] lon = clipLongitudes(west, east, view);
    return new MapCluster(
        "cell-" + c.level + "-" + c.x + "-" + c.y,
        t.latitudeSum / t.count,
        t.longitudeSum / t.count,
        t.count,
        new Bbox(lon[0], Math.max(south, view.south()), lon[1], Math.min(north, view.north())));
  }

  /**
   * A cell's longitudes within the view's; the cell's own when it meets both parts of a view across
   * the antimeridian.
   */
  private static double[] clipLongitudes(double w, double e, Bbox view) {
    if (!view.wraps()) {
      return new double[] {Math.max(w, view.west()), Math.min(e, view.east())};
    }
    boolean eastPart = e >= view.west();
    boolean westPart = w <= view.east();
    if (eastPart && !westPart) {
      return new double[] {Math.max(w, view.west()), e};
    }
    if (westPart && !eastPart) {
      return new double[] {w, Math.min(e, view.east())};
    }
    return new double[] {w, e};
  }

  /** One cell of the quadtree and the run of the sorted groups in it. */
  private record Cell(int level, int x, int y, int lo, int hi) {}

  /** What lies inside the view of a cell's groups. */
  private static final class Tally {
    int count;
    double latitudeSum;
    double longitudeSum;
    int first = Integer.MAX_VALUE;
    int last = -1;
  }

  private enum Side {
    INSIDE,
    OUTSIDE,
    EDGE
  }

  /** One answer's walk of the tree. */
  private final class Query {
    private final Bbox view;

    Query(Bbox view) {
      this.view = view;
    }

    Side side(Cell c) {
      double size = Math.scalb(360.0, -c.level);
      double west = -180 + c.x * size - MARGIN;
      double east = west + size + 2 * MARGIN;
      double north = 90 - c.y * size + MARGIN;
      double south = north - size - 2 * MARGIN;
      if (south > view.north() || north < view.south()) {
        return Side.OUTSIDE;
      }
      boolean latitudesInside =
          (view.south() <= -90 || south >= view.south())
              && (view.north() >= 90 || north <= view.north());
      boolean touches;
      boolean longitudesInside;
      if (!view.wraps()) {
        touches = east >= view.west() && west <= view.east();
        longitudesInside =
            (view.west() <= -180 || west >= view.west())
                && (view.east() >= 180 || east <= view.east());
      } else {
        // two parts: [west, 180] and [-180, east]
        touches = east >= view.west() || west <= view.east();
        longitudesInside = west >= view.west() || east <= view.east();
      }
      if (!touches) {
        return Side.OUTSIDE;
      }
      return latitudesInside && longitudesInside ? Side.INSIDE : Side.EDGE;
    }

    /** The groups of a cell inside the view. */
    Tally tally(Cell c) {
      Tally t = new Tally();
      tally(c, t);
      return t;
    }

    private void tally(Cell c, Tally t) {
      switch (side(c)) {
        case OUTSIDE -> {}
        case INSIDE -> {
          t.count += c.hi - c.lo;
          t.latitudeSum += latitudeSums[c.hi] - latitudeSums[c.lo];
          t.longitudeSum += longitudeSums[c.hi] - longitudeSums[c.lo];
          t.first = Math.min(t.first, c.lo);
          t.last = Math.max(t.last, c.hi - 1);
        }
        case EDGE -> {
          if (c.hi - c.lo <= SCAN || c.level == LEVELS) {
            for (int i = c.lo; i < c.hi; i++) {
              if (view.contains(latitudes[i], longitudes[i])) {
                t.count++;
                t.latitudeSum += latitudes[i];
                t.longitudeSum += longitudes[i];
                t.first = Math.min(t.first, i);
                t.last = Math.max(t.last, i);
              }
            }
          } else {
            for (Cell child : children(c)) {
              tally(child, t);
            }
          }
        }
      }
    }

    /** The groups of a cell inside the view, in grid order. */
    void collect(Cell c, List<Group> into) {
      switch (side(c)) {
        case OUTSIDE -> {}
        case INSIDE -> into.addAll(Arrays.asList(groups).subList(c.lo, c.hi));
        case EDGE -> {
          if (c.hi - c.lo <= SCAN || c.level == LEVELS) {
            for (int i = c.lo; i < c.hi; i++) {
              if (view.contains(latitudes[i], longitudes[i])) {
                into.add(groups[i]);
              }
            }
          } else {
            for (Cell child : children(c)) {
              collect(child, into);
            }
          }
        }
      }
    }

    /**
     * The cells of a level that hold groups and touch the view, or of the deepest level above it
     * with at most {@code limit} of them.
     */
    List<Cell> cellsAt(Cell root, int level, int limit) {
      List<Cell> cells = side(root) == Side.OUTSIDE ? List.of() : List.of(root);
      for (int l = 0; l < level; l++) {
        List<Cell> next = new ArrayList<>();
        for (Cell c : cells) {
          for (Cell child : children(c)) {
            if (side(child) != Side.OUTSIDE) {
              next.add(child);
            }
          }
          if (next.size() > limit) {
            return cells;
          }
        }
        cells = next;
      }
      return cells;
    }

    /** A cell's children that hold groups, in grid order. */
    private List<Cell> children(Cell c) {
      List<Cell> out = new ArrayList<>(4);
      int shift = 2 * (LEVELS - c.level - 1);
      long prefix = codes[c.lo] >>> (shift + 2);
      int from = c.lo;
      for (int quadrant = 0; quadrant < 4; quadrant++) {
        int to =
            quadrant == 3
                ? c.hi
                : lowerBound(from, c.hi, ((prefix << 2) | (quadrant + 1)) << shift);
        if (to > from) {
          out.add(
              new Cell(c.level + 1, 2 * c.x + (quadrant & 1), 2 * c.y + (quadrant >> 1), from, to));
        }
        from = to;
      }
      return out;
    }
  }

  /** The first position in [lo, hi) whose code is at least {@code code}. */
  private int lowerBound(int lo, int hi, long code) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (codes[mid] < code) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The Morton code of the finest cell holding a point: column bits even, row bits odd. */
  static long code(double latitude, double longitude) {
    long cells = 1L << LEVELS;
    long x = Math.min(cells - 1, Math.max(0, (long) Math.floor((longitude + 180) / 360 * cells)));
    // the South Pole in the lowest row of cells, not a row of its own below it
    long y = Math.min(cells / 2 - 1, Math.max(0, (long) Math.floor((90 - latitude) / 360 * cells)));
    return spread(x) | (spread(y) << 1);
  }

  /** The bits of v on the even positions. */
  private static long spread(long v) {
    long x = v & 0xFFFFFFFFL;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFL;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFL;
    x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FL;
    x = (x | (x << 2)) & 0x3333333333333333L;
    return (x | (x << 1)) & 0x5555555555555555L;
  }

  /** The even bits of v, gathered: the inverse of {@link #spread}. */
  private static long compact(long v) {
    long x = v & 0x5555555555555555L;
    x = (x | (x >>> 1)) & 0x3333333333333333L;
    x = (x | (x >>> 2)) & 0x0F0F0F0F0F0F0F0FL;
    x = (x | (x >>> 4)) & 0x00FF00FF00FF00FFL;
    x = (x | (x >>> 8)) & 0x0000FFFF0000FFFFL;
    return (x | (x >>> 16)) & 0x00000000FFFFFFFFL;
  }

  private static double[] prefixSums(double[] values) {
    double[] sums = new double[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      sums[i + 1] = sums[i] + values[i];
    }
    return sums;
  }
}
