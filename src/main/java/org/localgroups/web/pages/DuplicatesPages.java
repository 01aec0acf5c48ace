package org.localgroups.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.curate.Editor;
import org.localgroups.links.DuplicatePair;
import org.localgroups.links.DuplicateReports;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.store.DirectoryStore;
import org.localgroups.web.Params;
import org.localgroups.web.Templates;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.localgroups.web.api.Curation;
import org.localgroups.web.api.EditToken;
import org.localgroups.web.errors.HttpProblem;
import org.localgroups.web.server.Csrf;

/**
 * {@code GET /curate/duplicates}: the duplicates report of the served directory with its evidence;
 * {@code POST /curate/duplicates/merge}: a moderator's merge of one pair, with the edit token (the
 * one the API's {@code PATCH} takes) and the form's CSRF token, made by {@link Editor#merge} as one
 * change set. A refused merge changes nothing and says why (403 for a forged form or a wrong token,
 * 401 without a token, 409 when a group changed since the page was shown).
 */
public final class DuplicatesPages {
  private final WebServices services;
  private final WebConfig config;
  private final Templates templates;
  private final @Nullable Curation curation;
  private final DuplicateReports reports = new DuplicateReports();

  /** Pairs a page: each pair costs a store lookup per group for its merge form. */
  static final int PAGE_SIZE = 100;

  public DuplicatesPages(
      WebServices services, WebConfig config, Templates templates, @Nullable Curation curation) {
    this.services = services;
    this.config = config;
    this.templates = templates;
    this.curation = curation;
  }

  public void register(RoutesConfig routes) {
    routes.get("/curate/duplicates", this::report);
    routes.post("/curate/duplicates/merge", this::merge);
  }

  private boolean canMerge() {
    return curation != null && curation.token().isOn();
  }

  private void report(Context ctx) {
    Optional<DirectoryStore> store = services.history();
    List<DuplicatePair> all = reports.of(services.view().directory());
    int page = Params.page(ctx.queryParam("page"));
    Pager pager = Pager.of(page, PAGE_SIZE, all.size(), "/curate/duplicates");
    if (page > pager.pages()) {
      throw LocalGroupsException.notFound(
          "The duplicates report has "
              + pager.pages()
              + (pager.pages() == 1 ? " page" : " pages")
              + ", not "
              + page
              + ".");
    }
    List<DuplicatesPage.Pair> pairs = new ArrayList<>();
    int from = (page - 1) * PAGE_SIZE;
    for (DuplicatePair p : all.subList(from, Math.min(all.size(), from + PAGE_SIZE))) {
      pairs.add(new DuplicatesPage.Pair(side(p.a(), store), side(p.b(), store), evidence(p)));
    }
    String csrf = canMerge() ? Csrf.token(ctx) : "";
    ctx.header("Cache-Control", "no-store");
    ctx.html(
        templates.render(
            ctx,
            "duplicates.jte",
            new DuplicatesPage(
                config.layout("Possible duplicates", ""), pairs, pager, csrf, canMerge())));
  }

  private static DuplicatesPage.Side side(
      DuplicatePair.GroupRef g, Optional<DirectoryStore> store) {
    long revision =
        store
            .flatMap(s -> s.find(EntityKind.GROUP, g.slug()).flatMap(s::entity))
            .map(e -> e.revision())
            .orElse(0L);
    return new DuplicatesPage.Side(g.slug(), g.name(), "/groups/" + g.slug(), revision);
  }

  /** One sentence per piece of evidence. */
  static List<String> evidence(DuplicatePair p) {
    List<String> out = new ArrayList<>();
    for (DuplicatePair.SharedLink l : p.sharedLinks()) {
      out.add(
          "Same link "
              + l.identity()
              + (l.urlOfA().equals(l.urlOfB())
                  ? ": " + l.urlOfA()
                  : ": " + l.urlOfA() + " and " + l.urlOfB()));
    }
    p.names()
        .ifPresent(
            n ->
                out.add(
                    String.format(
                        Locale.ROOT,
                        "Close names (%.0f%% alike): \u201c%s\u201d and \u201c%s\u201d",
                        n.similarity() * 100,
                        n.foldedA(),
                        n.foldedB())));
    if (!p.area().sameRegions().isEmpty()) {
      out.add("Both listed in " + String.join(", ", p.area().sameRegions()));
    }
    p.area().distanceKm().ifPresent(km -> out.add(String.format(Locale.ROOT, "%.1f km apart", km)));
    return out;
  }

  private void merge(Context ctx) {
    Csrf.verify(ctx);
    if (curation == null || !curation.token().isOn()) {
      throw HttpProblem.of(
          403,
          "editing-off",
          "Editing is off",
          "Merging on the web is off on this server; its operator turns it on with"
              + " serve --edit-token-file.");
    }
    String token = ctx.formParam("edit_token");
    EditToken.Presented presented =
        curation.token().check(token == null || token.isBlank() ? null : "Bearer " + token);
    switch (presented) {
      case NONE ->
          throw HttpProblem.of(
              401, "unauthorized", "Unauthorized", "A merge needs the edit token of this server.");
      case WRONG ->
          throw HttpProblem.of(
              403, "forbidden", "Forbidden", "The edit token sent is not this server's.");
      case RIGHT -> {}
    }
    String into = required(ctx, "into");
    String from = required(ctx, "from");
    Editor.Attribution who =
        new Editor.Attribution(
            Optional.ofNullable(ctx.formParam("author")).orElse(""),
            Optional.ofNullable(ctx.formParam("comment")).orElse(""));
    Editor.Merged merged;
    try {
      merged =
          curation
              .editor()
              .merge(
                  into, from, revision(ctx, "into_revision"), revision(ctx, "from_revision"), who);
    } catch (StaleRevisionException e) {
      throw HttpProblem.of(
          409,
          "stale-revision",
          "Changed since you looked",
          e.getMessage()
              + " Open the duplicates page again and decide on the groups as they are now.");
    }
    ctx.redirect("/groups/" + merged.into().slug(), HttpStatus.SEE_OTHER);
  }

  private static String required(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      throw LocalGroupsException.badInput("The form has no '" + name + "'.");
    }
    return v.strip();
  }

  private static long revision(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      return 0;
    }
    try {
      long r = Long.parseLong(v.strip());
      if (r < 0) {
        throw new NumberFormatException();
      }
      return r;
    } catch (NumberFormatException e) {
      throw LocalGroupsException.badInput("'" + name + "' is a revision number.");
    }
  }
}
