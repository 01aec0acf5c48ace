package org.localgroups.search;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import org.localgroups.directory.Directory;
import org.localgroups.directory.DirectorySource;
import org.localgroups.geo.Gazetteer;

/**
 * The one owner of the directory being served and its search index. Each {@link #current()} asks
 * the source for its version (one small query) and, when it changed, reads the directory, builds
 * its index and map grid beside the ones in use and swaps both in one step: a change made by
 * another process (an import from the command line) shows on the next request, and no request ever
 * sees a directory with another version's index.
 *
 * <p>A replaced view's index is closed only after {@link #RETIRE_AFTER_NANOS}, so a request still
 * reading the view it started with finishes on it. Thread-safe.
 */
public final class LiveDirectory implements AutoCloseable {
  /**
   * How long a replaced view stays open: far longer than any request may take (they time out at 30
   * s).
   */
  static final long RETIRE_AFTER_NANOS = 60_000_000_000L;

  private final DirectorySource source;
  private final Gazetteer gazetteer;
  private final KeptIndexes kept;
  private volatile DirectoryView current;
  private final ReentrantLock reloading = new ReentrantLock();
  private final Deque<Retired> retired = new ArrayDeque<>();

  private record Retired(DirectoryView view, long at) {}

  /** Reads the source's directory now and serves it, its search index in memory. */
  public LiveDirectory(DirectorySource source, Gazetteer gazetteer) {
    this(source, gazetteer, KeptIndexes.none());
  }

  /**
   * Reads the source's directory now and serves it; the search index of a large directory is kept
   * in {@code indexFolder}, so that a restart at the same version opens it instead of indexing
   * again.
   */
  public LiveDirectory(DirectorySource source, Gazetteer gazetteer, Path indexFolder) {
    this(source, gazetteer, new KeptIndexes(indexFolder, KeptIndexes.FROM_GROUPS));
  }

  LiveDirectory(DirectorySource source, Gazetteer gazetteer, KeptIndexes kept) {
    this.source = source;
    this.gazetteer = gazetteer;
    this.kept = kept;
    long version = source.version();
    current = view(version, source.directory());
  }

  /**
   * The view of the source's current version; read again first when the source changed since the
   * last one.
   */
  public DirectoryView current() {
    DirectoryView view = current;
    long version = source.version();
    if (version == view.version()) {
      return view;
    }
    reloading.lock();
    try {
      view = current;
      if (version != view.version()) {
        DirectoryView fresh = view(version, source.directory());
        current = fresh;
        retire(view);
      }
      return current;
    } finally {
      reloading.unlock();
    }
  }

  private DirectoryView view(long version, Directory directory) {
    LuceneGroupIndex index = kept.open(version, directory);
    try {
      return new DirectoryView(
          version,
          directory,
          index,
          new GroupFinder(gazetteer, index, directory),
          MapGrid.of(directory));
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * Called with the lock held: closes the views replaced long enough ago, keeps the newly replaced
   * one.
   */
  private void retire(DirectoryView old) {
    long now = System.nanoTime();
    while (!retired.isEmpty() && now - retired.peekFirst().at() > RETIRE_AFTER_NANOS) {
      discard(retired.pollFirst().view());
    }
    retired.addLast(new Retired(old, now));
  }

  private void discard(DirectoryView view) {
    kept.discard(view.version(), view.index());
  }

  @Override
  public void close() {
    reloading.lock();
    try {
      retired.forEach(r -> discard(r.view()));
      retired.clear();
      current.index().close(); // kept for the next start at this version
    } finally {
      reloading.unlock();
    }
  }
}
