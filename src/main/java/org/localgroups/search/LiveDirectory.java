package org.localgroups.search;

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
  private volatile DirectoryView current;
  private final ReentrantLock reloading = new ReentrantLock();
  private final Deque<Retired> retired = new ArrayDeque<>();

  private record Retired(DirectoryView view, long at) {}

  /** Reads the source's directory now and serves it. */
  public LiveDirectory(DirectorySource source, Gazetteer gazetteer) {
    this.source = source;
    this.gazetteer = gazetteer;
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
    LuceneGroupIndex index = LuceneGroupIndex.inMemory();
    try {
      index.replace(directory);
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
      retired.pollFirst().view().index().close();
    }
    retired.addLast(new Retired(old, now));
  }

  @Override
  public void close() {
    reloading.lock();
    try {
      retired.forEach(r -> r.view().index().close());
      retired.clear();
      current.index().close();
    } finally {
      reloading.unlock();
    }
  }
}
