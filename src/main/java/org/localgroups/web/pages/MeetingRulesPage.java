package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Layout;

/**
 * The form that sets a group's organisers' meeting rules.
 *
 * @param layout the frame
 * @param name the group's name
 * @param slug the group's slug
 * @param phrase its listing's meeting phrase, "" when none
 * @param startingPoint where the rows come from, for people ("the rules its organisers set", "the
 *     rule read from its listing's phrase: monthly on the 2nd Thursday")
 * @param rows the rows of the form: the rules, then empty ones to add more
 * @param baseRevision the group's revision the form starts from
 * @param csrf the form's CSRF token
 * @param author the author typed, "" at first
 * @param comment the comment typed, "" at first
 * @param error why the last sending was refused, "" when it was not
 */
public record MeetingRulesPage(
    Layout layout,
    String name,
    String slug,
    String phrase,
    String startingPoint,
    List<RuleRow> rows,
    long baseRevision,
    String csrf,
    String author,
    String comment,
    String error) {
  public MeetingRulesPage {
    rows = List.copyOf(rows);
  }

  /** The frequencies a row offers: value and label. */
  public List<List<String>> frequencies() {
    return List.of(
        List.of("", "(no rule)"), List.of("weekly", "weekly"), List.of("monthly", "monthly"));
  }

  /** The places in the month a row offers: value and label. */
  public List<List<String>> ordinals() {
    return List.of(
        List.of("every", "every (weekly)"),
        List.of("1", "1st"),
        List.of("2", "2nd"),
        List.of("3", "3rd"),
        List.of("4", "4th"),
        List.of("5", "5th"),
        List.of("last", "last"));
  }

  /** The weekdays a row offers: value and label. */
  public List<List<String>> weekdays() {
    return List.of(
        List.of("monday", "Monday"),
        List.of("tuesday", "Tuesday"),
        List.of("wednesday", "Wednesday"),
        List.of("thursday", "Thursday"),
        List.of("friday", "Friday"),
        List.of("saturday", "Saturday"),
        List.of("sunday", "Sunday"));
  }

  /** The form's address. */
  public String action() {
    return MeetingRuleForms.href(slug);
  }
}
