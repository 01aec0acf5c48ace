package org.localgroups.web.errors;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of problem the site answers with: the {@code type} of each problem+json is {@code
 * /problems/<name>}, and that address is a page that explains it.
 */
final class ProblemTypes {
  /**
   * One kind of problem.
   *
   * @param name the last part of its type URL ("bad-input")
   * @param status the HTTP status it comes with
   * @param title its short title, the problem's {@code title}
   * @param explanation what it means and what to do, for the page at its type URL
   */
  record ProblemType(String name, int status, String title, String explanation) {}

  static final List<ProblemType> ALL =
      List.of(
          new ProblemType(
              "bad-input",
              400,
              "Bad input",
              "A parameter of the request is missing, malformed or out of range. The detail says"
                  + " which and what is allowed; correct it and ask again."),
          new ProblemType(
              "unknown-place",
              404,
              "Unknown place",
              "The place named in q is not in our gazetteer. The problem's suggestions list places"
                  + " with similar names; ask again with one of them, or with lat and lon."),
          new ProblemType(
              "not-found",
              404,
              "Not found",
              "There is nothing at this address: no such group, region, export format or page."
                  + " Group and region slugs are listed by /api/groups and /api/regions."),
          new ProblemType(
              "conflict",
              409,
              "Conflict",
              "Someone else changed the same entry since you read it. Read it again and repeat"
                  + " your change on the new version."),
          new ProblemType(
              "csrf",
              403,
              "Form not accepted",
              "A form was sent without the security token of the page that showed it, or from"
                  + " another site. Open the form again on this site and send it from there; allow"
                  + " this site's cookies."),
          new ProblemType(
              "too-many-requests",
              429,
              "Too many requests",
              "This client address has used up its requests for the moment. Wait the number of"
                  + " seconds in the Retry-After header, then ask again; the RateLimit header says"
                  + " how many requests each period allows."),
          new ProblemType(
              "unavailable",
              503,
              "Unavailable",
              "The directory cannot answer right now (its storage is unavailable or full). Try"
                  + " again later."),
          new ProblemType(
              "server-error",
              500,
              "Internal server error",
              "Something went wrong on our side; it has been logged. Try again later."),
          new ProblemType(
              "method-not-allowed",
              405,
              "Method not allowed",
              "This address does not take that HTTP method; the API answers GET."),
          new ProblemType(
              "bad-request",
              400,
              "Bad request",
              "The request could not be read: an address or query that is not valid UTF-8 or"
                  + " percent-encoding, or a malformed header."),
          new ProblemType(
              "request-timeout",
              408,
              "Request timeout",
              "The request's headers did not arrive in time. Send the whole request promptly."),
          new ProblemType(
              "uri-too-long",
              414,
              "Address too long",
              "The address (path and query) is longer than the server reads. Shorten the query."),
          new ProblemType(
              "headers-too-large",
              431,
              "Request headers too large",
              "The request's headers are larger than the server reads. Send fewer or smaller"
                  + " headers (cookies, most often)."),
          new ProblemType(
              "http-version-not-supported",
              505,
              "HTTP version not supported",
              "The server speaks HTTP/1.1 and HTTP/2; ask again with one of them."));

  private ProblemTypes() {}

  /** The kind of problem named so. */
  static Optional<ProblemType> named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The problem's title: its kind's, or "HTTP 418" for a status without a kind of its own. */
  static String title(int status, String name) {
    return named(name).map(ProblemType::title).orElse("HTTP " + status);
  }
}
