package org.localgroups.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files served under /static (our CSS and scripts, the vendored Leaflet, topojson-client and
 * Natural Earth layers), read once at start, each with a content hash in its address: {@code
 * /static/vendor/leaflet/leaflet.4f3a9c1e22.js}. An address with the hash of the current bytes may
 * be cached for a year; the plain address still answers, with a short cache. Immutable and
 * thread-safe.
 */
public final class Assets {
  /** Hex digits of the SHA-256 of the bytes kept in an address: enough to tell versions apart. */
  static final int HASH_LENGTH = 10;

  /** name.HASH.ext, or name.HASH for a name without an extension. */
  private static final Pattern HASHED =
      Pattern.compile("(.*)\\.([0-9a-f]{" + HASH_LENGTH + "})(\\.[^./]+)?");

  /**
   * One file.
   *
   * @param path its path under /static ("vendor/leaflet/leaflet.js")
   * @param bytes its content
   * @param hash the first {@link #HASH_LENGTH} hex digits of its SHA-256
   * @param contentType the media type it is served as
   */
  public record Asset(String path, byte[] bytes, String hash, String contentType) {
    /** Its address with the hash: "/static/vendor/leaflet/leaflet.4f3a9c1e22.js". */
    public String hashedUrl() {
      return "/static/" + hashedName(path, hash);
    }
  }

  /**
   * What an address under /static names.
   *
   * @param asset the file
   * @param hashed whether the address carried the hash
   * @param current whether that hash is the one of the file's bytes (always true without one)
   */
  public record Lookup(Asset asset, boolean hashed, boolean current) {}

  private final Map<String, Asset> byPath;

  /** Assets from these paths and bytes (tests, and {@link #fromClasspath}). */
  public Assets(Map<String, byte[]> files) {
    Map<String, Asset> m = new TreeMap<>();
    files.forEach(
        (path, bytes) ->
            m.put(path, new Asset(path, bytes.clone(), hashOf(bytes), contentTypeOf(path))));
    this.byPath = Map.copyOf(m);
  }

  /** The files under /static on the class path (a folder in development, the jar in production). */
  public static Assets fromClasspath() {
    URL root = Assets.class.getResource("/static");
    if (root == null) {
      throw new IllegalStateException("No /static folder on the class path");
    }
    try {
      URI uri = root.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return new Assets(read(fs.provider().getPath(uri)));
      }
      return new Assets(read(Path.of(uri)));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("Cannot read the static files at " + root, e);
    }
  }

  private static Map<String, byte[]> read(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        files.put(rel, Files.readAllBytes(p));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return files;
  }

  /**
   * The address to put in a page for this file ("site.css" -> "/static/site.4f3a9c1e22.css").
   *
   * @throws IllegalArgumentException when there is no such file (a template names a missing file)
   */
  public String url(String path) {
    Asset a = byPath.get(path);
    if (a == null) {
      throw new IllegalArgumentException("No static file " + path);
    }
    return a.hashedUrl();
  }

  /** Every file, by path. */
  public List<Asset> all() {
    return List.copyOf(byPath.values());
  }

  /** The file an address under /static names ("site.css", "site.4f3a9c1e22.css"), if any. */
  public Optional<Lookup> find(String path) {
    Asset plain = byPath.get(path);
    if (plain != null) {
      return Optional.of(new Lookup(plain, false, true));
    }
    Matcher m = HASHED.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    String original = m.group(1) + (m.group(3) == null ? "" : m.group(3));
    Asset a = byPath.get(original);
    if (a == null) {
      return Optional.empty();
    }
    return Optional.of(new Lookup(a, true, a.hash().equals(m.group(2))));
  }

  /** The first {@link #HASH_LENGTH} hex digits of the SHA-256 of these bytes. */
  public static String hashOf(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** "vendor/leaflet/leaflet.js" with hash h -> "vendor/leaflet/leaflet.h.js". */
  static String hashedName(String path, String hash) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash + 1) {
      return path + "." + hash;
    }
    return path.substring(0, dot) + "." + hash + path.substring(dot);
  }

  static String contentTypeOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "css" -> "text/css; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "json" -> "application/json";
      case "svg" -> "image/svg+xml";
      case "png" -> "image/png";
      case "ico" -> "image/x-icon";
      case "txt", "" -> "text/plain; charset=utf-8";
      default -> "application/octet-stream";
    };
  }
}
