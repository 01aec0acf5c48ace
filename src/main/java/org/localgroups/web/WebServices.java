package org.localgroups.web;

import java.util.function.Supplier;
import org.localgroups.directory.Directory;
import org.localgroups.geo.Gazetteer;
import org.localgroups.search.GroupIndex;

/**
 * What the web layer needs from the rest of localgroups. Everything is read-only from here.
 *
 * @param directory the current directory; asked once per request, so a new one can be swapped in
 * @param gazetteer places, for suggestions as you type and for country names
 * @param index     full-text search over groups ({@code /api/groups?q=})
 * @param near      "find a group near" by place text or coordinates
 * @param exports   the directory written in other formats ({@code /api/export/{format}})
 */
public record WebServices(
    Supplier<Directory> directory,
    Gazetteer gazetteer,
    GroupIndex index,
    NearSearch near,
    ExportSource exports) {}
