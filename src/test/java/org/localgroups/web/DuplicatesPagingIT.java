package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localgroups.web.FixtureDirectory.city;
import static org.localgroups.web.FixtureDirectory.group;
import static org.localgroups.web.FixtureDirectory.link;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.localgroups.directory.LinkKind;
import org.localgroups.search.LiveDirectory;
import org.localgroups.web.server.WebApp;

/**
 * {@code /curate/duplicates} of a directory with more pairs than a page: 30 groups sharing one link
 * make 435 pairs, shown 100 a page; the pages together hold each pair once, and a page past the
 * last is 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicatesPagingIT {
  private static final int GROUPS = 30;
  private static final Pattern PAIR =
      Pattern.compile(
          "<li class=\"pair\">\\s*<p><a href=\"/groups/([^\"]+)\">[^<]*</a> and <a"
              + " href=\"/groups/([^\"]+)\">");
  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin app;
  private String base;

  @BeforeAll
  void start() {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < GROUPS; i++) {
      groups.add(
          group(
              "g" + i,
              "Group number " + i,
              "",
              List.of(link(LinkKind.WEBSITE, "https://one.example/", "")),
              GroupStatus.ACTIVE,
              city("Town " + i, "PL", "", 10 + i, 10 + i, i)));
    }
    Directory d = new Directory("t", List.of(), List.of(), groups);
    FixtureGazetteer gazetteer = new FixtureGazetteer();
    WebServices services =
        new WebServices(new LiveDirectory(new FixedSource(d), gazetteer), gazetteer);
    app = WebApp.create(services, WebConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() {
    app.stop();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePagesTogetherHoldEachPairOnce() throws Exception {
    Set<String> seen = new HashSet<>();
    int shown = 0;
    for (int page = 1; page <= 5; page++) {
      HttpResponse<String> r = get("/curate/duplicates" + (page == 1 ? "" : "?page=" + page));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("435 possible duplicates");
      Matcher m = PAIR.matcher(r.body());
      int onPage = 0;
      while (m.find()) {
        seen.add(m.group(1) + " " + m.group(2));
        onPage++;
      }
      assertThat(onPage).as("page " + page).isEqualTo(page < 5 ? 100 : 35);
      shown += onPage;
      if (page < 5) {
        assertThat(r.body()).contains("href=\"/curate/duplicates?page=" + (page + 1) + "\"");
      }
    }
    assertThat(shown).isEqualTo(GROUPS * (GROUPS - 1) / 2);
    assertThat(seen).hasSize(shown).contains("g0 g1", "g28 g29");
  }

  @Test
  void aPagePastTheLastIsNotFound() throws Exception {
    assertThat(get("/curate/duplicates?page=6").statusCode()).isEqualTo(404);
  }
}
