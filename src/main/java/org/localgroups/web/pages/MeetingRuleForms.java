package org.localgroups.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.localgroups.LocalGroupsException;
import org.localgroups.curate.Editor;
import org.localgroups.directory.Group;
import org.localgroups.meetings.GroupMeetings;
import org.localgroups.meetings.MeetingRule;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.revision.Stored.StoredEntity;
import org.localgroups.web.Params;
import org.localgroups.web.Templates;
import org.localgroups.web.WebServices;
import org.localgroups.web.api.Curation;
import org.localgroups.web.api.EditToken;
import org.localgroups.web.server.Csrf;

/**
 * {@code /groups/{slug}/meetings/edit}: the form that sets a group's organisers' meeting rules
 * (issue 10 §5), plain HTML without JavaScript. GET shows it filled in with the organisers' rules,
 * or, when there are none, with the rule read from the listing's phrase (the starting point). POST
 * takes it with the CSRF token ({@link Csrf}), the edit token (the same as the API's) and the
 * revision the form started from: one revision made by {@link Editor}, or the form again with why
 * it was refused (400 bad rule, 403 token, 409 the group changed since) and nothing changed. Only
 * there when editing is on.
 */
final class MeetingRuleForms {
  /** Rows the form offers: the most rules a group may have. */
  static final int MAX_ROWS = 5;

  private final WebServices services;
  private final Curation curation;
  private final PageViews views;
  private final Templates templates;

  MeetingRuleForms(WebServices services, Curation curation, PageViews views, Templates templates) {
    this.services = services;
    this.curation = curation;
    this.views = views;
    this.templates = templates;
  }

  /** The form's address for a group. */
  static String href(String slug) {
    return "/groups/" + slug + "/meetings/edit";
  }

  void register(RoutesConfig routes) {
    routes.get("/groups/{slug}/meetings/edit", this::show);
    routes.post("/groups/{slug}/meetings/edit", this::save);
  }

  private void show(Context ctx) {
    Group g = Params.group(services.view().directory(), ctx.pathParam("slug"));
    GroupMeetings m = services.meetings().of(g);
    String from;
    List<RuleRow> rows;
    if (m.setByOrganisers()) {
      from = "the rules its organisers set";
      rows = RuleRow.of(m.rule());
    } else {
      rows = RuleRow.of(m.rule());
      from =
          switch (m.rule()) {
            case MeetingRule.Full f -> "the rule read from the listing's phrase: " + f.describe();
            case MeetingRule.Partial p ->
                "what the listing's phrase says (" + p.describe() + "); complete it";
            case MeetingRule.NoRule n -> "nothing: the listing's phrase gives no rule";
          };
    }
    render(ctx, 200, g, from, rows, revision(g), "", "", "");
  }

  private void save(Context ctx) {
    Csrf.verify(ctx);
    Group g = Params.group(services.view().directory(), ctx.pathParam("slug"));
    List<RuleRow> rows = rows(ctx);
    String author = form(ctx, "author");
    String comment = form(ctx, "comment");
    long base;
    try {
      base = Long.parseLong(form(ctx, "base_revision"));
    } catch (NumberFormatException e) {
      base = -1;
    }
    if (base < 1) {
      render(
          ctx,
          400,
          g,
          "what you sent",
          rows,
          revision(g),
          author,
          comment,
          "The form names no revision to start from; open it again.");
      return;
    }
    EditToken.Presented token = curation.token().check("Bearer " + form(ctx, "token"));
    if (form(ctx, "token").isBlank() || token != EditToken.Presented.RIGHT) {
      render(
          ctx,
          403,
          g,
          "what you sent",
          rows,
          base,
          author,
          comment,
          form(ctx, "token").isBlank()
              ? "Saving needs the edit token; nothing was saved."
              : "The edit token is not this server's; nothing was saved.");
      return;
    }
    List<String> lines = rows.stream().filter(RuleRow::used).map(RuleRow::line).toList();
    try {
      Editor.Attribution who = new Editor.Attribution(author, comment);
      curation
          .editor()
          .edit(g.slug(), Editor.GroupFields.none().withMeetingRules(lines), base, who);
    } catch (StaleRevisionException e) {
      render(
          ctx,
          409,
          g,
          "what you sent",
          rows,
          base,
          author,
          comment,
          "'"
              + g.name()
              + "' has changed since this form was opened (it was at revision "
              + base
              + ", it is now at "
              + revision(g)
              + "); nothing was saved. Open the form again to"
              + " start from its current state.");
      return;
    } catch (LocalGroupsException e) {
      if (e.kind() != LocalGroupsException.Kind.BAD_INPUT) {
        throw e;
      }
      render(
          ctx,
          400,
          g,
          "what you sent",
          rows,
          base,
          author,
          comment,
          e.getMessage() + " Nothing was saved.");
      return;
    }
    ctx.redirect("/groups/" + g.slug() + "/history", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private List<RuleRow> rows(Context ctx) {
    List<RuleRow> rows = new ArrayList<>();
    for (int i = 0; i < MAX_ROWS + 1; i++) {
      if (ctx.formParam("frequency_" + i) == null) {
        continue;
      }
      rows.add(
          new RuleRow(
              form(ctx, "frequency_" + i),
              form(ctx, "interval_" + i),
              form(ctx, "ordinal_" + i),
              form(ctx, "weekday_" + i),
              form(ctx, "start_" + i),
              form(ctx, "end_" + i),
              form(ctx, "from_" + i),
              form(ctx, "place_" + i)));
    }
    return rows;
  }

  private static String form(Context ctx, String name) {
    return Objects.requireNonNullElse(ctx.formParam(name), "");
  }

  private long revision(Group g) {
    return curation
        .store()
        .find(EntityKind.GROUP, g.slug())
        .flatMap(curation.store()::entity)
        .map(StoredEntity::revision)
        .orElse(0L);
  }

  private void render(
      Context ctx,
      int status,
      Group g,
      String startingPoint,
      List<RuleRow> given,
      long base,
      String author,
      String comment,
      String error) {
    List<RuleRow> rows = new ArrayList<>(given);
    while (rows.size() < Math.min(MAX_ROWS, given.size() + 1) || rows.size() < 2) {
      rows.add(RuleRow.EMPTY);
    }
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.html(
        templates.render(
            ctx,
            "meeting-rules.jte",
            new MeetingRulesPage(
                views.layout("Meeting rules of " + g.name(), "regions"),
                g.name(),
                g.slug(),
                g.meeting(),
                startingPoint,
                rows,
                base,
                Csrf.token(ctx),
                author,
                comment,
                error)));
  }
}
