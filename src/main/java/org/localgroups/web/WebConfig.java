package org.localgroups.web;

import java.net.URI;

/**
 * How the site looks and which map base layer it uses.
 *
 * @param siteTitle the name shown in the header and page titles
 * @param tileUrl a Leaflet tile URL template ({@code
 *     https://{s}.tiles.example.org/{z}/{x}/{y}.png}); "" for the offline Natural Earth country
 *     layer served by us
 * @param tileAttribution the credit line the tile server asks for ("" when tileUrl is "")
 */
public record WebConfig(String siteTitle, String tileUrl, String tileAttribution) {

  public WebConfig {
    if (!tileUrl.isEmpty()) {
      String scheme =
          tileUrl.startsWith("https://") ? "https" : tileUrl.startsWith("http://") ? "http" : "";
      if (scheme.isEmpty() || tileHost(tileUrl).isEmpty()) {
        throw new IllegalArgumentException(
            "tileUrl must be an http(s) URL template, got: " + tileUrl);
      }
    }
  }

  /**
   * The frame of a page with this title; {@code nav} names the current main navigation entry, or
   * "". Its description says only the title and the site: pages that can say more replace it.
   */
  public Layout layout(String title, String nav) {
    return new Layout(
        siteTitle,
        title,
        nav,
        tileUrl,
        tileAttribution,
        title + " · " + siteTitle + ", a directory of Python user groups around the world.");
  }

  /** The title "localgroups" and the offline base layer. */
  public static WebConfig defaults() {
    return new WebConfig("localgroups", "", "");
  }

  /** This configuration with a tile server instead of the offline base layer. */
  public WebConfig withTiles(String url, String attribution) {
    return new WebConfig(siteTitle, url, attribution);
  }

  /**
   * The Content-Security-Policy source for the tile host ("https://*.tiles.example.org" for a
   * {@code {s}} subdomain template), or "" when no tile server is configured.
   */
  public String tileSource() {
    if (tileUrl.isEmpty()) {
      return "";
    }
    String scheme = tileUrl.substring(0, tileUrl.indexOf("://"));
    return scheme + "://" + tileHost(tileUrl);
  }

  private static String tileHost(String url) {
    int start = url.indexOf("://") + 3;
    int end = url.indexOf('/', start);
    String host = end < 0 ? url.substring(start) : url.substring(start, end);
    host = host.replace("{s}", "*");
    // only host names (with an optional leading wildcard label and port) can go into a CSP
    if (!host.matches("(\\*\\.)?[A-Za-z0-9.-]+(:\\d{1,5})?")) {
      return "";
    }
    try {
      URI.create("https://" + host.replace("*", "x") + "/");
    } catch (IllegalArgumentException e) {
      return "";
    }
    return host;
  }
}
