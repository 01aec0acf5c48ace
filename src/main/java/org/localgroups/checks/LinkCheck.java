package org.localgroups.checks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.localgroups.fetch.FetchResult;
import org.localgroups.fetch.Outcome;

/**
 * One check of one link of a group: an observation kept beside the directory, never a revision.
 *
 * @param id its number in the store (increasing), 0 before it is stored
 * @param groupId the group's id
 * @param linkIdentity the link's {@link org.localgroups.directory.Link#identity() identity}
 * @param url the URL checked
 * @param outcome what was found
 * @param statusCode the last HTTP status, 0 when there was none
 * @param finalUrl the URL of the last answer
 * @param suggestedUrl the new home of a link moved permanently, else null
 * @param millis the time taken
 * @param checkedAt when
 * @param detail one sentence on why ("Yahoo Groups (closed 2020-12-15)"), or ""
 */
public record LinkCheck(
    long id,
    String groupId,
    String linkIdentity,
    String url,
    Outcome outcome,
    int statusCode,
    String finalUrl,
    @Nullable String suggestedUrl,
    long millis,
    Instant checkedAt,
    String detail) {

  /** A check not stored yet, from what the probe found. */
  public static LinkCheck of(
      String groupId, String linkIdentity, FetchResult result, Instant checkedAt) {
    return new LinkCheck(
        0,
        groupId,
        linkIdentity,
        result.url(),
        result.outcome(),
        result.statusCode(),
        result.finalUrl(),
        result.suggestedUrl(),
        result.millis(),
        checkedAt,
        result.detail());
  }

  /** Whether the link led somewhere alive. */
  public boolean alive() {
    return outcome.alive();
  }
}
