package org.localgroups.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.revision.Timeline;
import org.localgroups.store.GroupTimelines;
import org.localgroups.store.StoreFixtures;
import org.localgroups.web.FixtureDirectory;

/**
 * The evidence book reads each group's first listing when a group is asked for, and says what the
 * whole directory's timelines say.
 */
class EvidenceBookTest {
  @Test
  void eachGroupIsListedSinceItsFirstRevisionAsTheTimelinesSay() throws Exception {
    try (StoreFixtures.Database db = StoreFixtures.sqlite()) {
      StoreFixtures.save(db.store(), FixtureDirectory.directory());
      Directory d = db.store().directory();
      EvidenceBook book = new EvidenceBook(db.store(), new Observations(db.store().database()));
      Map<String, Timeline> timelines = GroupTimelines.of(db.store(), d, 0);
      Function<Group, Evidence> reader = book.reader(d);
      Map<String, Evidence> all = book.of(d);
      assertThat(d.groups()).isNotEmpty();
      for (Group g : d.groups()) {
        Evidence e = reader.apply(g);
        assertThat(e).as(g.slug()).isEqualTo(all.get(g.id())).isEqualTo(book.of(d, g));
        if (e.kind() == Evidence.Kind.LISTED) {
          assertThat(e.date()).as(g.slug()).isEqualTo(timelines.get(g.id()).firstListed().at());
        }
      }
      assertThat(d.groups().stream().map(reader).filter(e -> e.kind() == Evidence.Kind.LISTED))
          .isNotEmpty();
    }
  }
}
