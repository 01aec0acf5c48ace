package org.localgroups.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.export.ExportFormat;
import org.localgroups.export.Exports;
import org.localgroups.export.GeoJsonFeatures;
import org.localgroups.search.Bbox;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.MapAnswer;
import org.localgroups.search.MapCluster;
import org.localgroups.search.MapGrid;
import org.localgroups.web.Json;
import org.localgroups.web.Params;
import org.localgroups.web.WebServices;

/**
 * The map's data, {@code /api/groups.geojson}: without parameters every placed group (the GeoJSON
 * export); with {@code zoom} (and {@code bbox}, the world when left out) what a map shows of that
 * view, at most {@link #MAX_FEATURES} features, clustered on the server when more groups lie in it.
 * A view costs the groups and cells it returns ({@link MapGrid}), never a pass over the directory.
 */
final class MapApi {
  /** The most features one view returns: more markers than a phone draws without stalling. */
  static final int MAX_FEATURES = 300;

  private final WebServices services;
  private final RenderedExports exports;

  MapApi(WebServices services, RenderedExports exports) {
    this.services = services;
    this.exports = exports;
  }

  void geojson(Context ctx) {
    String bbox = ctx.queryParam("bbox");
    String zoom = ctx.queryParam("zoom");
    if (blank(bbox) && blank(zoom)) {
      whole(ctx);
      return;
    }
    if (blank(zoom)) {
      throw LocalGroupsException.badInput(
          "Say the map's zoom with bbox (zoom=0 to "
              + MapGrid.MAX_ZOOM
              + "): it sets how close groups must be to be drawn as one.");
    }
    Bbox box = bbox == null || bbox.isBlank() ? Bbox.WORLD : Params.bbox(bbox);
    int z = Params.wholeNumber(zoom, "zoom", 0, 0, MapGrid.MAX_ZOOM);
    DirectoryView view = services.view();
    MapAnswer answer = view.map().answer(box, z, MAX_FEATURES);
    Function<Group, Map<String, String>> evidence = evidence(view.directory());
    StringWriter out = new StringWriter();
    try (GeoJsonFeatures features =
        GeoJsonFeatures.view(
            out,
            view.directory(),
            view.map().unplaced(),
            box.west(),
            box.south(),
            box.east(),
            box.north(),
            answer.total())) {
      for (Group g : answer.groups()) {
        features.group(g, evidence.apply(g));
      }
      for (MapCluster c : answer.clusters()) {
        Bbox b = c.bounds();
        features.cluster(
            c.id(),
            c.latitude(),
            c.longitude(),
            c.count(),
            b.west(),
            b.south(),
            b.east(),
            b.north());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    ctx.contentType(Json.GEOJSON).result(out.toString());
  }

  /** Every placed group: the export, with each group's evidence when the server keeps any. */
  private void whole(Context ctx) {
    if (services.evidenceBook() == null) {
      Api.send(ctx, Json.GEOJSON, exports.of(services.view(), ExportFormat.GEOJSON));
      return;
    }
    // the evidence changes with the observations, not only the directory: written for each request
    Directory d = services.view().directory();
    StringWriter out = new StringWriter();
    try {
      Exports.geoJson(d, out, evidence(d));
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    ctx.contentType(Json.GEOJSON).result(out.toString());
  }

  /** The evidence property of each group shown, when the server keeps evidence; none else. */
  private Function<Group, Map<String, String>> evidence(Directory d) {
    if (services.evidenceBook() == null) {
      return g -> Map.of();
    }
    var of = services.evidence(d);
    return g -> ApiModel.EvidenceJson.properties(of.apply(g));
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
