package org.localgroups.web.pages;

import java.util.Locale;

/**
 * Where a page of a long list is: which page of how many, which items it shows, and the addresses
 * of the pages around it (public only because the jte classes that render it live in another
 * package).
 *
 * @param page this page, 1-based
 * @param pages how many pages there are (1 when the list is not paged)
 * @param first the 1-based number of the first item on this page (0 when the list is empty)
 * @param last the 1-based number of the last item on this page
 * @param total how many items the whole list holds
 * @param base the address of the first page; page N is {@code base?page=N} (or {@code base&page=N}
 *     when the base has a query)
 */
public record Pager(int page, int pages, int first, int last, int total, String base) {
  /** A list shown whole. */
  public static Pager whole(int total, String base) {
    return new Pager(1, 1, total == 0 ? 0 : 1, total, total, base);
  }

  /** Page {@code page} of {@code total} items, {@code size} a page. */
  static Pager of(int page, int size, int total, String base) {
    int pages = Math.max(1, (total + size - 1) / size);
    int first = total == 0 ? 0 : (page - 1) * size + 1;
    return new Pager(page, pages, first, Math.min(total, page * size), total, base);
  }

  /** Whether the list is split into pages. */
  public boolean paged() {
    return pages > 1;
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  /** The address of page {@code n} (the first page's is the list's own address). */
  public String href(int n) {
    return n <= 1 ? base : base + (base.contains("?") ? "&" : "?") + "page=" + n;
  }

  public String previous() {
    return href(page - 1);
  }

  public String next() {
    return href(page + 1);
  }

  /** "Groups 501–1,000 of 12,345". */
  public String range(String what) {
    return String.format(Locale.ROOT, "%s %,d–%,d of %,d", what, first, last, total);
  }
}
