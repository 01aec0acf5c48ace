package org.localgroups.checks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.revision.Timeline;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.GroupTimelines;

/**
 * Every group's evidence, derived from the store's timelines and observations; what was derived is
 * kept until the directory or the observations change (read once per change, not per request).
 * Thread-safe.
 */
public final class EvidenceBook {
  private final DirectoryStore store;
  private final Observations observations;
  private final Object lock = new Object();
  private Snapshot last = new Snapshot(-1, -1, null, Map.of(), Map.of(), Map.of());

  /** What was read at one version of the directory and of the observations. */
  private record Snapshot(
      long storeVersion,
      long observed,
      @org.jspecify.annotations.Nullable Directory directory,
      Map<String, Timeline> timelines,
      Map<String, Map<String, LinkHistory>> links,
      Map<String, List<Statement>> said) {}

  public EvidenceBook(DirectoryStore store, Observations observations) {
    this.store = store;
    this.observations = observations;
  }

  public Observations observations() {
    return observations;
  }

  /** The evidence of each group of a directory, by group id. */
  public Map<String, Evidence> of(Directory d) {
    Snapshot s = snapshot(d);
    Map<String, Evidence> out = new HashMap<>();
    for (Group g : d.groups()) {
      out.put(g.id(), derive(s, g));
    }
    return out;
  }

  /** One group's evidence. */
  public Evidence of(Directory d, Group g) {
    return derive(snapshot(d), g);
  }

  /**
   * The evidence of a directory's groups, each derived when asked for: what one request needs that
   * shows some of the groups (the store and the observations are read once, here).
   */
  public Function<Group, Evidence> lookup(Directory d) {
    Snapshot s = snapshot(d);
    return g -> derive(s, g);
  }

  /** The history of each link of each group, by group id then link identity. */
  public Map<String, Map<String, LinkHistory>> links(Directory d) {
    return snapshot(d).links();
  }

  private static Evidence derive(Snapshot s, Group g) {
    return Evidence.of(
        g,
        Optional.ofNullable(s.timelines().get(g.id())).map(t -> t.firstListed().at()),
        s.links().getOrDefault(g.id(), Map.of()),
        s.said().getOrDefault(g.id(), List.of()));
  }

  private Snapshot snapshot(Directory d) {
    long version = store.version();
    long observed = observations.version();
    synchronized (lock) {
      Snapshot s = last;
      if (s.storeVersion() == version && s.observed() == observed && s.directory() == d) {
        return s;
      }
      Map<String, Timeline> timelines =
          s.storeVersion() == version && s.directory() != null && s.directory().equals(d)
              ? s.timelines()
              : GroupTimelines.of(store, d, 0);
      last =
          new Snapshot(
              version,
              observed,
              d,
              timelines,
              s.observed() == observed ? s.links() : observations.histories(),
              s.observed() == observed ? s.said() : observations.statements());
      return last;
    }
  }
}
