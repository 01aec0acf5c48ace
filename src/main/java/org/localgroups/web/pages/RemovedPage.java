package org.localgroups.web.pages;

import org.localgroups.web.Layout;

/**
 * The page of a group that was removed from the directory: since when, by whom, why.
 *
 * @param layout the frame
 * @param name the group's name when it was removed
 * @param since the day it was removed ("7 December 2026")
 * @param sinceIso the same instant, ISO 8601 in UTC
 * @param by who removed it
 * @param why the comment of the removing revision, "" when none was given
 * @param historyHref its history page
 */
public record RemovedPage(
    Layout layout,
    String name,
    String since,
    String sinceIso,
    String by,
    String why,
    String historyHref) {}
