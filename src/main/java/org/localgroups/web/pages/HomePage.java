package org.localgroups.web.pages;

import org.localgroups.web.Layout;

/**
 * The home page: one search form and the directory's size.
 *
 * @param layout the frame
 * @param groupCount how many groups are listed
 * @param countryCount in how many countries
 * @param regionCount under how many headings
 */
public record HomePage(Layout layout, int groupCount, int countryCount, int regionCount) {}
