package org.localgroups.web.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.localgroups.LocalGroupsException;
import org.localgroups.web.Assets;
import org.localgroups.web.Params;

/**
 * Answers /static/...: an address with the hash of the file's bytes is cached for a year and never
 * revalidated; the plain address (what a stylesheet's relative url() reaches) for a few minutes; an
 * address with an outdated hash (a page cached from before a deployment) is sent to the current
 * one. Every answer has the hash as its ETag, so a revalidation costs a 304.
 */
final class StaticFiles {
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String SHORT = "public, max-age=300";

  private final Assets assets;

  StaticFiles(Assets assets) {
    this.assets = assets;
  }

  void register(RoutesConfig routes) {
    routes.get("/static/<path>", this::answer);
    routes.head("/static/<path>", this::answer);
  }

  private void answer(Context ctx) {
    String path = ctx.pathParam("path");
    Optional<Assets.Lookup> found = assets.find(path);
    if (found.isEmpty()) {
      throw LocalGroupsException.notFound(
          "There is no file /static/" + Params.shorten(path) + " here.");
    }
    Assets.Lookup l = found.get();
    Assets.Asset a = l.asset();
    if (l.hashed() && !l.current()) {
      ctx.header("Cache-Control", "no-cache");
      ctx.redirect(a.hashedUrl(), HttpStatus.FOUND);
      return;
    }
    String etag = "\"" + a.hash() + "\"";
    ctx.header("Cache-Control", l.hashed() ? IMMUTABLE : SHORT);
    ctx.header("ETag", etag);
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(a.contentType()).result(a.bytes());
  }

  /** If-None-Match: "*", one tag, or a list, weak or strong (RFC 9110 §13.1.2 compares weakly). */
  private static boolean matches(String header, String etag) {
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
