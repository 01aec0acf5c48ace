package org.localgroups.cli;

import java.util.HashMap;
import java.util.Map;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Timeline;
import org.localgroups.store.DirectoryStore;

/** Each group's timeline, read from its revisions, for the CSV export's timeline columns. */
final class GroupTimelines {
  private GroupTimelines() {}

  /**
   * The timelines of a directory's groups by group id, each from the group's revisions up to and
   * including {@code atRevision} (0: all of them).
   */
  static Map<String, Timeline> of(DirectoryStore store, Directory directory, long atRevision) {
    Map<String, Timeline> out = new HashMap<>();
    long before = atRevision == 0 ? 0 : atRevision + 1;
    for (Group g : directory.groups()) {
      if (g.id().isEmpty()) {
        continue;
      }
      Timeline.of(store.history(EntityRef.group(g.id()), Integer.MAX_VALUE, before))
          .ifPresent(t -> out.put(g.id(), t));
    }
    return out;
  }
}
