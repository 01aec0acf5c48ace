package org.localgroups.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import org.localgroups.importer.Drafts.GroupDraft;
import org.localgroups.importer.Drafts.RegionDraft;

/**
 * The list items open above the one being read, innermost first, each with what it was read as:
 * what an item nested below one of them is part of.
 */
final class ItemNesting {
  sealed interface Frame {
    int depth();
  }

  /** A group: items below it are its links and notes. */
  record GroupFrame(int depth, GroupDraft group) implements Frame {}

  /** A channel list of a region ("Website:"): items below it are its channels. */
  record ChannelFrame(int depth, String label, RegionDraft region) implements Frame {}

  /** A sub-region ("Regional (by State)"): items below it are listed in it. */
  record SubRegionFrame(int depth, RegionDraft region) implements Frame {}

  /** Anything else; items below it are read as if directly in the region. */
  record OtherFrame(int depth) implements Frame {}

  private final Deque<Frame> open = new ArrayDeque<>();

  /**
   * Closes the items at {@code depth} or deeper; the item a new one at {@code depth} is nested in,
   * if any.
   */
  @Nullable Frame parentAt(int depth) {
    while (!open.isEmpty() && open.peek().depth() >= depth) {
      open.pop();
    }
    return open.peek();
  }

  /** The innermost open item a continuation line at {@code depth} may belong to, if any. */
  @Nullable Frame enclosing(int depth) {
    return open.stream().filter(f -> f.depth() <= depth).findFirst().orElse(null);
  }

  void push(Frame frame) {
    open.push(frame);
  }

  void clear() {
    open.clear();
  }

  /** The region items are listed in: the innermost open sub-region, else {@code underHeading}. */
  RegionDraft region(RegionDraft underHeading) {
    for (Frame f : open) {
      if (f instanceof SubRegionFrame s) {
        return s.region();
      }
    }
    return underHeading;
  }
}
