package org.localgroups.fetch;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking one URL.
 *
 * @param url the URL asked for
 * @param outcome what was found
 * @param statusCode the last HTTP status seen, 0 when there was none
 * @param finalUrl the URL of the last answer (the URL itself when there was no redirect)
 * @param suggestedUrl for {@link Outcome#MOVED_PERMANENTLY}, the new home; otherwise null
 * @param millis the time taken, in milliseconds
 * @param detail one sentence for people on why ("refused: 10.0.0.1 is a private address", "HEAD
 *     refused with 405; GET answered 200"), "" when there is nothing to add
 */
public record FetchResult(
    String url,
    Outcome outcome,
    int statusCode,
    String finalUrl,
    @Nullable String suggestedUrl,
    long millis,
    String detail) {}
