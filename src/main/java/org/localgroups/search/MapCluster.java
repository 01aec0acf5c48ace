package org.localgroups.search;

/**
 * Groups of a map's view drawn as one bubble: those of one grid cell.
 *
 * @param id the cell's name, the same for the same cell in every answer ({@code "cell-5-17-9"}:
 *     level, column, row)
 * @param latitude the mean latitude of its groups
 * @param longitude the mean longitude of its groups
 * @param count how many groups of the view it holds, 2 or more
 * @param bounds the smallest grid cell holding them all, clipped to the view: zooming the map to it
 *     splits the bubble
 */
public record MapCluster(String id, double latitude, double longitude, int count, Bbox bounds) {}
