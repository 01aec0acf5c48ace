package org.localgroups.directory;

/**
 * A link of a group or region.
 *
 * @param kind    what it is (website, mailing list, meetup, ...)
 * @param url     the clickable URL (mailto: for e-mail; repaired when the source was broken); "" for a
 *                wiki page reference that has no URL here
 * @param label   the label as written, or ""
 * @param written the target exactly as the source wrote it (URL, address or wiki page name); writers emit
 *                this so that a re-import repairs and reads it the same way
 */
public record Link(LinkKind kind, String url, String label, String written) {}
