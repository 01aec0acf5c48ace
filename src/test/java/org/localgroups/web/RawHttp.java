package org.localgroups.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Test fixture: HTTP/1.1 spoken by hand over a socket to 127.0.0.1, for requests that {@code
 * java.net.http} refuses to send (malformed addresses, bad request lines, other versions, huge
 * headers). Each request is sent with {@code Connection: close} unless it carries its own headers,
 * and the answer is read until the server closes the connection.
 */
public final class RawHttp {
  private RawHttp() {}

  /**
   * An answer as read off the wire.
   *
   * @param status the status code; 0 when the server closed without answering
   * @param headers the headers, names in lower case (the last value of a repeated one)
   * @param body the body as text (UTF-8)
   * @param closedAfter how long after sending the connection was closed by the server
   */
  public record Answer(int status, Map<String, String> headers, String body, Duration closedAfter) {
    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  /** {@code GET target HTTP/1.1} with a Host header, the target sent byte for byte as given. */
  public static Answer get(int port, String target) throws IOException {
    return send(
        port,
        ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1),
        Duration.ofSeconds(30));
  }

  /** Sends these bytes, then reads until the server closes the connection or the time is up. */
  public static Answer send(int port, byte[] request, Duration timeout) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
      long sent = System.nanoTime();
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      byte[] raw = readUntilClosed(socket, timeout);
      Duration closedAfter = Duration.ofNanos(System.nanoTime() - sent);
      return parse(new String(raw, StandardCharsets.UTF_8), closedAfter);
    }
  }

  /** A request or target for a message: control characters shown as escapes, at most 80 chars. */
  public static String shortened(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.length() <= 80 ? b.toString() : b.substring(0, 80) + "... (" + text.length() + ")";
  }

  private static byte[] readUntilClosed(Socket socket, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[8192];
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        throw new SocketTimeoutException(
            "the server kept the connection open for " + timeout + " after: " + out);
      }
      socket.setSoTimeout((int) left);
      int n;
      try {
        n = in.read(buffer);
      } catch (java.net.SocketException e) {
        // reset by the server after its answer: what was read is the answer
        return out.toByteArray();
      }
      if (n < 0) {
        return out.toByteArray();
      }
      out.write(buffer, 0, n);
    }
  }

  private static Answer parse(String raw, Duration closedAfter) {
    int end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/") || end < 0) {
      return new Answer(0, Map.of(), raw, closedAfter);
    }
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    return new Answer(status, headers, raw.substring(end + 4), closedAfter);
  }
}
