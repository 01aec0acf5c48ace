package org.localgroups.search;

import org.localgroups.directory.Directory;

/**
 * One version of the directory with the search structures built from it: what one request reads, so
 * that the directory it shows and the groups its searches find always agree.
 *
 * @param version the store's version this was read at
 * @param directory the directory of that version
 * @param index full-text and nearest search over its groups
 * @param finder "find a group near" over the same groups
 * @param map the same groups on the map's grid, for views of the map
 */
public record DirectoryView(
    long version, Directory directory, LuceneGroupIndex index, GroupFinder finder, MapGrid map) {}
