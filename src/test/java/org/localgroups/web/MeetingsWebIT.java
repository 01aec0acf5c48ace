package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Placement;
import org.localgroups.search.LiveDirectory;
import org.localgroups.web.server.WebApp;

/**
 * Meetings on the web, over HTTP: the calendar feeds of a group, a region and a search; next
 * meetings on group pages, in near results and in the API; the meetings near a place. "Now" is
 * Thursday 1 January 2026, 09:00 UTC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsWebIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");
  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin app;
  private String base;
  private String host;

  /** The fixtures, with meeting phrases; Austin's group placed only in the United States. */
  static Directory directory() {
    Directory d = FixtureDirectory.directory();
    List<Group> groups =
        d.groups().stream()
            .map(
                g ->
                    switch (g.slug()) {
                      case "pymunich" ->
                          with(g, "every Tuesday at 19:00 at the Munich office", null);
                      case "pywaw" -> with(g, "monthly meetings", null);
                      case "austin-python" ->
                          with(
                              g,
                              "first Monday of the month at 7pm",
                              new Placement(
                                  Placement.Precision.COUNTRY,
                                  "United States",
                                  "US",
                                  "",
                                  39.76,
                                  -98.5,
                                  6252001,
                                  0.6,
                                  "test"));
                      default -> g;
                    })
            .toList();
    return new Directory(d.title(), d.intro(), d.regions(), groups);
  }

  private static Group with(Group g, String meeting, Placement placement) {
    Group met = g.withMeeting(meeting);
    return placement == null ? met : met.withPlacement(placement);
  }

  @BeforeAll
  void start() {
    FixtureGazetteer gazetteer = new FixtureGazetteer();
    WebServices services =
        new WebServices(
            new LiveDirectory(new FixedSource(directory()), gazetteer),
            gazetteer,
            Clock.fixed(NOW, ZoneOffset.UTC));
    app = WebApp.create(services, WebConfig.defaults()).start("127.0.0.1", 0);
    host = "127.0.0.1:" + app.port();
    base = "http://" + host;
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

  /** The feed with its folded lines unfolded (RFC 5545 §3.1). */
  private static String unfolded(HttpResponse<String> r) {
    return r.body().replace("\r\n ", "");
  }

  private static Calendar calendar(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    try {
      Calendar c = new CalendarBuilder().build(new StringReader(r.body()));
      assertThat(c.validate().getEntries()).as(r.body()).isEmpty();
      return c;
    } catch (IOException | ParserException e) {
      throw new AssertionError(r.body(), e);
    }
  }

  @Test
  void aGroupFeedHasItsRuleInItsZone() throws Exception {
    HttpResponse<String> r = get("/groups/pymunich.ics");
    Calendar c = calendar(r);
    assertThat(c.getComponents("VEVENT")).hasSize(1);
    assertThat(unfolded(r))
        .contains("DTSTART;TZID=Europe/Berlin:20260106T190000")
        .contains("RRULE:FREQ=WEEKLY;BYDAY=TU")
        .contains("BEGIN:VTIMEZONE")
        .contains("URL:" + base + "/groups/pymunich")
        .contains("LOCATION:the Munich office")
        .contains("UID:slug-pymunich-0@localgroups");
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("pymunich.ics");
  }

  @Test
  void aGroupWithoutAZoneHasFloatingTimesAndItsFeedSaysWhy() throws Exception {
    HttpResponse<String> r = get("/groups/austin-python.ics");
    calendar(r);
    assertThat(unfolded(r))
        .contains("DTSTART:20260105T190000")
        .doesNotContain("TZID")
        .contains("Time zone not known: it is placed only in United States");
  }

  @Test
  void aRegionFeedHoldsTheGroupsBelowIt() throws Exception {
    HttpResponse<String> r = get("/regions/europe.ics");
    Calendar c = calendar(r);
    // PyKrakow (all day, 2nd Thursday) and PyMunich (Tuesdays); PyWaw's "monthly" is left out
    assertThat(c.getComponents("VEVENT")).hasSize(2);
    assertThat(unfolded(r)).contains("1 group says how often but not which day");
  }

  @Test
  void aNearFeedHoldsTheGroupsWithinTheRadius() throws Exception {
    HttpResponse<String> r = get("/near.ics?q=" + enc("Kraków") + "&km=50");
    Calendar c = calendar(r);
    assertThat(c.getComponents("VEVENT")).hasSize(1);
    assertThat(r.body()).contains("UID:slug-pykrakow-0@localgroups").doesNotContain("pymunich");
    assertThat(calendar(get("/near.ics?q=Munich")).getComponents("VEVENT")).hasSize(1);
  }

  @Test
  void feedsOfWhatDoesNotExistOrIsNotAskedAreRefused() throws Exception {
    assertThat(get("/groups/no-such-group.ics").statusCode()).isEqualTo(404);
    assertThat(get("/regions/no-such-region.ics").statusCode()).isEqualTo(404);
    assertThat(get("/near.ics").statusCode()).isEqualTo(400);
    assertThat(get("/near.ics?q=Krak%C3%B3w&km=-3").statusCode()).isEqualTo(400);
  }

  @Test
  void aGroupPageShowsTheNextMeetingsAndItsFeeds() throws Exception {
    String page = get("/groups/pykrakow").body();
    assertThat(page)
        .contains("<dt>Next</dt>")
        .contains("Thursday 8 January 2026 — from 'meets the 2nd Thursday of the month'")
        .contains("Then: Thursday 12 February 2026; Thursday 12 March 2026")
        .contains("Read as: monthly on the 2nd Thursday")
        .contains("href=\"/groups/pykrakow.ics\"")
        .contains("href=\"webcal://" + host + "/groups/pykrakow.ics\"");
    assertThat(get("/groups/pymunich").body())
        .contains("Tuesday 6 January 2026, 19:00 local time — from 'every Tuesday at 19:00");
    assertThat(get("/groups/austin-python").body())
        .contains("Monday 5 January 2026, 19:00 local time (time zone not known)")
        .contains("Time zone not known: it is placed only in United States");
  }

  @Test
  void aPartialRuleIsShownAsTextWithoutAFeedLink() throws Exception {
    String page = get("/groups/pywaw").body();
    assertThat(page)
        .contains("Read as: monthly (the day is not said)")
        .doesNotContain("<dt>Next</dt>")
        .doesNotContain("pywaw.ics");
  }

  @Test
  void nearResultsShowNextMeetingsAndTheirFeed() throws Exception {
    String page = get("/near?q=" + enc("Kraków")).body();
    assertThat(page)
        .contains("Next: Thu 8 Jan 2026")
        .contains("href=\"/near.ics?q=Krak%C3%B3w&amp;km=150\"")
        .contains("webcal://" + host + "/near.ics?q=Krak%C3%B3w&amp;km=150");
  }

  @Test
  void aRegionPageLinksItsFeed() throws Exception {
    assertThat(get("/regions/europe").body())
        .contains("href=\"/regions/europe.ics\"")
        .contains("webcal://" + host + "/regions/europe.ics");
  }

  @Test
  void theApiGivesTheNextThreeMeetingsWithOffsets() throws Exception {
    JsonNode g = JSON.readTree(get("/api/groups/pymunich").body());
    assertThat(g.path("meeting_rule").path("kind").asText()).isEqualTo("full");
    assertThat(g.path("meeting_rule").path("rrules").get(0).asText())
        .isEqualTo("FREQ=WEEKLY;BYDAY=TU");
    assertThat(g.path("meeting_rule").path("time_zone").asText()).isEqualTo("Europe/Berlin");
    JsonNode next = g.path("next_meetings");
    assertThat(next).hasSize(3);
    assertThat(next.get(0).path("start").asText()).isEqualTo("2026-01-06T19:00:00+01:00");
    assertThat(next.get(2).path("start").asText()).isEqualTo("2026-01-20T19:00:00+01:00");
    assertThat(next.get(0).path("place").asText()).isEqualTo("the Munich office");

    JsonNode austin = JSON.readTree(get("/api/groups/austin-python").body());
    assertThat(austin.path("next_meetings").get(0).path("start").isNull()).isTrue();
    assertThat(austin.path("next_meetings").get(0).path("local_start").asText()).isEqualTo("19:00");
    assertThat(austin.path("meeting_rule").path("time_zone_note").asText())
        .contains("several time zones");

    JsonNode pywaw = JSON.readTree(get("/api/groups/pywaw").body());
    assertThat(pywaw.path("meeting_rule").path("kind").asText()).isEqualTo("partial");
    assertThat(pywaw.path("next_meetings")).isEmpty();
  }

  @Test
  void meetingsNearAPlaceInASpanAreSortedByTime() throws Exception {
    HttpResponse<String> r =
        get("/api/meetings?near=" + enc("Kraków") + "&from=2026-01-01&to=2026-01-31&km=1000");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    JsonNode meetings = body.path("meetings");
    // Kraków's 2nd Thursday and Munich's four Tuesdays (Munich is ~630 km away)
    assertThat(meetings).hasSize(5);
    List<String> dates = meetings.findValues("date").stream().map(JsonNode::asText).toList();
    assertThat(dates)
        .containsExactly("2026-01-06", "2026-01-08", "2026-01-13", "2026-01-20", "2026-01-27");
    assertThat(meetings.get(1).path("group").path("slug").asText()).isEqualTo("pykrakow");
    assertThat(body.path("from").asText()).isEqualTo("2026-01-01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/meetings",
        "/api/meetings?near=Munich&from=2026-02-30",
        "/api/meetings?near=Munich&from=2026-03-01&to=2026-02-01",
        "/api/meetings?near=Munich&from=2026-01-01&to=2027-06-01",
        "/api/meetings?near=Munich&km=abc"
      })
  void badMeetingQuestionsGetAProblem(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
