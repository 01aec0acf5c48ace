package org.localgroups.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.GZIPOutputStream;
import org.localgroups.export.ExportFormat;
import org.localgroups.export.Exports;
import org.localgroups.revision.Timeline;
import org.localgroups.search.DirectoryView;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.GroupTimelines;

/**
 * The exports of the directory being served, each rendered once per directory version, plain and
 * gzipped, and then served from memory to every request. A full export is the largest answer this
 * server gives; rendering it per request let a few hundred clients that never read their answers
 * keep the CPU busy and the heap full (issue 13). Thread-safe: one request renders a format while
 * the others asking for it wait, and a new version replaces the old one.
 */
final class RenderedExports {
  /** One export of one version, as bytes to send; the arrays are shared, never changed. */
  static final class Rendered {
    private final long version;
    private final byte[] plain;
    private final byte[] gzipped;

    Rendered(long version, byte[] plain, byte[] gzipped) {
      this.version = version;
      this.plain = plain;
      this.gzipped = gzipped;
    }

    long version() {
      return version;
    }

    byte[] plain() {
      return plain;
    }

    byte[] gzipped() {
      return gzipped;
    }
  }

  private final Map<ExportFormat, Rendered> latest = new EnumMap<>(ExportFormat.class);

  /** The store with the groups' revisions, for CSV's timeline columns; empty: left empty. */
  private final Optional<DirectoryStore> history;

  RenderedExports(Optional<DirectoryStore> history) {
    this.history = history;
  }

  /** A lock, not {@code synchronized}: requests run on virtual threads, which wait here. */
  private final ReentrantLock lock = new ReentrantLock();

  /** The export of this view's directory in this format. */
  Rendered of(DirectoryView view, ExportFormat format) {
    lock.lock();
    try {
      Rendered r = latest.get(format);
      if (r == null || r.version() != view.version()) {
        r = render(view, format);
        latest.put(format, r);
      }
      return r;
    } finally {
      lock.unlock();
    }
  }

  private Rendered render(DirectoryView view, ExportFormat format) {
    try {
      ByteArrayOutputStream plain = new ByteArrayOutputStream();
      try (Writer out = new OutputStreamWriter(plain, StandardCharsets.UTF_8)) {
        Map<String, Timeline> timelines =
            format == ExportFormat.CSV && history.isPresent()
                ? GroupTimelines.of(history.get(), view.directory(), 0)
                : Map.of();
        Exports.writer(format, timelines).write(view.directory(), out);
      }
      ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
        plain.writeTo(out);
      }
      return new Rendered(view.version(), plain.toByteArray(), gzipped.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
  }
}
