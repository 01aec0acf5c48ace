package org.localgroups.web.pages;

import java.util.List;
import java.util.Map;
import org.localgroups.web.Layout;

/**
 * The curators' page of failing links ({@code /curate/links}): filters, counts per region, rows
 * with the oldest failures first.
 *
 * @param outcome the outcome filtered on ("" for every failure)
 * @param region the region's slug filtered on ("" for all)
 * @param outcomes every outcome, as {@code [id, label]} pairs, for the filter
 * @param perRegion how many rows each top-level region has
 * @param rows the links of this page
 * @param pager which page of all the rows this is
 * @param csvHref the same rows as CSV
 */
public record LinksPage(
    Layout layout,
    String outcome,
    String region,
    List<List<String>> outcomes,
    Map<String, Integer> perRegion,
    List<Row> rows,
    Pager pager,
    String csvHref) {

  /** One link as the page shows it. */
  public record Row(
      String groupSlug,
      String groupName,
      String region,
      String url,
      String outcome,
      String outcomeLabel,
      int statusCode,
      String since,
      String checkedAt,
      int checks,
      String detail) {
    public String groupHref() {
      return "/groups/" + groupSlug;
    }
  }
}
