package org.localgroups.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.revision.Stored.StoredEntity;
import org.localgroups.search.DirectoryView;
import org.localgroups.store.ChangeQuery;
import org.localgroups.web.ChangeFilter;
import org.localgroups.web.Params;
import org.localgroups.web.Templates;

/**
 * The pages of the directory's past: a group's history ({@code /groups/{slug}/history}), the
 * difference of two of its revisions ({@code /groups/{slug}/diff?from=&to=}), Recent Changes
 * ({@code /changes}), a removed group's page, and what a group page says of its past.
 */
final class HistoryPages {
  private final HistoryViews history;
  private final PageViews views;
  private final Templates templates;

  /** At most this many groups' history blocks are kept (a directory has about 500 groups). */
  private static final int MAX_BLOCKS = 10_000;

  private final Map<String, Block> blocks = new ConcurrentHashMap<>();

  HistoryPages(HistoryViews history, PageViews views, Templates templates) {
    this.history = history;
    this.views = views;
    this.templates = templates;
  }

  void register(RoutesConfig routes, java.util.function.Supplier<DirectoryView> view) {
    routes.get(
        "/groups/{slug}/history",
        ctx -> {
          StoredEntity g = history.group(ctx.pathParam("slug"));
          long before = Params.revision(ctx.queryParam("before"), "before");
          int limit =
              Params.wholeNumber(
                  ctx.queryParam("limit"),
                  "limit",
                  HistoryViews.HISTORY_PAGE,
                  1,
                  ChangeQuery.MAX_LIMIT - 1);
          html(
              ctx,
              "history.jte",
              history.history(
                  views.layout("History of " + g.state().label(), ""),
                  g,
                  before,
                  limit,
                  history.regionNames(view.get().directory())));
        });
    routes.get(
        "/groups/{slug}/diff",
        ctx -> {
          StoredEntity g = history.group(ctx.pathParam("slug"));
          long from = Params.revision(ctx.queryParam("from"), "from");
          long to = Params.revision(ctx.queryParam("to"), "to");
          html(
              ctx,
              "diff.jte",
              history.diff(
                  views.layout("Changes to " + g.state().label(), ""),
                  g,
                  from,
                  to,
                  history.regionNames(view.get().directory())));
        });
    routes.get(
        "/revisions/{id}",
        ctx ->
            ctx.redirect(
                history.permalink(Params.revision(ctx.pathParam("id"), "the revision")),
                HttpStatus.FOUND));
    routes.get(
        "/changes",
        ctx -> {
          ChangeFilter filter = ChangeFilter.read(ctx, view.get());
          html(
              ctx,
              "changes.jte",
              history.changes(views.layout("Recent changes", "changes"), filter));
        });
  }

  /**
   * The page of a group the directory served does not list: a removed group's page (410 Gone: the
   * address was the group's and is no more, on purpose), or empty when the store has no group of
   * that slug either.
   */
  boolean removedGroup(Context ctx, String slug) {
    Optional<StoredEntity> removed = history.find(slug).filter(StoredEntity::removed);
    if (removed.isEmpty()) {
      return false;
    }
    ctx.status(HttpStatus.GONE);
    html(
        ctx,
        "removed.jte",
        history.removed(
            views.layout(removed.get().state().label() + " (removed)", ""), removed.get()));
    return true;
  }

  /**
   * The group page with its last change and timeline. The timeline reads all of a group's
   * revisions, so it is kept per group for the version of the directory it was read at (any change
   * makes a new version).
   */
  GroupPage groupPage(DirectoryView view, Group g, MeetingBlock meetings) {
    Directory d = view.directory();
    Block kept = blocks.get(g.id());
    if (kept == null || kept.version() != view.version()) {
      if (blocks.size() >= MAX_BLOCKS) {
        blocks.clear();
      }
      kept = new Block(view.version(), history.block(g.id(), g.slug(), history.regionNames(d)));
      blocks.put(g.id(), kept);
    }
    return views.group(d, g, meetings, kept.block());
  }

  /** A group's history block and the version of the directory it was read at. */
  private record Block(long version, HistoryBlock block) {}

  private void html(Context ctx, String template, Object page) {
    ctx.html(templates.render(ctx, template, page));
  }
}
