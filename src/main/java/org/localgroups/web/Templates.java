package org.localgroups.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the precompiled jte templates (HTML content type: every expression is escaped). Each page
 * template takes its page record ({@code page}) and the {@link Site} ({@code site}).
 */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Assets assets;

  public Templates(Assets assets) {
    this.assets = assets;
  }

  /** The static files the pages link to. */
  public Assets assets() {
    return assets;
  }

  /** Renders a page for this request: its absolute address is the request's origin and path. */
  public String render(Context ctx, String template, Object page) {
    return render(template, page, SiteAddress.of(ctx), ctx.path());
  }

  /** Renders a page whose absolute address is {@code origin + path}. */
  public String render(String template, Object page, String origin, String path) {
    StringOutput out = new StringOutput();
    engine.render(template, Map.of("page", page, "site", new Site(origin, path, assets)), out);
    return out.toString();
  }

  /** Renders a page with no request behind it (no absolute address). */
  public String render(String template, Object page) {
    return render(template, page, "", "");
  }
}
