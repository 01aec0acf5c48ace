package org.localgroups.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.localgroups.directory.Placement;

/**
 * Exact nearest neighbours on the sphere: a static k-d tree over points as 3D unit vectors.
 *
 * <p>The straight-line (chord) distance between two unit vectors grows with the great-circle
 * distance between them, so the k nearest by chord are the k nearest on Earth. In 3D there is no
 * latitude, longitude, pole or dateline to special-case: a query near the North Pole or across the
 * dateline walks the tree as any other. The tree is built once for a directory version (in O(n log
 * n)), never changed, and read by any number of threads.
 *
 * <p>The tree is implicit: the points are stored in tree order in three coordinate arrays, the node
 * of a range {@code [lo, hi)} is its middle element {@code m}, and {@code axis[m]} says which
 * coordinate splits it; the left half holds points whose coordinate is at most the middle one's,
 * the right half at least.
 */
final class SphereTree {
  /** Ranges this small are scanned rather than split. */
  private static final int LEAF = 8;

  private final double[] xs;
  private final double[] ys;
  private final double[] zs;

  /** The index, in the order given, of the point at each tree position. */
  private final int[] ids;

  private final byte[] axis;

  private SphereTree(double[] xs, double[] ys, double[] zs, int[] ids, byte[] axis) {
    this.xs = xs;
    this.ys = ys;
    this.zs = zs;
    this.ids = ids;
    this.axis = axis;
  }

  /** A point found: its index in the order given to {@link #of} and its distance in km. */
  record Found(int id, double km) {}

