package org.localgroups.directory;

/** What a link is, for grouping and icons. */
public enum LinkKind {
  WEBSITE,
  MAILING_LIST,
  MEETUP,
  FORUM,
  FACEBOOK,
  TWITTER,
  LINKEDIN,
  IRC,
  WIKI,
  PHOTOS,
  VIDEOS,
  EMAIL,
  JOBS,
  /** A page on the source wiki (e.g. {@code [[MelbournePUG]]}) with no URL of its own. */
  WIKI_PAGE,
  OTHER
}
