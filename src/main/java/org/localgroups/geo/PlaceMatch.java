package org.localgroups.geo;

/**
 * A candidate place for some text.
 *
 * @param place the place
 * @param score 0..1, higher is better; comparable within one lookup
 * @param matched the name (alternate or official) that matched, as the gazetteer holds it
 * @param why one short phrase for reports ("alternate name 'Cracow'", "largest of 3 'Springfield'
 *     in MO")
 */
public record PlaceMatch(Place place, double score, String matched, String why) {}
