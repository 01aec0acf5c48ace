package org.localgroups.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region.RegionKind;

class StateJsonTest {
  static final GroupState GROUP =
      new GroupState(
          "g000000000001",
          "pykrakow",
          "PyKrakow <b>&</b> \"friends\"",
          "Kraków's ünïcode – 🐍",
          List.of(new Link(LinkKind.MAILING_LIST, "mailto:x@y.org?Subject=sub", "", "x[at]y.org")),
          GroupStatus.STARTING,
          "February 2012",
          "meets the 2nd Thursday",
          List.of("a note", ""),
          new Placement(
              Placement.Precision.CITY,
              "Kraków",
              "PL",
              "Lesser Poland",
              50.06143,
              19.93658,
              3094802,
              0.9,
              "name says 'Kraków'"),
          List.of("r000000000001", "r000000000002"));

  @Test
  void everyStateReadsBackEqual() {
    RegionState region =
        new RegionState(
            "r000000000002",
            "poland",
            "Poland",
            2,
            "r000000000001",
            RegionKind.COUNTRY,
            Placement.unplaced("why"),
            List.of(new Link(LinkKind.FORUM, "http://g.example/", "Forum", "http://g.example/")));
    IntroState intro =
        new IntroState(
            "Title",
            List.of(
                new IntroLine(
                    "See Python Meetups.",
                    List.of(
                        new Link(
                            LinkKind.MEETUP,
                            "http://python.meetup.com/",
                            "Python Meetups",
                            "http://python.meetup.com/")))));
    assertThat(StateJson.read(EntityKind.GROUP, StateJson.write(GROUP))).isEqualTo(GROUP);
    assertThat(StateJson.read(EntityKind.REGION, StateJson.write(region))).isEqualTo(region);
    assertThat(StateJson.read(EntityKind.INTRO, StateJson.write(intro))).isEqualTo(intro);
    assertThat(StateJson.write(GROUP)).contains("\"country_code\":\"PL\"").doesNotContain("\n");
  }

  @Test
  void organisersRulesReadBackAndARevisionWrittenBeforeThemReadsAsNone() {
    GroupState withRules =
        GROUP.withMeetingRules(List.of("monthly, 2nd Thursday, 18:00-20:00", "weekly, Tuesday"));
    String json = StateJson.write(withRules);
    assertThat(json).contains("\"meeting_rules\":[\"monthly, 2nd Thursday, 18:00-20:00\"");
    assertThat(StateJson.read(EntityKind.GROUP, json)).isEqualTo(withRules);

    // the JSON of a revision stored before organisers' rules existed: no such field
    String old = StateJson.write(GROUP).replace(",\"meeting_rules\":[]", "");
    assertThat(old).doesNotContain("meeting_rules");
    GroupState read = (GroupState) StateJson.read(EntityKind.GROUP, old);
    assertThat(read.meetingRules()).isEmpty();
    assertThat(read).isEqualTo(GROUP);
  }

  @Test
  void damagedJsonIsUnavailableWithAMessageThatSaysWhatToDo() {
    assertThatThrownBy(() -> StateJson.read(EntityKind.GROUP, "{\"id\":1, \"surprise\":true}"))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.UNAVAILABLE))
        .hasMessageContaining("restore it from a backup");
  }
}
