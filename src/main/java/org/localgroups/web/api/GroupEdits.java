package org.localgroups.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.localgroups.LocalGroupsException;
import org.localgroups.geo.UnknownPlaceException;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.revision.Stored.StoredEntity;
import org.localgroups.store.DirectoryStore;
import org.localgroups.web.Json;
import org.localgroups.web.Params;
import org.localgroups.web.api.HistoryApi.Current;
import org.localgroups.web.api.HistoryJson.Version;
import org.localgroups.web.errors.HttpProblem;

/**
 * {@code PATCH /api/groups/{slug}}: a person's edit of a group through the API, with the edit
 * token, a JSON body and {@code If-Match} naming the revision it started from; one revision made by
 * {@link org.localgroups.curate.Editor}, or a refusal that changes nothing (412 with both versions
 * over a newer revision).
 */
final class GroupEdits {
  /** A patch of a group's fields: its largest text fields together are far below this. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final Json json;
  private final DirectoryStore store;
  private final Curation curation;
  private final HistoryApi reads;

  GroupEdits(Json json, Curation curation, HistoryApi reads) {
    this.json = json;
    this.store = curation.store();
    this.curation = curation;
    this.reads = reads;
  }

  void register(RoutesConfig routes) {
    routes.patch("/api/groups/{slug}", this::patch);
  }

  /**
   * {@code PATCH /api/groups/{slug}} with a JSON body of fields, {@code If-Match: "rN"} and the
   * edit token: one revision, or a refusal that changes nothing.
   */
  private void patch(Context ctx) {
    authorize(ctx);
    requireJson(ctx);
    long base = ifMatch(ctx);
    Optional<EntityRef> ref = reads.locate(ctx, "");
    if (ref.isEmpty()) {
      return;
    }
    GroupPatch patch = GroupPatch.read(body(ctx));
    var who = patch.attribution();
    if (!patch.changesSomething()) {
      throw LocalGroupsException.badInput(
          "The change sets no field; give at least one of "
              + String.join(
                  ", ",
                  GroupPatch.FIELDS.stream()
                      .filter(f -> !f.equals("comment") && !f.equals("author"))
                      .toList())
              + ".");
    }
    StoredEntity entity = store.entity(ref.get()).orElseThrow();
    try {
      curation.editor().edit(entity.state().slug(), patch.fields(), base, who);
    } catch (StaleRevisionException e) {
      throw stale(ref.get(), base, e);
    } catch (UnknownPlaceException e) {
      throw HttpProblem.of(400, "unknown-place", "Unknown place", e.getMessage())
          .with("suggestions", e.suggestions());
    } catch (LocalGroupsException e) {
      // the group was found above: what is not found now is named in the body (a region)
      if (e.kind() == LocalGroupsException.Kind.NOT_FOUND) {
        throw LocalGroupsException.badInput(e.getMessage());
      }
      throw e;
    }
    Current now = reads.current(ref.get());
    ctx.header("ETag", EntityTag.of(now.entity().revision()));
    ctx.header("Cache-Control", "no-store");
    json.write(ctx, reads.detail(now));
  }

  private void authorize(Context ctx) {
    EditToken token = curation.token();
    if (!token.isOn()) {
      throw HttpProblem.of(
          403,
          "editing-off",
          "Editing is off",
          "Editing through the API is off on this server; its operator turns it on with"
              + " serve --edit-token-file.");
    }
    switch (token.check(ctx.header("Authorization"))) {
      case NONE ->
          throw HttpProblem.of(
                  401,
                  "unauthorized",
                  "Unauthorized",
                  "An edit needs the edit token: send it as 'Authorization: Bearer TOKEN'.")
              .withHeader("WWW-Authenticate", "Bearer realm=\"localgroups\"");
      case WRONG ->
          throw HttpProblem.of(
              403, "forbidden", "Forbidden", "The edit token sent is not this server's.");
      case RIGHT -> {}
    }
  }

  private static void requireJson(Context ctx) {
    String type = ctx.header("Content-Type");
    String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      throw HttpProblem.of(
              415,
              "unsupported-media-type",
              "Unsupported media type",
              "An edit is a JSON object sent as 'Content-Type: application/json'"
                  + (type == null ? "" : ", not '" + Params.shorten(type) + "'")
                  + ".")
          .withHeader("Accept-Patch", "application/json");
    }
  }

  private static long ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      throw HttpProblem.of(
          428,
          "precondition-required",
          "Precondition required",
          "Name the revision your change starts from: send 'If-Match' with the ETag of"
              + " GET /api/groups/{slug}, such as If-Match: \"r123\".");
    }
    OptionalLong base = EntityTag.revision(header);
    if (base.isEmpty()) {
      throw LocalGroupsException.badInput(
          "If-Match must be one revision's ETag, such as \"r123\", not '"
              + Params.shorten(header)
              + "'.");
    }
    return base.getAsLong();
  }

  private static byte[] body(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > MAX_BODY_BYTES) {
      throw tooLarge(declared);
    }
    byte[] bytes;
    try (InputStream in = ctx.bodyInputStream()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw LocalGroupsException.badInput("The body could not be read.");
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw tooLarge(bytes.length);
    }
    return bytes;
  }

  private static HttpProblem tooLarge(long bytes) {
    return HttpProblem.of(
        413,
        "content-too-large",
        "Content too large",
        "The body has "
            + (bytes > MAX_BODY_BYTES ? "more than " + MAX_BODY_BYTES : String.valueOf(bytes))
            + " bytes; an edit has at most "
            + MAX_BODY_BYTES
            + ".");
  }

  /** A refusal showing both versions: the one the edit named and the current one. */
  private HttpProblem stale(EntityRef ref, long named, StaleRevisionException e) {
    Current now = reads.current(ref);
    RegionNames regions = new RegionNames(now.view().directory(), store);
    Version mine =
        new Version(
            named,
            store
                .revision(named)
                .filter(r -> r.ref().equals(ref) && r.state() instanceof GroupState)
                .map(r -> reads.groupJson((GroupState) r.state(), regions))
                .orElse(null));
    Version theirs =
        new Version(
            now.entity().revision(), reads.groupJson((GroupState) now.entity().state(), regions));
    String detail =
        mine.group() == null
            ? "Revision "
                + named
                + " is not a revision of '"
                + now.entity().state().label()
                + "'; its current revision is "
                + now.entity().revision()
                + ". Nothing was changed."
            : e.getMessage();
    return HttpProblem.of(412, "stale-revision", "Precondition failed", detail)
        .with("yours", mine)
        .with("current", theirs);
  }
}
