package org.localgroups.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localgroups.directory.Directory;
import org.localgroups.revision.EntityKind;
import org.localgroups.store.DirectoryStore;

/**
 * Old addresses of renamed groups and regions: {@code /groups/OLD}, {@code /groups/OLD.ics}, {@code
 * /groups/OLD/history} and the like answer 301 to the same address under the current slug (query
 * string kept). Asked before every page of a group or region; the store is read only when the
 * directory served has no such slug.
 */
public final class MovedSlugs {
  /** "/groups/" or "/regions/", a slug, then what follows it (".ics", "/history", ""). */
  private static final Pattern ADDRESS =
      Pattern.compile("/(groups|regions)/([A-Za-z0-9_-]{1,200})((?:\\.ics|/[a-z]+)?)");

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
    EntityKind kind = m.group(1).equals("groups") ? EntityKind.GROUP : EntityKind.REGION;
    String slug = m.group(2);
    Directory d = services.view().directory();
    boolean live =
        kind == EntityKind.GROUP ? d.group(slug).isPresent() : d.region(slug).isPresent();
    if (live || store.get().find(kind, slug).isPresent()) {
      return;
    }
    store
        .get()
        .formerlyAt(kind, slug)
        .flatMap(ref -> store.get().entity(ref))
        .map(e -> e.state().slug())
        .filter(now -> !now.equals(slug))
        .ifPresent(
            now -> {
              String query = ctx.queryString();
              ctx.redirect(
                  "/"
                      + m.group(1)
                      + "/"
                      + now
                      + m.group(3)
                      + (query == null || query.isEmpty() ? "" : "?" + query),
                  HttpStatus.MOVED_PERMANENTLY);
              ctx.skipRemainingHandlers();
            });
  }
}
