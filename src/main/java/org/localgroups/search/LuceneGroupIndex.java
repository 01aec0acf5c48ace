package org.localgroups.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Placement;

/**
 * The Lucene index of a directory's groups, in memory or in a folder. The one owner of its index:
 * it holds the writer and the searchers, and {@link #close()} releases them.
 *
 * <p>{@link #replace(Directory)} builds the new index beside the one being searched and then swaps
 * the searcher in one step, so a search sees either the old directory or the new one, never half of
 * one.
 */
public final class LuceneGroupIndex implements AutoCloseable {
  /** The most text hits one search returns. */
  public static final int MAX_LIMIT = 1000;

  /** Indexing buffer; large enough that a million small groups build in a few segments. */
  private static final double RAM_BUFFER_MB = 128;

  /** The first circle searched for nearest groups: a city and its suburbs. */
  private static final double FIRST_CIRCLE_KM = 25;

  /**
   * Each next circle has twice the radius: at most four times the area of the first that holds k.
   */
  private static final double CIRCLE_GROWTH = 2;

  /**
   * Up to this latitude (north or south) nearest groups are found by walking the tree, beyond by
   * circles.
   */
  private static final double TREE_WALK_MAX_LATITUDE = 50;

  /**
   * Up to this many groups the whole tree is walked in well under a millisecond (about 35 ns a
   * point).
   */
  private static final int TREE_WALK_ALWAYS_UP_TO = 20_000;

  private final org.apache.lucene.store.Directory store;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final TextQueries queries =
      new TextQueries(FoldingAnalyzer.forQuery(), FoldingAnalyzer.forIndex());
  private final Object replacing = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final int treeWalkAlwaysUpTo;

  private LuceneGroupIndex(org.apache.lucene.store.Directory store, int treeWalkAlwaysUpTo)
      throws IOException {
    this.store = store;
    this.treeWalkAlwaysUpTo = treeWalkAlwaysUpTo;
    IndexWriterConfig config =
        new IndexWriterConfig(FoldingAnalyzer.forIndex())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            // a rebuild that failed half-way must never be committed by close()
            .setCommitOnClose(false);
    this.writer = new IndexWriter(store, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** An empty index held in memory (tests, the seed directory). */
  public static LuceneGroupIndex inMemory() {
    return open(new ByteBuffersDirectory(), TREE_WALK_ALWAYS_UP_TO);
  }

  /**
   * In memory, walking the tree for nearest groups only up to this many groups (tests of both
   * ways).
   */
  static LuceneGroupIndex inMemoryWalkingTreeUpTo(int groups) {
    return open(new ByteBuffersDirectory(), groups);
  }

  /**
   * An empty index in a folder, memory-mapped (large directories); anything already there is
   * replaced.
   */
  public static LuceneGroupIndex at(Path folder) {
    try {
      Files.createDirectories(folder);
      return open(new MMapDirectory(folder), TREE_WALK_ALWAYS_UP_TO);
    } catch (IOException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "Cannot open the search index in " + folder + ": " + e.getMessage(),
          e);
    }
  }

  private static LuceneGroupIndex open(
      org.apache.lucene.store.Directory store, int treeWalkAlwaysUpTo) {
    try {
      return new LuceneGroupIndex(store, treeWalkAlwaysUpTo);
    } catch (IOException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "Cannot open the search index: " + e.getMessage(),
          e);
    }
  }

  /** Rebuilds the index from a directory; searches running meanwhile see the old or the new one. */
  public void replace(Directory directory) {
    // One rebuild at a time; searches are not blocked. Only this method refreshes the searcher, so
    // the
    // deletions and additions below become visible together, at maybeRefreshBlocking.
    synchronized (replacing) {
      try {
        GroupDocuments documents = GroupDocuments.of(directory);
        writer.deleteAll();
        for (Group group : directory.groups()) {
          writer.addDocument(documents.document(group));
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
      } catch (IOException | RuntimeException e) {
        throw new LocalGroupsException(
            LocalGroupsException.Kind.UNAVAILABLE,
            "Cannot rebuild the search index: " + e.getMessage(),
            e);
      }
    }
  }

  /**
   * Placed groups nearest to a point, nearest first.
   *
   * @param k at most this many (1..100)
   * @param radiusKm only groups within this distance; {@code Double.POSITIVE_INFINITY} for no limit
   */
  public List<NearGroup> nearest(double latitude, double longitude, int k, double radiusKm) {
    Placement.requireOnEarth(latitude, longitude);
    Earth.checkCount(k);
    Earth.checkRadius(radiusKm);
    return withSearcher(
        searcher -> {
          if (searcher.getIndexReader().numDocs() == 0) {
            return List.of();
          }
          TopDocs top = nearestWithin(searcher, latitude, longitude, k, radiusKm);
          StoredFields stored = searcher.storedFields();
          List<NearGroup> groups = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            double km = ((Double) ((FieldDoc) hit).fields[0]) / 1000.0;
            if (km > radiusKm) {
              break;
            }
            groups.add(new NearGroup(stored.document(hit.doc).get(GroupDocuments.SLUG), km));
          }
          return List.copyOf(groups);
        });
  }

