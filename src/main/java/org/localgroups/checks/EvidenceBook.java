package org.localgroups.checks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.store.DirectoryStore;

/**
 * Every group's evidence, derived from the store's timelines and observations; what was read is
 * kept until the directory or the observations change (the observations read once per change, each
 * group's first listing when first asked for: see {@link FirstListed}). Thread-safe.
 */
public final class EvidenceBook {
  private final DirectoryStore store;
  private final Observations observations;
  private final Object lock = new Object();
  private Snapshot last;

  /** What was read at one version of the directory and of the observations. */
  private record Snapshot(
      long storeVersion,
      long observed,
      @org.jspecify.annotations.Nullable Directory directory,
      FirstListed firstListed,
      Map<String, Map<String, LinkHistory>> links,
      Map<String, List<Statement>> said) {}

  public EvidenceBook(DirectoryStore store, Observations observations) {
    this.store = store;
    this.observations = observations;
    this.last = new Snapshot(-1, -1, null, new FirstListed(store), Map.of(), Map.of());
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

  /**
   * Each group's evidence as one snapshot of the store and the observations gives it, derived when
   * asked: a page of groups costs its groups, not the directory. Read the snapshot once per
   * request.
   */
  public Function<Group, Evidence> reader(Directory d) {
    Snapshot s = snapshot(d);
    return g -> derive(s, g);
  }

  /** One group's evidence. */
  public Evidence of(Directory d, Group g) {
    return derive(snapshot(d), g);
  }

  /** The history of each link of each group, by group id then link identity. */
  public Map<String, Map<String, LinkHistory>> links(Directory d) {
    return snapshot(d).links();
  }

  private static Evidence derive(Snapshot s, Group g) {
    return Evidence.of(
        g,
        s.firstListed().of(g.id()),
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
      // each group's first listing is read when first asked for, not the whole directory's here
      FirstListed firstListed =
          s.storeVersion() == version && s.directory() != null && s.directory().equals(d)
              ? s.firstListed()
              : new FirstListed(store);
      last =
          new Snapshot(
              version,
              observed,
              d,
              firstListed,
              s.observed() == observed ? s.links() : observations.histories(),
              s.observed() == observed ? s.said() : observations.statements());
      return last;
    }
  }
}
