package org.localgroups.fetch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safe fetcher: checks a URL someone else wrote without letting it reach anything but public
 * web servers. Reads the URL by our own rules (http/https, no credentials, odd IPv4 forms read as
 * browsers read them), resolves the host once and judges every address by the {@link NetPolicy},
 * connects only to the addresses judged (the client's resolver is {@link CheckedResolver}, and its
 * connector asks a {@link ConnectGuard} once more), follows at most 5 redirects itself and judges
 * each hop the same way, bounds connect and total time and reads at most 256 KB of a body. Asks
 * with HEAD first and GET when HEAD is refused; GETs only what robots.txt allows; at most 2
 * requests at once per host with a delay between their starts; a 429's Retry-After honoured once.
 *
 * <p>Thread-safe; one instance serves the whole process. Never throws for anything a URL or a
 * server does. Close it to stop its HTTP client.
 */
public final class SafeFetcher implements LinkProbe, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SafeFetcher.class);

  /** What we accept: pages first, anything else after. */
  private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

  /** Room for the client to answer a failure after its own timeout fired. */
  private static final Duration GRACE = Duration.ofSeconds(2);

  private final FetchSettings settings;
  private final NetPolicy policy;
  private final HttpClient client;
  private final GuardedConnector connector;
  private final ExecutorService resolving;
  private final HostGate gate;
  private final RobotsCache robots;

  /**
   * A fetcher with the system's DNS and the policy itself as the connector's guard: for production.
   */
  public static SafeFetcher create(FetchSettings settings, NetPolicy policy) {
    return new SafeFetcher(settings, policy, HostResolver.system(), ConnectGuard.of(policy));
  }

  /**
   * A fetcher with its own resolver and connector guard (tests: a table of names and {@link
   * ConnectGuard#loopbackOnly()}).
   */
  public SafeFetcher(
      FetchSettings settings, NetPolicy policy, HostResolver resolver, ConnectGuard guard) {
    this.settings = settings;
    this.policy = policy;
    this.gate = new HostGate(settings.perHostConcurrency(), settings.perHostDelay());
    this.robots = new RobotsCache(FetchSettings.ROBOTS_NAME);
    this.resolving = Executors.newVirtualThreadPerTaskExecutor();
    this.connector = new GuardedConnector(guard);
    connector.setConnectTimeout(settings.connectTimeout());
    // hostname verification stays on (the default "HTTPS" endpoint identification); SNI is the
    // URL's host
    SslContextFactory.Client tls = new SslContextFactory.Client();
    connector.setSslContextFactory(tls);
    this.client = new HttpClient(new HttpClientTransportOverHTTP(connector));
    client.setSocketAddressResolver(new CheckedResolver(resolver, policy, resolving));
    client.setFollowRedirects(false);
    client.setConnectTimeout(settings.connectTimeout().toMillis());
    client.setIdleTimeout(settings.totalTimeout().toMillis());
    client.setMaxConnectionsPerDestination(settings.perHostConcurrency());
    client.setMaxRequestsQueuedPerDestination(100_000);
    client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, settings.userAgent()));
    client.setHttpCookieStore(new HttpCookieStore.Empty());
    client.setMaxResponseHeadersSize(32 * 1024);
    client.setName("safe-fetcher");
    // bodies as sent: the cap counts bytes that came over the wire, and no gzip bomb unfolds
    client.getContentDecoderFactories().clear();
    try {
      client.start();
    } catch (Exception e) {
      resolving.shutdownNow();
      throw new IllegalStateException("the HTTP client did not start: " + e.getMessage(), e);
    }
  }

  /** The policy this fetcher judges addresses by. */
  public NetPolicy policy() {
    return policy;
  }

  /** The limits this fetcher keeps. */
  public FetchSettings settings() {
    return settings;
  }

  /** How many connects the connector's guard refused so far (0 unless the policy has a bug). */
  public long guardRefusals() {
    return connector.refusedConnects();
  }

  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception e) {
      LOG.warn("stopping the HTTP client: {}", e.toString());
    }
    resolving.shutdownNow();
  }

  @Override
  public FetchResult check(String url) {
    long start = System.nanoTime();
    Visit visit = new Visit(url);
    try {
      visit.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      visit.end(Outcome.TIMEOUT, "the check was interrupted");
    } catch (RuntimeException e) {
      // a bug of ours, not the server's: say so rather than throw into the caller's loop
      LOG.warn("checking {} failed unexpectedly", url, e);
      visit.end(Outcome.SERVER_ERROR, "the check failed unexpectedly: " + e);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    return new FetchResult(
        url,
        visit.outcome,
        visit.status,
        visit.finalUrl,
        visit.outcome == Outcome.MOVED_PERMANENTLY ? visit.suggested : null,
        millis,
        visit.detail);
  }

  /** One answer of one exchange. */
  private record Answer(
      String method,
      int status,
      @Nullable String location,
      @Nullable String retryAfter,
      @Nullable String contentType,
      byte[] body) {}

  /** An exchange that ended without an answer we can read, already classified. */
  private static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
    final Outcome outcome;
    final int status;

    Failed(Outcome outcome, String detail) {
      this(outcome, detail, 0);
    }

    /** Failed after an answer with this status (a 429 not given up, a HEAD refused). */
    Failed(Outcome outcome, String detail, int status) {
      super(detail, null, false, false);
      this.outcome = outcome;
      this.status = status;
    }
  }

  /** The network time left to one check; waiting for a turn at a host is not counted. */
  private static final class Budget {
    private long leftNanos;

    Budget(Duration total) {
      leftNanos = total.toNanos();
    }

    long leftMillis() {
      return TimeUnit.NANOSECONDS.toMillis(leftNanos);
    }

    void spend(long nanos) {
      leftNanos -= nanos;
    }
  }

  /** The state of checking one URL: the hops so far and what they came to. */
  private final class Visit {
    final String url;
    final Budget budget = new Budget(settings.totalTimeout());
    Outcome outcome = Outcome.SERVER_ERROR;
    int status;
    String finalUrl;
    @Nullable String suggested;
    String detail = "";
    // set when HEAD was refused and GET asked instead: said in the detail
    @Nullable String headNote;

    Visit(String url) {
      this.url = url;
      this.finalUrl = url;
    }

    void end(Outcome o, String why) {
      outcome = o;
      detail = why;
    }

    void run() throws InterruptedException {
      Target current;
      try {
        current = Target.parse(url);
      } catch (Refusal r) {
        end(Outcome.BLOCKED, "refused: " + r.getMessage());
        return;
      }
      finalUrl = current.url();
      Set<String> seen = new HashSet<>();
      seen.add(current.url());
      boolean permanentSoFar = true;
      int firstRedirect = 0;
      for (int hop = 0; ; hop++) {
        Answer answer;
        try {
          answer = ask(current);
        } catch (Failed f) {
          if (f.status != 0) {
            status = f.status;
          }
          end(f.outcome, (hop > 0 ? "after " + hop + " redirect(s): " : "") + f.getMessage());
          return;
        }
        status = answer.status();
        if (!isRedirect(answer.status())) {
          finish(current, answer, firstRedirect);
          return;
        }
        if (hop == settings.maxRedirects()) {
          end(
              Outcome.SERVER_ERROR,
              "more than " + settings.maxRedirects() + " redirects (the last to " + current.url());
          detail = detail + ")";
          return;
        }
        String location = answer.location();
        if (location == null || location.isBlank()) {
          end(Outcome.SERVER_ERROR, answer.status() + " redirect without a Location");
          return;
        }
        Target next;
        try {
          next = current.follow(location);
        } catch (Refusal r) {
          end(Outcome.BLOCKED, "redirect to " + location + " refused: " + r.getMessage());
          return;
        }
        if (!seen.add(next.url())) {
          end(Outcome.SERVER_ERROR, "redirect loop: " + next.url() + " leads back to itself");
          finalUrl = next.url();
          return;
        }
        if (hop == 0) {
          firstRedirect = answer.status();
        }
        boolean permanent = answer.status() == 301 || answer.status() == 308;
        permanentSoFar = permanentSoFar && permanent;
        if (permanentSoFar) {
          suggested = next.url();
        }
        current = next;
        finalUrl = current.url();
      }
    }

    // The last answer of the chain decides; a page that reads as parked overrides a 2xx.
    private void finish(Target at, Answer answer, int firstRedirect) throws InterruptedException {
      int s = answer.status();
      if (s >= 200 && s < 300) {
        var parkedHost = ParkedPages.byHost(at.host().text());
        if (parkedHost.isPresent()) {
          end(Outcome.PARKED_DOMAIN, parkedHost.get());
          return;
        }
        byte[] page = answer.body();
        if (answer.method().equals("HEAD") && looksLikePage(answer.contentType())) {
          page = pageFor(at);
        }
        var parked = ParkedPages.byPage(page);
        if (parked.isPresent()) {
          end(Outcome.PARKED_DOMAIN, parked.get());
          return;
        }
        if (firstRedirect == 301 || firstRedirect == 308) {
          end(
              Outcome.MOVED_PERMANENTLY,
              "moved permanently (" + firstRedirect + ") to " + suggested);
        } else if (firstRedirect != 0) {
          end(Outcome.MOVED_TEMPORARILY, "moved temporarily (" + firstRedirect + ")");
        } else {
          end(Outcome.OK, "");
        }
      } else if (s == 404 || s == 410) {
        end(Outcome.NOT_FOUND, s == 404 ? "404 Not Found" : "410 Gone");
      } else if (s >= 400 && s < 500) {
        end(Outcome.CLIENT_ERROR, "the server answered " + s);
      } else if (s >= 500 && s < 600) {
        end(Outcome.SERVER_ERROR, "the server answered " + s);
      } else {
        end(Outcome.SERVER_ERROR, "an unexpected status " + s);
      }
      if (headNote != null) {
        detail = detail.isEmpty() ? headNote : headNote + "; " + detail;
      }
    }

    // HEAD first; GET when HEAD is refused (405, 501 and the like), robots.txt permitting.
    private Answer ask(Target at) throws Failed, InterruptedException {
      Answer head = withRetry(at, HttpMethod.HEAD, false);
      if (!headRefused(head.status())) {
        return head;
      }
      String refused = "HEAD refused with " + head.status();
      if (!robotsAllow(at)) {
        throw new Failed(
            Outcome.BLOCKED, refused + "; robots.txt disallows GET " + at.url(), head.status());
      }
      Answer get = withRetry(at, HttpMethod.GET, true);
      headNote = refused + "; GET answered " + get.status();
      return get;
    }

    // A capped GET of a page that HEAD found, to tell a parking page from a real one.
    private byte[] pageFor(Target at) throws InterruptedException {
      try {
        if (!robotsAllow(at)) {
          return NO_BODY;
        }
        Answer get = exchange(at, HttpMethod.GET, true);
        return get.status() >= 200 && get.status() < 300 ? get.body() : NO_BODY;
      } catch (Failed f) {
        // HEAD already answered; a failing second look does not undo that
        return NO_BODY;
      }
    }

    private boolean robotsAllow(Target at) throws InterruptedException {
      return robots.allows(
          at.origin(),
          at.url(),
          origin -> loadRobots(at),
          Duration.ofMillis(Math.max(1, budget.leftMillis())));
    }

    private RobotsCache.Fetched loadRobots(Target at) throws InterruptedException {
      Target current;
      try {
        current = Target.parse(at.origin() + "/robots.txt");
      } catch (Refusal r) {
        return new RobotsCache.Fetched.Unreachable();
      }
      for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
        Answer a;
        try {
          a = exchange(current, HttpMethod.GET, true);
        } catch (Failed f) {
          return new RobotsCache.Fetched.Unreachable();
        }
        if (isRedirect(a.status()) && a.location() != null) {
          try {
            current = current.follow(a.location());
          } catch (Refusal r) {
            return new RobotsCache.Fetched.Unreachable();
          }
          continue;
        }
        if (a.status() >= 200 && a.status() < 300) {
          return new RobotsCache.Fetched.Body(a.body(), a.contentType());
        }
        return new RobotsCache.Fetched.Status(a.status());
      }
      return new RobotsCache.Fetched.Unreachable();
    }

    // 429: wait what Retry-After asks (when we are willing to) and ask once more.
    private Answer withRetry(Target at, HttpMethod method, boolean body)
        throws Failed, InterruptedException {
      Answer a = exchange(at, method, body);
      if (a.status() != 429) {
        return a;
      }
      Duration wait = retryAfter(a.retryAfter());
      if (wait.compareTo(settings.maxRetryAfter()) > 0) {
        throw new Failed(
            Outcome.CLIENT_ERROR,
            "429 Too Many Requests; Retry-After of "
                + wait.toSeconds()
                + " s is longer than we wait ("
                + settings.maxRetryAfter().toSeconds()
                + " s)",
            429);
      }
      Thread.sleep(wait);
      Answer again = exchange(at, method, body);
      if (again.status() == 429) {
        throw new Failed(
            Outcome.CLIENT_ERROR,
            "429 Too Many Requests, again after waiting " + wait.toMillis() + " ms as asked",
            429);
      }
      return again;
    }

    private Answer exchange(Target at, HttpMethod method, boolean readBody)
        throws Failed, InterruptedException {
      try (HostGate.Pass pass = gate.enter(at.host().text())) {
        long left = budget.leftMillis();
        if (left <= 0) {
          throw new Failed(Outcome.TIMEOUT, timeoutSentence());
        }
        long started = System.nanoTime();
        try {
          return send(at, method, readBody, left);
        } finally {
          budget.spend(System.nanoTime() - started);
        }
      }
    }

    private Answer send(Target at, HttpMethod method, boolean readBody, long leftMillis)
        throws Failed, InterruptedException {
      Request request =
          client
              .newRequest(at.url())
              .method(method)
              .timeout(leftMillis, TimeUnit.MILLISECONDS)
              .headers(h -> h.put(HttpHeader.ACCEPT, ACCEPT));
      Capture capture = new Capture(readBody ? settings.maxBodyBytes() : 0);
      request.send(capture);
      Result result;
      try {
        result = capture.done.get(leftMillis + GRACE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        request.abort(new TimeoutException("total time limit"));
        throw new Failed(Outcome.TIMEOUT, timeoutSentence());
      } catch (ExecutionException e) {
        throw classify(e.getCause() == null ? e : e.getCause(), at);
      }
      Throwable failure = result.getFailure();
      Response response = result.getResponse();
      boolean capped = failure instanceof CapReached;
      if (failure != null && !capped) {
        throw classify(failure, at);
      }
      return new Answer(
          method.asString(),
          response.getStatus(),
          response.getHeaders().get(HttpHeader.LOCATION),
          response.getHeaders().get(HttpHeader.RETRY_AFTER),
          response.getHeaders().get(HttpHeader.CONTENT_TYPE),
          capture.body());
    }

    private String timeoutSentence() {
      return "no complete answer within the total limit of "
          + settings.totalTimeout().toMillis()
          + " ms";
    }

    private Failed classify(Throwable failure, Target at) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof Refusal r) {
          return new Failed(Outcome.BLOCKED, "refused: " + r.getMessage());
        }
      }
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof UnknownHostException) {
          return new Failed(Outcome.DNS_FAILURE, at.host().text() + " does not resolve");
        }
        if (t instanceof SSLException || t instanceof GeneralSecurityException) {
          return new Failed(
              Outcome.TLS_FAILURE,
              "the TLS handshake with " + at.origin() + " failed: " + t.getMessage());
        }
        if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
          boolean connect =
              String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
          return new Failed(
              Outcome.TIMEOUT,
              connect
                  ? "could not connect within " + settings.connectTimeout().toMillis() + " ms"
                  : timeoutSentence());
        }
        if (t instanceof ConnectException) {
          return new Failed(
              Outcome.CONNECTION_REFUSED, "connection to " + at.origin() + " refused");
        }
        if (t instanceof EOFException || t instanceof ClosedChannelException) {
          return new Failed(
              Outcome.CONNECTION_REFUSED, at.origin() + " closed the connection without an answer");
        }
      }
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof IOException
            && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("reset")) {
          return new Failed(Outcome.CONNECTION_REFUSED, at.origin() + " reset the connection");
        }
      }
      return new Failed(
          Outcome.SERVER_ERROR,
          "the answer from " + at.origin() + " could not be read: " + failure);
    }
  }

  private static final byte[] NO_BODY = new byte[0];

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  // HEAD is often refused where GET works (405, 501, and servers that answer HEAD with 400 or
  // 403); a 404, 410 or 429 to HEAD is believed.
  private static boolean headRefused(int status) {
    return status >= 400 && status != 404 && status != 410 && status != 429;
  }

  private static boolean looksLikePage(@Nullable String contentType) {
    return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("html");
  }

  /** Retry-After in seconds or as an HTTP date; 1 s when absent or unreadable. */
  static Duration retryAfter(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return Duration.ofSeconds(1);
    }
    String v = value.strip();
    if (v.matches("[0-9]{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return Duration.ofSeconds(1);
    }
  }

  /** Thrown into the exchange to stop reading once the body cap is reached. */
  private static final class CapReached extends Exception {
    private static final long serialVersionUID = 1L;

    CapReached() {
      super("body cap reached", null, false, false);
    }
  }

  /** Collects an answer and at most the cap of its body. */
  private static final class Capture implements Response.Listener {
    final CompletableFuture<Result> done = new CompletableFuture<>();
    private final int cap;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Capture(int cap) {
      this.cap = cap;
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
      int n = Math.min(cap - body.size(), content.remaining());
      if (n > 0) {
        byte[] chunk = new byte[n];
        content.get(chunk);
        body.write(chunk, 0, n);
      }
      // enough: stop reading; the connection is closed, not drained
      if (body.size() >= cap) {
        response.abort(new CapReached());
      }
    }

    @Override
    public void onComplete(Result result) {
      done.complete(result);
    }

    byte[] body() {
      return body.toByteArray();
    }
  }
}