  /**
   * The k nearest groups, sorted by haversine distance; right across the dateline and over the
   * poles.
   *
   * <p>Two ways, measured on a million groups: {@code LatLonPoint.nearest} walks the points' tree
   * best first and answers in about 0.1 ms where groups are; but it prunes the tree by a
   * latitude-longitude box around the k-th distance so far, and far from the equator such a box
   * spans most longitudes, so from a remote high-latitude point it visits most of the tree (up to
   * 35 ms from 68°S). There, widening circles (a distance query, a true circle, sorted by distance,
   * doubled until it holds k groups) stay within a few milliseconds. A small index (the seed's few
   * hundred groups) is walked whatever the latitude: visiting all of it is cheaper than ten
   * circles.
   */
  private TopDocs nearestWithin(
      IndexSearcher searcher, double latitude, double longitude, int k, double radiusKm)
      throws IOException {
    if (Math.abs(latitude) <= TREE_WALK_MAX_LATITUDE
        || searcher.getIndexReader().maxDoc() <= treeWalkAlwaysUpTo) {
      return LatLonPoint.nearest(searcher, GroupDocuments.LOCATION, latitude, longitude, k);
    }
    Sort byDistance =
        new Sort(
            LatLonDocValuesField.newDistanceSort(GroupDocuments.LOCATION, latitude, longitude));
    double circleKm = Math.min(FIRST_CIRCLE_KM, radiusKm);
    while (true) {
      Query within =
          LatLonPoint.newDistanceQuery(
              GroupDocuments.LOCATION, latitude, longitude, circleKm * 1000);
      TopDocs top = searcher.search(within, k, byDistance);
      if (top.scoreDocs.length >= k
          || circleKm >= radiusKm
          || circleKm >= Earth.HALF_CIRCUMFERENCE_KM) {
        return top;
      }
      circleKm =
          Math.min(circleKm * CIRCLE_GROWTH, Math.min(radiusKm, Earth.HALF_CIRCUMFERENCE_KM));
    }
  }

  /**
   * Full-text search over names, descriptions, links' labels and places: accent- and
   * case-insensitive, typo-tolerant, with synonyms (PUG, PIG, piggies, user group, meetup). Best
   * first.
   */
  public List<TextHit> search(String query, SearchFilter filter, int limit) {
    String text = TextQueries.check(query);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw LocalGroupsException.badInput(
          "The number of results must be between 1 and " + MAX_LIMIT + ", not " + limit + ".");
    }
    return withSearcher(
        searcher -> {
          IndexReader reader = searcher.getIndexReader();
          List<TextHit> hits = run(searcher, queries.build(text, filter, true, reader), limit);
          // Nothing has every word ("python in atlantis"): show what matches some of them rather
          // than nothing.
          return hits.isEmpty()
              ? run(searcher, queries.build(text, filter, false, reader), limit)
              : hits;
        });
  }

  private static List<TextHit> run(IndexSearcher searcher, Optional<Query> query, int limit)
      throws IOException {
    if (query.isEmpty()) {
      return List.of();
    }
    TopDocs top;
    try {
      top = searcher.search(query.get(), limit);
    } catch (TooManyClauses e) {
      throw LocalGroupsException.badInput(
          "The search text is too complex; try fewer or longer words.");
    }
    StoredFields stored = searcher.storedFields();
    List<TextHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      hits.add(new TextHit(stored.document(hit.doc).get(GroupDocuments.SLUG), hit.score));
    }
    return List.copyOf(hits);
  }

  private interface Search<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(Search<T> search) {
    if (closed.get()) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE, "The search index is closed.");
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.on(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "The search index cannot be read: " + e.getMessage(),
          e);
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try (store;
        writer;
        searchers) {
      // closed in reverse order: searchers, writer, store
    } catch (IOException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "Cannot close the search index: " + e.getMessage(),
          e);
    }
  }
}
