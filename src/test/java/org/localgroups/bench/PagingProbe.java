package org.localgroups.bench;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localgroups.directory.Directory;
import org.localgroups.directory.DirectorySource;
import org.localgroups.directory.Region;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.geo.Place;
import org.localgroups.search.LiveDirectory;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.localgroups.web.server.WebApp;
import org.localgroups.world.SyntheticDirectory;

/**
 * Milliseconds per request for the answers that could hold the whole directory (the directory page,
 * the largest region, the group list with a filter or a text query, deep pages, the sitemap), over
 * the real server on loopback, at each size asked for: a request's cost should follow what it
 * returns, not the directory's size. Each request is sent 30 times after 10 to warm up; prints the
 * median and the fastest, and the answer's size.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     org.localgroups.bench.PagingProbe 1000 100000
 * </pre>
 */
public final class PagingProbe {
  private static final int WARM = 10;
  private static final int RUNS = 30;

  private PagingProbe() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args.length == 0 ? new String[] {"1000", "100000"} : args) {
      sizes.add(Integer.parseInt(a));
    }
    GeoNamesGazetteer gazetteer = GeoNamesGazetteer.bundled();
    List<Place> cities = gazetteer.cities();
    HttpClient http = HttpClient.newHttpClient();
    System.out.printf(
        "%-8s %-58s %9s %9s %11s%n", "groups", "request", "median ms", "best ms", "bytes");
    for (int n : sizes) {
      Directory d = SyntheticDirectory.generate(cities, n, 11);
      DirectorySource source =
          new DirectorySource() {
            @Override
            public long version() {
              return 1;
            }

            @Override
            public Directory directory() {
              return d;
            }
          };
      Javalin app =
          WebApp.create(
                  new WebServices(new LiveDirectory(source, gazetteer), gazetteer),
                  WebConfig.defaults())
              .start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + app.port();
        Region big =
            d.regions().stream()
                .max(Comparator.comparingInt(r -> r.groupSlugs().size()))
                .orElseThrow();
        int lastPage = Math.max(1, (big.groupSlugs().size() + 499) / 500);
        String country = d.groups().get(n / 2).placement().countryCode();
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("home", "/");
        requests.put("directory", "/regions");
        requests.put("largest region, page 1", "/regions/" + big.slug());
        requests.put("largest region, last page", "/regions/" + big.slug() + "?page=" + lastPage);
        requests.put("api: text query", "/api/groups?q=python");
        requests.put(
            "api: country + status", "/api/groups?country=" + country + "&status=inactive");
        requests.put("api: region", "/api/groups?region=" + big.slug());
        requests.put(
            "api: deep page (offset)", "/api/groups?per_page=100&page=" + Math.max(1, n / 100));
        requests.put("api: one region", "/api/regions/" + big.slug());
        requests.put("sitemap.xml", "/sitemap.xml");
        for (var e : requests.entrySet()) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + e.getValue())).build();
          long bytes = 0;
          double[] ms = new double[RUNS];
          for (int i = 0; i < WARM + RUNS; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double took = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
              throw new IllegalStateException(e.getValue() + " answered " + r.statusCode());
            }
            bytes = r.body().length;
            if (i >= WARM) {
              ms[i - WARM] = took;
            }
          }
          Arrays.sort(ms);
          System.out.printf(
              "%-8d %-58s %9.2f %9.2f %11d%n", n, e.getKey(), ms[RUNS / 2], ms[0], bytes);
        }
      } finally {
        app.stop();
      }
    }
  }
}
