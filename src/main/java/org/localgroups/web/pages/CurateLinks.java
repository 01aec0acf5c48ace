package org.localgroups.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.checks.EvidenceBook;
import org.localgroups.checks.LinkHistory;
import org.localgroups.checks.LinkReport;
import org.localgroups.checks.Outcomes;
import org.localgroups.directory.Directory;
import org.localgroups.web.Params;
import org.localgroups.web.Templates;
import org.localgroups.web.WebServices;

/**
 * {@code /curate/links} and {@code /curate/links.csv}: the checked links that fail (or have one
 * outcome), by region, the oldest failures first. Read-only; works without JavaScript.
 */
final class CurateLinks {
  private final WebServices services;
  private final EvidenceBook book;
  private final Templates templates;
  private final PageViews views;

  CurateLinks(WebServices services, EvidenceBook book, Templates templates, PageViews views) {
    this.services = services;
    this.book = book;
    this.templates = templates;
    this.views = views;
  }

  void register(RoutesConfig routes) {
    routes.get("/curate/links", this::page);
    routes.get("/curate/links.csv", this::csv);
  }

  private record Query(String outcome, String region) {}

  private Query query(Context ctx, Directory d) {
    String o = Params.text(ctx.queryParam("outcome"), "outcome");
    String region = Params.text(ctx.queryParam("region"), "region");
    if (!region.isEmpty()) {
      region = Params.region(d, region).slug();
    }
    return new Query(Outcomes.canonical(o).orElse(o), region);
  }

  /** Rows a page of {@code /curate/links} shows; the CSV has them all. */
  static final int PAGE_SIZE = 200;

  /** Queries whose rows are kept for the directory and observations they were made from. */
  private static final int KEPT_QUERIES = 32;

  private @Nullable Directory keptFor;
  private @Nullable Map<String, Map<String, LinkHistory>> keptHistories;
  private final Map<Query, List<LinkReport.Row>> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, List<LinkReport.Row>> eldest) {
          return size() > KEPT_QUERIES;
        }
      };

  /**
   * The rows of a query, worked out once per directory version and observations version (the book
   * hands out the same histories until a new check is recorded): a report scans every group.
   */
  private List<LinkReport.Row> rows(Directory d, Query q) {
    Map<String, Map<String, LinkHistory>> histories = book.links(d);
    synchronized (kept) {
      if (keptFor != d || keptHistories != histories) {
        kept.clear();
        keptFor = d;
        keptHistories = histories;
      }
      return kept.computeIfAbsent(
          q, k -> List.copyOf(LinkReport.rows(d, histories, k.outcome(), k.region())));
    }
  }

  private void page(Context ctx) {
    Directory d = services.view().directory();
    Query q = query(ctx, d);
    List<LinkReport.Row> rows = rows(d, q);
    int page = Params.page(ctx.queryParam("page"));
    String self =
        "/curate/links?outcome="
            + URLEncoder.encode(q.outcome(), StandardCharsets.UTF_8)
            + "&region="
            + URLEncoder.encode(q.region(), StandardCharsets.UTF_8);
    Pager pager = Pager.of(page, PAGE_SIZE, rows.size(), self);
    if (page > pager.pages()) {
      throw LocalGroupsException.notFound(
          "These links fill " + pager.pages() + " page(s), not " + page + ".");
    }
    int from = (page - 1) * PAGE_SIZE;
    List<List<String>> outcomes = new ArrayList<>();
    Outcomes.choices().forEach((id, label) -> outcomes.add(List.of(id, label)));
    String csv =
        "/curate/links.csv?outcome="
            + URLEncoder.encode(q.outcome(), StandardCharsets.UTF_8)
            + "&region="
            + URLEncoder.encode(q.region(), StandardCharsets.UTF_8);
    ctx.html(
        templates.render(
            ctx,
            "curate-links.jte",
            new LinksPage(
                views.layout("Links to look at", ""),
                q.outcome(),
                q.region(),
                outcomes,
                LinkReport.perRegion(rows),
                rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE)).stream()
                    .map(CurateLinks::row)
                    .toList(),
                pager,
                csv)));
  }

  private static LinksPage.Row row(LinkReport.Row r) {
    return new LinksPage.Row(
        r.group().slug(),
        r.group().name(),
        r.region(),
        r.link().url(),
        r.outcomeId(),
        r.outcomeLabel(),
        r.latest().statusCode(),
        r.since().toString(),
        r.latest().checkedAt().toString(),
        r.history().checks(),
        r.latest().detail());
  }

  /** The rows as CSV (RFC 4180), cells a spreadsheet would run as formulas defused. */
  private void csv(Context ctx) {
    Directory d = services.view().directory();
    List<LinkReport.Row> rows = rows(d, query(ctx, d));
    StringBuilder out = new StringBuilder();
    out.append(
        "group,group_name,region,url,outcome,status_code,failing_since,last_checked,checks,final_url,detail\r\n");
    for (LinkReport.Row r : rows) {
      List<String> cells =
          List.of(
              r.group().slug(),
              r.group().name(),
              r.region(),
              r.link().url(),
              r.outcomeId(),
              Integer.toString(r.latest().statusCode()),
              r.since().toString(),
              r.latest().checkedAt().toString(),
              Integer.toString(r.history().checks()),
              r.latest().finalUrl(),
              r.latest().detail());
      out.append(String.join(",", cells.stream().map(CurateLinks::cell).toList())).append("\r\n");
    }
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"links.csv\"")
        .result(out.toString());
  }

  static String cell(String text) {
    String t = text;
    if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
      t = "\"" + t.replace("\"", "\"\"") + "\"";
    }
    return t;
  }
}
