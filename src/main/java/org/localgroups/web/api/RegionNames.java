package org.localgroups.web.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Region;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.RegionState;
import org.localgroups.store.DirectoryStore;

/**
 * Regions by id, for one request: a revision names its regions by id, people read names and
 * addresses. The served directory first, then the store (a region removed since keeps its last
 * name); an id found in neither is shown as it is. Not thread-safe: one per request.
 */
final class RegionNames {
  private record Named(String slug, String name) {}

  private final Directory directory;
  private final DirectoryStore store;
  private final Map<String, Named> known = new HashMap<>();

  RegionNames(Directory directory, DirectoryStore store) {
    this.directory = directory;
    this.store = store;
  }

  String name(String id) {
    Named r = find(id);
    return r == null ? id : r.name();
  }

  String slug(String id) {
    Named r = find(id);
    return r == null ? id : r.slug();
  }

  private @Nullable Named find(String id) {
    Optional<Region> served = directory.regionById(id);
    if (served.isPresent()) {
      return new Named(served.get().slug(), served.get().name());
    }
    return known.computeIfAbsent(
        id,
        k ->
            store
                .entity(EntityRef.region(k))
                .map(e -> e.state() instanceof RegionState r ? new Named(r.slug(), r.name()) : null)
                .orElse(null));
  }
}
