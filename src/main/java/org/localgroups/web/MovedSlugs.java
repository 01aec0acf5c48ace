package org.localgroups.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localgroups.directory.Directory;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.store.DirectoryStore;

/**
 * Old addresses of renamed groups and regions: {@code /groups/OLD}, {@code /groups/OLD.ics}, {@code
 * /groups/OLD/history} and the like answer 301 to the same address under the current slug (query
 * string kept), and so do the old addresses of a group merged into another ({@code /groups/B},
 * {@code /groups/B.ics}, {@code /groups/B/history}, {@code /api/groups/B}), to the group it was
 * merged into. Asked before every page of a group or region; the store is read only when the
 * directory served has no such slug.
 */
public final class MovedSlugs {
  /** "/groups/" or "/regions/", a slug, then what follows it (".ics", "/history", ""). */
  private static final Pattern ADDRESS =
      Pattern.compile("(/api)?/(groups|regions)/([A-Za-z0-9_-]{1,200})((?:\\.ics|/[a-z]+)?)");

  private final WebServices services;

  public MovedSlugs(WebServices services) {
    this.services = services;
  }

  /** Answers 301 when the request names a group or region by a slug it had before. */
  public void redirect(Context ctx) {
    Optional<DirectoryStore> store = services.history();
    if (store.isEmpty()
        || !("GET".equals(ctx.method().name()) || "HEAD".equals(ctx.method().name()))) {
      return;
    }
    Matcher m = ADDRESS.matcher(ctx.path());
    if (!m.matches()) {
      return;
    }
    EntityKind kind = m.group(2).equals("groups") ? EntityKind.GROUP : EntityKind.REGION;
    String slug = m.group(3);
    Directory d = services.view().directory();
    boolean live =
        kind == EntityKind.GROUP ? d.group(slug).isPresent() : d.region(slug).isPresent();
    if (live) {
      return;
    }
    DirectoryStore s = store.get();
    Optional<EntityRef> now =
        s.find(kind, slug)
            // a group merged into another: its addresses are the other's now
            .map(ref -> s.survivor(ref))
            .or(() -> s.formerlyAt(kind, slug).map(ref -> s.survivor(ref)));
    now.flatMap(s::entity)
        .filter(e -> !e.removed() || !e.state().slug().equals(slug))
        .map(e -> e.state().slug())
        .filter(to -> !to.equals(slug))
        .ifPresent(
            to -> {
              String query = ctx.queryString();
              ctx.redirect(
                  (m.group(1) == null ? "" : m.group(1))
                      + "/"
                      + m.group(2)
                      + "/"
                      + to
                      + m.group(4)
                      + (query == null || query.isEmpty() ? "" : "?" + query),
                  HttpStatus.MOVED_PERMANENTLY);
              ctx.skipRemainingHandlers();
            });
  }
}
