package org.localgroups.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ServerSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * A small HTTP/1.1 server on a loopback address for the fetcher's tests: plain sockets, so a test
 * can answer any way it likes (never, a byte a second, 50 MB). Counts accepted connections, bytes
 * written and, per Host header, the most requests it was serving at once.
 */
public final class ScriptedServer implements AutoCloseable {
  /** One request as read: method, target, headers (lower-case names). */
  public record Req(String method, String target, Map<String, String> headers) {
    String host() {
      return headers.getOrDefault("host", "");
    }

    public String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }
  }

  /** Answers one request by writing to the socket; returns whether the connection may stay open. */
  @FunctionalInterface
  public interface Handler {
    boolean handle(Req req, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Handler handler;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  final AtomicInteger connections = new AtomicInteger();
  public final AtomicInteger requests = new AtomicInteger();
  final AtomicLong bytesWritten = new AtomicLong();
  private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, AtomicInteger> peak = new ConcurrentHashMap<>();
  private final AtomicInteger peakAnyHost = new AtomicInteger();

  private ScriptedServer(ServerSocket socket, Handler handler) {
    this.socket = socket;
    this.handler = handler;
    threads.execute(this::acceptLoop);
  }

  public static ScriptedServer start(String address, Handler handler) throws IOException {
    return start(ServerSocketFactory.getDefault(), address, handler);
  }

  public static ScriptedServer start(ServerSocketFactory factory, String address, Handler handler)
      throws IOException {
    ServerSocket s = factory.createServerSocket();
    s.bind(new InetSocketAddress(InetAddress.getByName(address), 0), 200);
    return new ScriptedServer(s, handler);
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** The most requests served at once for one Host header value. */
  int peakConcurrency(String host) {
    AtomicInteger p = peak.get(host.toLowerCase(Locale.ROOT));
    return p == null ? 0 : p.get();
  }

  /** The most requests served at once for any one host. */
  public int peakConcurrencyAnyHost() {
    return peakAnyHost.get();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        return;
      }
      connections.incrementAndGet();
      threads.execute(() -> serve(s));
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = new CountingStream(s.getOutputStream(), bytesWritten);
      while (true) {
        Req req = read(in);
        if (req == null) {
          return;
        }
        requests.incrementAndGet();
        String host = req.host().toLowerCase(Locale.ROOT);
        AtomicInteger now = inFlight.computeIfAbsent(host, h -> new AtomicInteger());
        int n = now.incrementAndGet();
        peak.computeIfAbsent(host, h -> new AtomicInteger()).accumulateAndGet(n, Math::max);
        peakAnyHost.accumulateAndGet(n, Math::max);
        boolean keep;
        try {
          keep = handler.handle(req, out);
          out.flush();
        } finally {
          now.decrementAndGet();
        }
        if (!keep) {
          return;
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client went away, or the test stopped us
    }
  }

  private static @Nullable Req read(InputStream in) throws IOException {
    String line = line(in);
    while (line != null && line.isEmpty()) {
      line = line(in);
    }
    if (line == null) {
      return null;
    }
    String[] parts = line.split(" ");
    if (parts.length < 2) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int c = h.indexOf(':');
      if (c > 0) {
        headers.put(h.substring(0, c).strip().toLowerCase(Locale.ROOT), h.substring(c + 1).strip());
      }
    }
    return new Req(parts[0], parts[1], headers);
  }

  private static @Nullable String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      if (b.size() > 16 * 1024) {
        throw new IOException("line too long");
      }
      b.write(c);
    }
    return null;
  }

  /** Writes a whole answer: status, headers, body (left out for HEAD); keeps the connection. */
  public static boolean answer(
      Req req, OutputStream out, int status, String contentType, String body, String... headers)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder h = new StringBuilder();
    h.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(bytes.length).append("\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      h.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    h.append("\r\n");
    out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!req.method().equals("HEAD")) {
      out.write(bytes);
    }
    return true;
  }

  public static boolean redirect(Req req, OutputStream out, int status, String location)
      throws IOException {
    return answer(req, out, status, "text/plain", "see " + location, "Location", location);
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 410 -> "Gone";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      default -> "Status";
    };
  }

  private static final class CountingStream extends OutputStream {
    private final OutputStream out;
    private final AtomicLong count;

    CountingStream(OutputStream out, AtomicLong count) {
      this.out = out;
      this.count = count;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count.addAndGet(len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
