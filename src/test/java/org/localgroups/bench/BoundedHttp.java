package org.localgroups.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.localgroups.LocalGroupsException;

/**
 * HTTP GETs for the load bench, each bounded from connecting to the body's last byte: a server that
 * accepts and never answers, or stops half-way through a body, ends the call with a {@link
 * LocalGroupsException} (UNAVAILABLE) saying so, instead of hanging the run. ({@link
 * HttpRequest.Builder#timeout} alone stops waiting at the response's headers, not in its body.)
 * Thread-safe.
 */
final class BoundedHttp {
  /** Time for the client to give up after the request's own timeout, before this one does. */
  private static final Duration SLACK = Duration.ofSeconds(1);

  private final HttpClient http;
  private final Duration timeout;

  BoundedHttp(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a timeout must be positive, not " + timeout);
    }
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
  }

  Duration timeout() {
    return timeout;
  }

  /**
   * The response to a GET, body read in full.
   *
   * @param gzip whether to ask for a gzipped body (it is returned as sent)
   * @throws LocalGroupsException UNAVAILABLE when no complete answer came within the timeout
   * @throws IOException when the connection failed otherwise (refused, reset)
   */
  HttpResponse<byte[]> get(String url, boolean gzip) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    CompletableFuture<HttpResponse<byte[]>> response =
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    try {
      return response.get(timeout.plus(SLACK).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      response.cancel(true);
      throw noAnswer(url);
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw noAnswer(url);
      }
      if (cause instanceof IOException failed) {
        throw failed;
      }
      if (cause instanceof RuntimeException failed) {
        throw failed;
      }
      throw new IOException(url + ": " + cause, cause);
    }
  }

  /** The body of a GET as text; as {@link #get}. */
  String text(String url) throws IOException, InterruptedException {
    return new String(get(url, false).body(), StandardCharsets.UTF_8);
  }

  private LocalGroupsException noAnswer(String url) {
    return new LocalGroupsException(
        LocalGroupsException.Kind.UNAVAILABLE,
        "The server did not answer GET "
            + url
            + " within "
            + timeout.toMillis()
            + " ms; it is stuck or overloaded, so the run stops.");
  }
}
