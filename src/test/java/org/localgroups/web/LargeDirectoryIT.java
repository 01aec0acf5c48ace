package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Region;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.search.LiveDirectory;
import org.localgroups.web.server.WebApp;
import org.localgroups.world.SyntheticDirectory;

/**
 * The whole web app over a generated directory of 50,000 groups: the pages and answers that could
 * hold every group (the directory page, a large region, the group list, the sitemap) come in
 * bounded pieces that together hold each group exactly once. No timing: sizes and contents only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeDirectoryIT {
  private static final int GROUPS = 50_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOC_ENTRY =
      Pattern.compile("<a href=\"/regions/([^\"]+)\">[^<]*</a> <span class=\"count\">\\((\\d+)\\)");
  private static final Pattern GROUP_LINK =
      Pattern.compile("class=\"group-name\" href=\"/groups/([^\"]+)\"");
  private static final Pattern SITEMAP_LOC = Pattern.compile("<loc>([^<]+)</loc>");

  private final HttpClient http = HttpClient.newHttpClient();
  private Directory directory;
  private Javalin app;
  private String base;

  @BeforeAll
  void start() {
    directory = SyntheticDirectory.generate(GeoNamesGazetteer.bundled().cities(), GROUPS, 11);
    FixtureGazetteer gazetteer = new FixtureGazetteer();
    WebServices services =
        new WebServices(new LiveDirectory(new FixedSource(directory), gazetteer), gazetteer);
    app = WebApp.create(services, WebConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() {
    app.stop();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String ok(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  @Test
  void theDirectoryPageIsAnOutlineOfEveryRegionWithItsCount() throws Exception {
    String html = ok("/regions");
    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(200_000);
    assertThat(html).doesNotContain("href=\"/groups/");
    Map<String, Integer> shown = new HashMap<>();
    Matcher m = TOC_ENTRY.matcher(html);
    while (m.find()) {
      shown.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    Map<String, Integer> expected = new HashMap<>();
    int topLevel = 0;
    for (Region r : directory.regions()) {
      // counted the slow way: every group under the region, each once
      expected.put(r.slug(), directory.groupsUnder(r.slug()).size());
      if (r.parentSlug().isEmpty()) {
        topLevel += directory.groupsUnder(r.slug()).size();
      }
    }
    assertThat(shown).isEqualTo(expected);
    assertThat(topLevel).isEqualTo(GROUPS);
    assertThat(html).contains(String.valueOf(GROUPS) + " groups");
  }

  @Test
  void aLargeRegionIsPagedAndItsPagesHoldEachOfItsGroupsOnceInOrder() throws Exception {
    Region big =
        directory.regions().stream()
            .max(Comparator.comparingInt(r -> r.groupSlugs().size()))
            .orElseThrow();
    assertThat(big.groupSlugs().size()).isGreaterThan(2_000);
    List<String> seen = new ArrayList<>();
    String path = "/regions/" + big.slug();
    int pages = 0;
    while (path != null) {
      String html = ok(path);
      pages++;
      List<String> onPage = matches(GROUP_LINK, html);
      assertThat(onPage).hasSizeLessThanOrEqualTo(500).isNotEmpty();
      assertThat(html)
          .contains("<nav class=\"pager\" aria-label=\"Pages of groups\">")
          .contains("aria-current=\"page\">Page " + pages + " of ");
      if (pages > 1) {
        assertThat(html).contains("<link rel=\"prev\" href=\"/regions/" + big.slug());
      }
      seen.addAll(onPage);
      Matcher next = Pattern.compile("<link rel=\"next\" href=\"([^\"]+)\"").matcher(html);
      path = next.find() ? next.group(1) : null;
    }
    assertThat(pages).isEqualTo((big.groupSlugs().size() + 499) / 500);
    assertThat(seen).doesNotHaveDuplicates().isEqualTo(big.groupSlugs());
    assertThat(get("/regions/" + big.slug() + "?page=" + (pages + 1)).statusCode()).isEqualTo(404);
    assertThat(get("/regions/" + big.slug() + "?page=0").statusCode()).isEqualTo(400);
    // the region's answer in the API is paged the same way
    JsonNode api = JSON.readTree(ok("/api/regions/" + big.slug()));
    assertThat(api.path("groups")).hasSize(500);
    assertThat(api.path("groups_listed").asInt()).isEqualTo(big.groupSlugs().size());
    assertThat(api.path("next").asText()).isEqualTo("/api/regions/" + big.slug() + "?page=2");
  }

  @Test
  void theGroupListSelectsWhatABruteForceFilterDoesPageByPage() throws Exception {
    Region continent =
        directory.regions().stream().filter(r -> r.parentSlug().isEmpty()).toList().get(1);
    String country = directory.groups().get(123).placement().countryCode();
    List<String> queries =
        List.of(
            "country=" + country,
            "status=inactive&country=" + country,
            "region=" + continent.slug() + "&status=inactive",
            "region=" + continent.slug() + "&country=" + country,
            "status=defunct",
            "country=ZZ");
    for (String query : queries) {
      List<String> expected = bruteForce(query);
      List<String> got = new ArrayList<>();
      String next = "/api/groups?per_page=100&" + query;
      int total = -1;
      while (next != null) {
        JsonNode page = JSON.readTree(ok(next));
        total = page.path("total").asInt();
        page.path("items").forEach(g -> got.add(g.path("slug").asText()));
        assertThat(page.path("items").size()).isLessThanOrEqualTo(100);
        next = page.path("next").isNull() ? null : page.path("next").asText();
      }
      assertThat(total).as(query).isEqualTo(expected.size());
      assertThat(got).as(query).isEqualTo(expected);
    }
    // the whole directory: offsets and the cursor agree, deep pages included
    JsonNode all = JSON.readTree(ok("/api/groups?per_page=100&page=400"));
    assertThat(all.path("total").asInt()).isEqualTo(GROUPS);
    String last = all.path("items").get(99).path("slug").asText();
    JsonNode after = JSON.readTree(ok("/api/groups?per_page=100&after=" + enc(last)));
    JsonNode page401 = JSON.readTree(ok("/api/groups?per_page=100&page=401"));
    assertThat(after.path("items")).isEqualTo(page401.path("items"));
    assertThat(after.path("page").asInt()).isEqualTo(401);
    assertThat(page401.path("items").get(0).path("slug").asText())
        .isEqualTo(directory.groups().get(40_000).slug());
  }

  @Test
  void theSitemapIsAnIndexOfFilesThatListEveryGroupOnce() throws Exception {
    String index = ok("/sitemap.xml");
    assertThat(index).contains("<sitemapindex");
    List<String> files = matches(SITEMAP_LOC, index);
    assertThat(files).hasSize(2);
    Set<String> groups = new HashSet<>();
    int urls = 0;
    for (String file : files) {
      String part = ok(URI.create(file).getPath());
      List<String> locs = matches(SITEMAP_LOC, part);
      assertThat(locs).hasSizeLessThanOrEqualTo(50_000);
      urls += locs.size();
      for (String loc : locs) {
        String path = URI.create(loc).getPath();
        if (path.startsWith("/groups/")) {
          assertThat(groups.add(path.substring("/groups/".length()))).as(path).isTrue();
        }
      }
    }
    assertThat(urls).isEqualTo(4 + directory.regions().size() + GROUPS);
    Set<String> all = new HashSet<>();
    directory.groups().forEach(g -> all.add(g.slug()));
    assertThat(groups).isEqualTo(all);
    assertThat(get("/sitemap-3.xml").statusCode()).isEqualTo(404);
  }

  /** The groups a query of /api/groups names, found by looking at every group. */
  private List<String> bruteForce(String query) {
    Map<String, String> p = new HashMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      p.put(kv[0], kv[1]);
    }
    Set<String> under = p.containsKey("region") ? directory.groupsUnder(p.get("region")) : Set.of();
    Optional<GroupStatus> status =
        Optional.ofNullable(p.get("status")).map(s -> GroupStatus.valueOf(s.toUpperCase()));
    List<String> out = new ArrayList<>();
    for (Group g : directory.groups()) {
      if ((!p.containsKey("country")
              || g.placement().countryCode().equalsIgnoreCase(p.get("country")))
          && (!p.containsKey("region") || under.contains(g.slug()))
          && (status.isEmpty() || g.status() == status.get())) {
        out.add(g.slug());
      }
    }
    return out;
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theRegionTreeIsBoundedByTheRegionsAndLinksToEachRegionsGroups() throws Exception {
    String body = ok("/api/regions");
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(500_000);
    Map<String, JsonNode> bySlug = new HashMap<>();
    List<JsonNode> todo = new ArrayList<>();
    JSON.readTree(body).forEach(todo::add);
    while (!todo.isEmpty()) {
      JsonNode r = todo.removeLast();
      bySlug.put(r.path("slug").asText(), r);
      r.path("children").forEach(todo::add);
    }
    assertThat(bySlug).hasSize(directory.regions().size());
    Region big =
        directory.regions().stream()
            .max(Comparator.comparingInt(r -> r.groupSlugs().size()))
            .orElseThrow();
    assertThat(big.groupSlugs()).hasSizeGreaterThan(1000);
    for (Region r : directory.regions()) {
      JsonNode n = bySlug.get(r.slug());
      assertThat(n.path("groups_listed").asInt()).isEqualTo(r.groupSlugs().size());
      assertThat(n.path("groups")).hasSizeLessThanOrEqualTo(20);
      assertThat(n.path("groups").size()).isEqualTo(Math.min(20, r.groupSlugs().size()));
    }
    JsonNode first = JSON.readTree(ok(bySlug.get(big.slug()).path("groups_url").asText()));
    assertThat(first.path("groups_listed").asInt()).isEqualTo(big.groupSlugs().size());
    assertThat(first.path("groups")).isNotEmpty();
  }

  @Test
  void aLargeRegionsCalendarHoldsItsFirstFiveHundredGroupsAndSaysSo() throws Exception {
    Region big =
        directory.regions().stream()
            .max(Comparator.comparingInt(r -> r.groupSlugs().size()))
            .orElseThrow();
    int under = directory.groupsUnder(big.slug()).size();
    String ics = ok("/regions/" + big.slug() + ".ics").replace("\r\n ", "");
    assertThat(ics).contains("(the first 500 of its " + under + " groups)");
    Set<String> groups = new HashSet<>();
    Matcher m = Pattern.compile("/groups/([^\\s/]+)\\r?\\n").matcher(ics);
    while (m.find()) {
      groups.add(m.group(1));
    }
    assertThat(groups).isNotEmpty().hasSizeLessThanOrEqualTo(500);
  }
}
