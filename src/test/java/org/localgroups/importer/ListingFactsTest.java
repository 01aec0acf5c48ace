package org.localgroups.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.directory.GroupStatus;

class ListingFactsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      (Defunct) IlliPy - The Champaign-Urbana Python Users Group   | DEFUNCT
      Russian-speaking Python & Zope User Group, the oldest user group, is no longer active. | INACTIVE
      Michigan (Detroit / Ann Arbor) Python group is just starting up | STARTING
      the Kitchener/Waterloo Python User Group - just starting July 17, 2006. | STARTING
      Seeking members and ideas for the location of our first meetup. | STARTING
      Pythonistas in Volos | ACTIVE
      """)
  void readsStatus(String text, GroupStatus expected) {
    assertThat(ListingFacts.status(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The Waterloo Region Python User Group. Started in February 2012. | February 2012
      active since December 2005.                                       | December 2005
      Created on September 2009                                         | September 2009
      just starting July 17, 2006.                                      | July 17, 2006
      Puerto Rico Python Interest Group.  Started in January 2013.      | January 2013
      Python dinners (and beers!)                                       | ''
      """)
  void readsFounded(String text, String expected) {
    assertThat(ListingFacts.founded(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Minnesota Python Users Group, meets the 2nd Thursday of the month.                | meets the 2nd Thursday of the month
      We meet every third Wednesday, 6-8 PM, in Boulder, Colorado.                       | meet every third Wednesday, 6-8 PM, in Boulder, Colorado
      Meets every other week.                                                           | Meets every other week
      Meetings on the 2nd Thursday of the month. Check the wiki more details.           | Meetings on the 2nd Thursday of the month
      bi-monthly meetings                                                               | bi-monthly meetings
      A monthly meeting of food, drink and Python.                                      | monthly meeting of food, drink and Python
      revitalised Canberra User Group, first Wednesday of every month at ANU: Canberra meetup group | first Wednesday of every month at ANU: Canberra meetup group
      Meeting times and locations available at website.                                 | ''
      Python User Group in Indonesia                                                    | ''
      """)
  void readsMeetingClause(String text, String expected) {
    assertThat(ListingFacts.meeting(text)).isEqualTo(expected);
  }

  /** A line without a link whose name runs into its meeting clause (a revision of 2008). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      BostonPig meets monthly in Boston, MA.   | meets monthly in Boston, MA
      Monday Night Python                      | ''
      Python Meeting Düsseldorf                | ''
      """)
  void readsAMeetingClauseRunIntoTheName(String text, String expected) {
    assertThat(ListingFacts.meetingVerbClause(text)).isEqualTo(expected);
  }
}
