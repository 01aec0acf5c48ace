package org.localgroups.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One URL the fetcher may ask for, read by our own rules before anything is judged: http or https
 * only, no credentials, the host read as browsers read it ({@link HostForms}), a port, and the path
 * and query (the fragment dropped, unsafe characters escaped). The policy on addresses and ports
 * comes later, once the host is resolved.
 */
record Target(String scheme, HostForms.Host host, int port, String pathAndQuery) {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

  /** Reads a URL, or says why it is refused. */
  static Target parse(String url) throws Refusal {
    String s = url.strip();
    int colon = s.indexOf(':');
    if (colon <= 0 || !SCHEME.matcher(s.substring(0, colon)).matches()) {
      throw new Refusal("\"" + shorten(s) + "\" is not an absolute URL");
    }
    String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Refusal("only http and https are fetched, not " + scheme + ":");
    }
    // browsers read a backslash as a slash in http(s) URLs: do the same, so that the host we
    // judge is the host a browser would visit
    String rest = s.substring(colon + 1).replace('\\', '/');
    if (!rest.startsWith("//")) {
      throw new Refusal("\"" + shorten(s) + "\" has no host");
    }
    rest = rest.substring(2);
    int end = 0;
    while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    String authority = rest.substring(0, end);
    String tail = rest.substring(end);
    if (authority.indexOf('@') >= 0) {
      throw new Refusal("the URL carries credentials (user:password@host)");
    }
    String hostPart = authority;
    String portPart = "";
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw new Refusal("\"" + authority + "\" is not a valid IPv6 address");
      }
      hostPart = authority.substring(0, close + 1);
      String after = authority.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw new Refusal("\"" + authority + "\" is not a valid host and port");
        }
        portPart = after.substring(1);
      }
    } else {
      int c = authority.lastIndexOf(':');
      if (c >= 0) {
        hostPart = authority.substring(0, c);
        portPart = authority.substring(c + 1);
      }
    }
    int defaultPort = scheme.equals("https") ? 443 : 80;
    int port = defaultPort;
    if (!portPart.isEmpty()) {
      if (!portPart.matches("[0-9]{1,5}") || Integer.parseInt(portPart) > 65535) {
        throw new Refusal("\"" + portPart + "\" is not a valid port");
      }
      port = Integer.parseInt(portPart);
    }
    if (port == 0) {
      throw new Refusal("port 0 is not a port one can connect to");
    }
    HostForms.Host host = HostForms.read(hostPart);
    int hash = tail.indexOf('#');
    if (hash >= 0) {
      tail = tail.substring(0, hash);
    }
    String pathAndQuery = escape(tail);
    if (pathAndQuery.isEmpty() || pathAndQuery.startsWith("?")) {
      pathAndQuery = "/" + pathAndQuery;
    }
    Target t = new Target(scheme, host, port, pathAndQuery);
    try {
      new URI(t.url());
    } catch (URISyntaxException e) {
      throw new Refusal("\"" + shorten(s) + "\" is not a valid URL");
    }
    return t;
  }

  /** The URL as the fetcher asks for it (default ports left out). */
  String url() {
    return origin() + pathAndQuery;
  }

  /** scheme://host[:port], where robots.txt lives. */
  String origin() {
    boolean defaultPort = scheme.equals("https") ? port == 443 : port == 80;
    return scheme + "://" + host.text() + (defaultPort ? "" : ":" + port);
  }

  /** The target of a redirect's Location, read against this URL, or why it is refused. */
  Target follow(String location) throws Refusal {
    String loc = location.strip();
    int colon = loc.indexOf(':');
    int slash = loc.indexOf('/');
    boolean absolute =
        colon > 0
            && (slash < 0 || colon < slash)
            && SCHEME.matcher(loc.substring(0, colon)).matches();
    if (absolute) {
      return parse(loc);
    }
    String normalised = loc.replace('\\', '/');
    if (normalised.startsWith("//")) {
      return parse(scheme + ":" + normalised);
    }
    try {
      URI resolved = new URI(url()).resolve(new URI(escape(normalised)));
      return parse(resolved.toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new Refusal("the redirect's Location \"" + shorten(loc) + "\" is not a valid URL");
    }
  }

  // Characters a browser would escape before sending; an existing valid %XX stays.
  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean validEscape =
          b == '%'
              && i + 2 < bytes.length
              && Character.digit(bytes[i + 1], 16) >= 0
              && Character.digit(bytes[i + 2], 16) >= 0;
      if (b <= 0x20 || b >= 0x7f || "\"<>`{}|^[]".indexOf(b) >= 0 || (b == '%' && !validEscape)) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b));
      } else {
        out.append((char) b);
      }
    }
    return out.toString();
  }

  private static String shorten(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
