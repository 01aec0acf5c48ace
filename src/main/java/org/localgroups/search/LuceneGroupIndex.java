package org.localgroups.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.MMapDirectory;
import org.jspecify.annotations.Nullable;
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

  /**
   * What the documents of a group are made of: change it whenever {@link GroupDocuments} or the
   * analyzers change, so that an index kept by an earlier build is made again.
   */
  static final String DOCUMENTS = "groups-2026-12-07";

  /** The lock file by which a process holds a kept index's folder. */
  private static final String HELD = "localgroups.lock";

  private final org.apache.lucene.store.Directory store;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final TextQueries queries =
      new TextQueries(FoldingAnalyzer.forQuery(), FoldingAnalyzer.forIndex());
  private final Object replacing = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile NearestGroups nearestGroups = NearestGroups.NONE;
  private boolean reused;
  private @Nullable Lock held;

  private LuceneGroupIndex(org.apache.lucene.store.Directory store) throws IOException {
    this(store, IndexWriterConfig.OpenMode.CREATE);
  }

  private LuceneGroupIndex(org.apache.lucene.store.Directory store, IndexWriterConfig.OpenMode mode)
      throws IOException {
    this.store = store;
    IndexWriterConfig config =
        new IndexWriterConfig(FoldingAnalyzer.forIndex())
            .setOpenMode(mode)
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

  /**
   * The index of one version of a directory, kept in a folder: opened as it is when an earlier run
   * committed it for the same version, number of groups and {@link #DOCUMENTS} (a restart does not
   * index a large directory again), else built there. Only the nearest-search tree is built in
   * memory either way.
   *
   * @throws LocalGroupsException (UNAVAILABLE) when the folder cannot be written or locked
   */
  public static LuceneGroupIndex persisted(Path folder, long version, Directory directory) {
    Map<String, String> wanted = commitData(version, directory);
    try {
      Files.createDirectories(folder);
      MMapDirectory store = new MMapDirectory(folder);
      LuceneGroupIndex index;
      Lock held = null;
      try {
        // one process at a time in a folder: another server on the same data folder is refused
        // here, before this one reads or clears anything
        held = store.obtainLock(HELD);
        boolean current = wanted.equals(committed(store));
        if (!current) {
          // another version, or damaged: nothing in the folder is kept (a damaged commit would
          // stop even a writer that creates the index anew)
          for (String file : store.listAll()) {
            if (!file.equals(HELD)) {
              store.deleteFile(file);
            }
          }
        }
        index =
            new LuceneGroupIndex(
                store,
                current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        index.held = held;
        index.reused = current;
      } catch (IOException | RuntimeException e) {
        try (store;
            Lock release = held) {
          // released, then closed
        }
        throw e;
      }
      boolean current = index.reused;
      try {
        if (current) {
          index.nearestGroups = NearestGroups.of(directory);
        } else {
          index.replace(directory, wanted);
        }
        return index;
      } catch (RuntimeException e) {
        index.close();
        throw e;
      }
    } catch (IOException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "Cannot keep the search index in " + folder + ": " + e.getMessage(),
          e);
    }
  }

  private static Map<String, String> commitData(long version, Directory directory) {
    return Map.of(
        "localgroups.version",
        Long.toString(version),
        "localgroups.groups",
        Integer.toString(directory.groups().size()),
        "localgroups.documents",
        DOCUMENTS,
        "lucene",
        org.apache.lucene.util.Version.LATEST.toString());
  }

  /** The data of the folder's last commit; empty when it holds no readable index. */
  private static Map<String, String> committed(org.apache.lucene.store.Directory store) {
    try {
      if (!DirectoryReader.indexExists(store)) {
        return Map.of();
      }
      return SegmentInfos.readLatestCommit(store).getUserData();
    } catch (IOException | RuntimeException e) {
      return Map.of(); // unreadable or from another Lucene: built again
    }
  }

  /**
   * Deletes a kept index's folder unless a process (this one included) holds it; returns whether it
   * is gone.
   */
  public static boolean deleteKept(Path folder) {
    if (!Files.isDirectory(folder)) {
      return true;
    }
    try (MMapDirectory store = new MMapDirectory(folder);
        Lock held = store.obtainLock(HELD)) {
      for (String file : store.listAll()) {
        if (!file.equals(HELD)) {
          store.deleteFile(file);
        }
      }
    } catch (IOException e) {
      return false; // held by a server, or not ours to delete
    }
    try {
      Files.deleteIfExists(folder.resolve(HELD));
      Files.deleteIfExists(folder);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether this index was opened as an earlier run left it rather than built. */
  public boolean reused() {
    return reused;
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
    replace(directory, Map.of());
  }

  private void replace(Directory directory, Map<String, String> commitData) {
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
        writer.setLiveCommitData(commitData.entrySet());
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
        Lock release = held;
        writer;
        searchers) {
      // closed in reverse order: searchers, writer, the folder's lock, store
    } catch (IOException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "Cannot close the search index: " + e.getMessage(),
          e);
    }
  }
}
