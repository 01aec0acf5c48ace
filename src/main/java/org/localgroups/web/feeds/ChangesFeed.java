package org.localgroups.web.feeds;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.localgroups.revision.ChangeSetInfo;
import org.localgroups.revision.Revision;
import org.localgroups.search.DirectoryView;
import org.localgroups.store.DirectoryStore;
import org.localgroups.web.ChangeFilter;
import org.localgroups.web.SiteAddress;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.localgroups.web.pages.HistoryViews;
import org.localgroups.web.pages.RevisionView;

/**
 * {@code /changes.atom}: Recent Changes as an Atom 1.0 feed (RFC 4287), with the filters of {@code
 * /changes} ({@code region}, {@code kind}, {@code author}, {@code before}, {@code limit}) and
 * {@code near=PLACE&km=N} (the changes of the groups in or near a place). Each entry is one
 * revision: its author, time, what it changed, and a link to its difference.
 */
public final class ChangesFeed {
  private final WebServices services;
  private final DirectoryStore store;
  private final HistoryViews views;
  private final WebConfig config;

  public ChangesFeed(WebServices services, DirectoryStore store, WebConfig config) {
    this.services = services;
    this.store = store;
    this.views = new HistoryViews(store);
    this.config = config;
  }

  public void register(RoutesConfig routes) {
    routes.get("/changes.atom", this::feed);
  }

  private void feed(Context ctx) {
    DirectoryView view = services.view();
    ChangeFilter filter = ChangeFilter.read(ctx, view);
    List<Revision> found = views.changesWithOneMore(filter);
    List<Revision> shown = found.subList(0, Math.min(filter.limit(), found.size()));
    Function<String, String> names = views.regionNames(view.directory());
    String site = SiteAddress.of(ctx);
    List<AtomDocument.Entry> entries = new ArrayList<>();
    for (Revision r : shown) {
      Revision parent = r.parent() == 0 ? null : store.revision(r.parent()).orElse(null);
      RevisionView v = views.view(r, parent, true, names);
      entries.add(
          new AtomDocument.Entry(
              site + "/revisions/" + r.id(),
              v.kindLabel() + " " + v.entity() + " " + v.label(),
              r.at(),
              r.author(),
              site + (v.diffHref().isEmpty() ? v.href() : v.diffHref()),
              summary(v)));
    }
    String query = filter.queryString(0);
    String suffix = query.isEmpty() ? "" : "?" + query;
    String description = filter.description();
    AtomDocument doc =
        new AtomDocument(
            site + "/changes.atom" + suffix,
            config.siteTitle()
                + ": recent changes"
                + (description.isEmpty() ? "" : " (" + description + ")"),
            shown.isEmpty() ? lastChange() : shown.getFirst().at(),
            config.siteTitle(),
            site + "/changes.atom" + suffix,
            site + "/changes" + suffix,
            found.size() > filter.limit()
                ? site + "/changes.atom?" + filter.queryString(shown.getLast().id())
                : "",
            entries);
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.contentType(AtomDocument.MEDIA_TYPE).result(doc.render().getBytes(StandardCharsets.UTF_8));
  }

  /** When the directory last changed: the feed's time when no entry matches. */
  private Instant lastChange() {
    long version = store.version();
    return version == 0
        ? Instant.EPOCH
        : store.changeSet(version).map(ChangeSetInfo::at).orElse(Instant.EPOCH);
  }

  /** The comment, then one line per field changed ("name: PyWaw → Warsaw Python"). */
  static String summary(RevisionView v) {
    String fields =
        v.changes().stream()
            .map(c -> c.field() + ": " + oneLine(c.before()) + " → " + oneLine(c.after()))
            .collect(Collectors.joining("\n"));
    return (v.comment().isEmpty() ? "" : v.comment() + (fields.isEmpty() ? "" : "\n")) + fields;
  }

  private static String oneLine(String value) {
    String s = value.replace('\n', ' ');
    return s.isEmpty() ? "(none)" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