  /**
   * The tree of these points.
   *
   * @param latitudes degrees, one per point
   * @param longitudes degrees, as many as {@code latitudes}
   */
  static SphereTree of(double[] latitudes, double[] longitudes) {
    if (latitudes.length != longitudes.length) {
      throw new IllegalArgumentException(
          latitudes.length + " latitudes but " + longitudes.length + " longitudes");
    }
    int n = latitudes.length;
    double[] xs = new double[n];
    double[] ys = new double[n];
    double[] zs = new double[n];
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      Placement.requireOnEarth(latitudes[i], longitudes[i]);
      double lat = Math.toRadians(latitudes[i]);
      double lon = Math.toRadians(longitudes[i]);
      xs[i] = Math.cos(lat) * Math.cos(lon);
      ys[i] = Math.cos(lat) * Math.sin(lon);
      zs[i] = Math.sin(lat);
      ids[i] = i;
    }
    SphereTree tree = new SphereTree(xs, ys, zs, ids, new byte[n]);
    tree.build(0, n);
    return tree;
  }

  int size() {
    return ids.length;
  }

  /**
   * The k points nearest to a point, nearest first; among points equally far, the one given first
   * comes first.
   *
   * @param radiusKm only points within this great-circle distance; {@code Double.POSITIVE_INFINITY}
   *     for no limit
   */
  List<Found> nearest(double latitude, double longitude, int k, double radiusKm) {
    Placement.requireOnEarth(latitude, longitude);
    Earth.checkCount(k);
    Earth.checkRadius(radiusKm);
    double lat = Math.toRadians(latitude);
    double lon = Math.toRadians(longitude);
    Search search =
        new Search(
            Math.cos(lat) * Math.cos(lon),
            Math.cos(lat) * Math.sin(lon),
            Math.sin(lat),
            k,
            squaredChord(radiusKm));
    search.visit(0, ids.length);
    return search.found();
  }

  /** The squared chord of a great-circle distance; 4 (the diameter, squared) for any farther. */
  private static double squaredChord(double km) {
    if (km >= Earth.HALF_CIRCUMFERENCE_KM) {
      return 4.0 + 1e-9;
    }
    double chord = 2 * Math.sin(km / (2 * Earth.EARTH_RADIUS_KM));
    // a hair more, so that a point exactly at the radius is not lost to rounding
    return chord * chord * (1 + 1e-12) + 1e-18;
  }

  private double coordinate(int axisOf, int position) {
    return switch (axisOf) {
      case 0 -> xs[position];
      case 1 -> ys[position];
      default -> zs[position];
    };
  }

  private void build(int lo, int hi) {
    while (hi - lo > LEAF) {
      int a = widestAxis(lo, hi);
      int m = (lo + hi) >>> 1;
      select(a, lo, hi, m);
      axis[m] = (byte) a;
      build(lo, m);
      lo = m + 1;
    }
  }

  private int widestAxis(int lo, int hi) {
    int best = 0;
    double bestSpread = -1;
    for (int a = 0; a < 3; a++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = lo; i < hi; i++) {
        double v = coordinate(a, i);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      if (max - min > bestSpread) {
        bestSpread = max - min;
        best = a;
      }
    }
    return best;
  }

  /**
   * Quickselect: puts the k-th smallest (by the axis) at k, smaller or equal before, larger after.
   */
  private void select(int a, int lo, int hi, int k) {
    int left = lo;
    int right = hi - 1;
    while (right > left) {
      // median of three as the pivot keeps sorted or clustered input from the quadratic case
      int mid = (left + right) >>> 1;
      if (coordinate(a, mid) < coordinate(a, left)) {
        swap(mid, left);
      }
      if (coordinate(a, right) < coordinate(a, left)) {
        swap(right, left);
      }
      if (coordinate(a, right) < coordinate(a, mid)) {
        swap(right, mid);
      }
      double pivot = coordinate(a, mid);
      int i = left;
      int j = right;
      while (i <= j) {
        while (coordinate(a, i) < pivot) {
          i++;
        }
        while (coordinate(a, j) > pivot) {
          j--;
        }
        if (i <= j) {
          swap(i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return;
      }
    }
  }

  private void swap(int i, int j) {
    double x = xs[i];
    xs[i] = xs[j];
    xs[j] = x;
    double y = ys[i];
    ys[i] = ys[j];
    ys[j] = y;
    double z = zs[i];
    zs[i] = zs[j];
    zs[j] = z;
    int id = ids[i];
    ids[i] = ids[j];
    ids[j] = id;
  }

  /** One query: the k best so far in a max-heap on squared chord (ties: the later id is worse). */
  private final class Search {
    private final double qx;
    private final double qy;
    private final double qz;
    private final int k;
    private final double[] heapDistance;
    private final int[] heapId;
    private int count;
    private double limit;

    Search(double qx, double qy, double qz, int k, double limit) {
      this.qx = qx;
      this.qy = qy;
      this.qz = qz;
      this.k = k;
      this.heapDistance = new double[k];
      this.heapId = new int[k];
      this.limit = limit;
    }

    void visit(int lo, int hi) {
      while (hi - lo > LEAF) {
        int m = (lo + hi) >>> 1;
        offer(m);
        int a = axis[m];
        double difference =
            switch (a) {
              case 0 -> qx - xs[m];
              case 1 -> qy - ys[m];
              default -> qz - zs[m];
            };
        // the nearer half first; the farther only when the splitting plane is within reach
        if (difference <= 0) {
          visit(lo, m);
          if (difference * difference > limit) {
            return;
          }
          lo = m + 1;
        } else {
          visit(m + 1, hi);
          if (difference * difference > limit) {
            return;
          }
          hi = m;
        }
      }
      for (int i = lo; i < hi; i++) {
        offer(i);
      }
    }

    private void offer(int position) {
      double dx = qx - xs[position];
      double dy = qy - ys[position];
      double dz = qz - zs[position];
      double d = dx * dx + dy * dy + dz * dz;
      if (d > limit) {
        return;
      }
      int id = ids[position];
      if (count < k) {
        heapDistance[count] = d;
        heapId[count] = id;
        siftUp(count++);
        if (count == k) {
          limit = Math.min(limit, heapDistance[0]);
        }
      } else if (worse(heapDistance[0], heapId[0], d, id)) {
        heapDistance[0] = d;
        heapId[0] = id;
        siftDown(0);
        limit = heapDistance[0];
      }
    }

    /** Whether (d1, id1) is farther than (d2, id2). */
    private static boolean worse(double d1, int id1, double d2, int id2) {
      return d1 > d2 || (d1 == d2 && id1 > id2);
    }

    private void siftUp(int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (!worse(heapDistance[i], heapId[i], heapDistance[parent], heapId[parent])) {
          return;
        }
        swapHeap(i, parent);
        i = parent;
      }
    }

    private void siftDown(int i) {
      while (true) {
        int left = 2 * i + 1;
        if (left >= count) {
          return;
        }
        int worst = left;
        int right = left + 1;
        if (right < count
            && worse(heapDistance[right], heapId[right], heapDistance[left], heapId[left])) {
          worst = right;
        }
        if (!worse(heapDistance[worst], heapId[worst], heapDistance[i], heapId[i])) {
          return;
        }
        swapHeap(i, worst);
        i = worst;
      }
    }

    private void swapHeap(int i, int j) {
      double d = heapDistance[i];
      heapDistance[i] = heapDistance[j];
      heapDistance[j] = d;
      int id = heapId[i];
      heapId[i] = heapId[j];
      heapId[j] = id;
    }

    List<Found> found() {
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          (p, q) ->
              heapDistance[p] != heapDistance[q]
                  ? Double.compare(heapDistance[p], heapDistance[q])
                  : Integer.compare(heapId[p], heapId[q]));
      List<Found> found = new ArrayList<>(count);
      for (int i : order) {
        found.add(new Found(heapId[i], kilometres(heapDistance[i])));
      }
      return List.copyOf(found);
    }
  }

  /** The great-circle distance of a squared chord. */
  static double kilometres(double squaredChord) {
    double half = Math.sqrt(squaredChord) / 2;
    return 2 * Earth.EARTH_RADIUS_KM * Math.asin(Math.min(1, half));
  }
}
