package org.localgroups.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;

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

  private final org.apache.lucene.store.Directory store;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final TextQueries queries =
      new TextQueries(FoldingAnalyzer.forQuery(), FoldingAnalyzer.forIndex());
  private final Object replacing = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile NearestGroups nearestGroups = NearestGroups.NONE;

  private LuceneGroupIndex(org.apache.lucene.store.Directory store) throws IOException {
    this.store = store;
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
    return open(new ByteBuffersDirectory());
  }

  /**
   * An empty index in a folder, memory-mapped (large directories); anything already there is
   * replaced.
   */
  public static LuceneGroupIndex at(Path folder) {
    try {
      Files.createDirectories(folder);
      return open(new MMapDirectory(folder));
    } catch (IOException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "Cannot open the search index in " + folder + ": " + e.getMessage(),
          e);
    }
  }

  private static LuceneGroupIndex open(org.apache.lucene.store.Directory store) {
    try {
      return new LuceneGroupIndex(store);
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
        NearestGroups nearest = NearestGroups.of(directory);
        writer.deleteAll();
        for (Group group : directory.groups()) {
          writer.addDocument(documents.document(group));
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        nearestGroups = nearest;
      } catch (IOException | RuntimeException e) {
        throw new LocalGroupsException(
            LocalGroupsException.Kind.UNAVAILABLE,
            "Cannot rebuild the search index: " + e.getMessage(),
            e);
      }
    }
  }

  /**
   * Placed groups nearest to a point by great-circle distance, nearest first (equally far: in the
   * directory's order); exact, the same way everywhere on the globe (see {@link SphereTree}).
   *
   * @param k at most this many (1..100)
   * @param radiusKm only groups within this distance; {@code Double.POSITIVE_INFINITY} for no limit
   */
  public List<NearGroup> nearest(double latitude, double longitude, int k, double radiusKm) {
    if (closed.get()) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE, "The search index is closed.");
    }
    return nearestGroups.nearest(latitude, longitude, k, radiusKm);
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
