package org.localgroups.web;

/**
 * A place offered instead ("Did you mean ...?").
 *
 * @param label the place for people ("Kraków, Lesser Poland, Poland")
 * @param href the search near it
 */
public record PlaceChoice(String label, String href) {}
