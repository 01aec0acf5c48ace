package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.curate.Editor;
import org.localgroups.directory.Directory;
import org.localgroups.revision.Change;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Origin;
import org.localgroups.revision.RegionState;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.States;
import org.localgroups.search.LiveDirectory;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.StoreFixtures;
import org.localgroups.web.server.WebApp;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The history pages and the Atom feed over HTTP, on a real store: the fixture directory saved as an
 * import, then changed through {@link Editor} (a rename, edits, a move, a removal, hostile authors
 * and comments). Each database runs this class through its subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HistoryPagesContract {
  static final String HOSTILE_COMMENT = "<script>alert(\"c\")</script> & 'quotes' ]]>";
  static final String HOSTILE_AUTHOR = "<img src=x onerror=alert(1)>";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private StoreFixtures.Database database;
  private DirectoryStore store;
  private Javalin app;
  private String base;
  private String renamedSlug;
  private final List<Long> krakowEdits = new ArrayList<>();
  private long removal;

  /** A fresh, empty database. */
  protected abstract StoreFixtures.Database newDatabase() throws Exception;

  @BeforeAll
  void start() throws Exception {
    database = newDatabase();
    store = database.store();
    StoreFixtures.save(store, FixtureDirectory.directory());
    FixtureGazetteer gazetteer = new FixtureGazetteer();
    Editor editor = new Editor(store, gazetteer, Ids.random());
    renamedSlug =
        editor
            .edit("pywaw", name("Warsaw Python"), 0, new Editor.Attribution("ana", "new name"))
            .after()
            .slug();
    for (int i = 1; i <= 5; i++) {
      krakowEdits.add(
          editor
              .edit(
                  "pykrakow",
                  description("Cracow's Python Users Group, take " + i),
                  0,
                  new Editor.Attribution("bob", "wording " + i))
              .revision());
    }
    editor.edit(
        "kyiv-py", moveTo("poland"), 0, new Editor.Attribution("dan", "listed under Poland"));
    editor.edit(
        "pymunich",
        description("Munich's Python group"),
        0,
        new Editor.Attribution(HOSTILE_AUTHOR, HOSTILE_COMMENT));
    renameRegion("brazil", "brasil", "Brasil");
    removal =
        editor.remove("pycologne", 0, new Editor.Attribution("carl", HOSTILE_COMMENT)).revision();
    WebServices services =
        new WebServices(
            new LiveDirectory(store, gazetteer), gazetteer, java.time.Clock.systemUTC(), store);
    app = WebApp.create(services, WebConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      app.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  /** Renames a region as an edit would (the Editor changes groups only). */
  private void renameRegion(String slug, String newSlug, String newName) {
    Directory d = store.directory();
    RegionState was = States.region(d, d.region(slug).orElseThrow());
    RegionState now =
        new RegionState(
            was.id(),
            newSlug,
            newName,
            was.level(),
            was.parent(),
            was.kind(),
            was.place(),
            was.resources());
    store.apply(
        ChangeSet.edit(
            Origin.EDIT,
            "eve",
            "the name in Portuguese",
            List.of(
                new Change(
                    store.entity(was.ref()).orElseThrow().revision(),
                    RevisionKind.EDIT,
                    now,
                    false))),
        Optional.empty());
  }

  private static Editor.GroupFields fields(
      Optional<String> name, Optional<String> description, Optional<String> moveTo) {
    return new Editor.GroupFields(
        name,
        description,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        moveTo,
        Optional.empty());
  }

  private static Editor.GroupFields name(String name) {
    return fields(Optional.of(name), Optional.empty(), Optional.empty());
  }

  private static Editor.GroupFields description(String d) {
    return fields(Optional.empty(), Optional.of(d), Optional.empty());
  }

  private static Editor.GroupFields moveTo(String region) {
    return fields(Optional.empty(), Optional.empty(), Optional.of(region));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String page(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + "\n" + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    return r.body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---- old slugs

  @Test
  void theCsvExportEndsEachRowWithTheGroupsTimeline() throws Exception {
    var r = get("/api/export/csv");
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> lines = r.body().lines().toList();
    assertThat(lines.get(0))
        .endsWith("first_listed,first_listed_revision,last_changed,last_changed_revision");
    // every stored group has been listed since the fixture was saved: its row ends with two
    // dates and two revision numbers
    assertThat(lines.subList(1, lines.size()))
        .isNotEmpty()
        .allMatch(
            l -> l.matches(".*,\\d{4}-\\d\\d-\\d\\dT[^,]*Z,\\d+,\\d{4}-\\d\\d-\\d\\dT[^,]*Z,\\d+"),
            "ends with its timeline");
  }

  @Test
  void anOldSlugAnswers301ToTheCurrentOneWithItsSubPagesAndQuery() throws Exception {
    assertThat(renamedSlug).isNotEqualTo("pywaw");
    for (String[] from :
        new String[][] {
          {"/groups/pywaw", "/groups/" + renamedSlug},
          {"/groups/pywaw.ics", "/groups/" + renamedSlug + ".ics"},
          {"/groups/pywaw/history?limit=2", "/groups/" + renamedSlug + "/history?limit=2"},
          {"/groups/pywaw/diff?from=1&to=2", "/groups/" + renamedSlug + "/diff?from=1&to=2"}
        }) {
      HttpResponse<String> r = get(from[0]);
      assertThat(r.statusCode()).as(from[0]).isEqualTo(301);
      assertThat(r.headers().firstValue("Location")).as(from[0]).contains(from[1]);
    }
    assertThat(page("/groups/" + renamedSlug)).contains("Warsaw Python");
  }

  @Test
  void anOldRegionSlugAnswers301ToTheCurrentOne() throws Exception {
    for (String[] from :
        new String[][] {
          {"/regions/brazil", "/regions/brasil"}, {"/regions/brazil.ics", "/regions/brasil.ics"}
        }) {
      HttpResponse<String> r = get(from[0]);
      assertThat(r.statusCode()).as(from[0]).isEqualTo(301);
      assertThat(r.headers().firstValue("Location")).as(from[0]).contains(from[1]);
    }
    assertThat(page("/regions/brasil")).contains("Brasil");
  }

  @Test
  void aSlugNobodyHadIsStill404() throws Exception {
    assertThat(get("/groups/never-was-here").statusCode()).isEqualTo(404);
    assertThat(get("/groups/never-was-here/history").statusCode()).isEqualTo(404);
  }

  // ---- removed groups

  @Test
  void aRemovedGroupsPageIs410AndSaysSinceWhenByWhomAndWhy() throws Exception {
    HttpResponse<String> r = get("/groups/pycologne");
    assertThat(r.statusCode()).isEqualTo(410);
    Revision rev = store.revision(removal).orElseThrow();
    String day =
        java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH)
            .withZone(java.time.ZoneOffset.UTC)
            .format(rev.at());
    assertThat(r.body())
        .contains("PyCologne")
        .contains("was removed from the directory on")
        .contains(day)
        .contains(">carl<")
        .contains("&lt;script&gt;alert(\"c\")&lt;/script&gt; &amp; 'quotes'")
        .doesNotContain("<script>alert(")
        .contains("href=\"/groups/pycologne/history\"");
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page("/groups/pycologne/history")).contains("Removed").contains(">carl<");
  }

  // ---- history

  @Test
  void theHistoryListsEachRevisionNewestFirstWithItsFieldDiff() throws Exception {
    String html = page("/groups/pykrakow/history");
    List<Long> ids = revisionIds(html);
    assertThat(ids).hasSize(6).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(ids.subList(0, 5)).containsExactlyElementsOf(krakowEdits.reversed());
    assertThat(html)
        .contains("6 revisions")
        .contains("Edited")
        .contains(">bob<")
        .contains("wording 5")
        .contains("<th scope=\"row\">description</th>")
        .contains("<del>Cracow's Python Users Group, take 4</del>")
        .contains("<ins>Cracow's Python Users Group, take 5</ins>")
        .contains(
            "href=\"/groups/pykrakow/diff?from="
                + krakowEdits.get(3)
                + "&amp;to="
                + krakowEdits.get(4)
                + "\"")
        .contains("UTC");
  }

  @Test
  void theHistoryIsPagedWithBefore() throws Exception {
    List<Long> seen = new ArrayList<>();
    String path = "/groups/pykrakow/history?limit=2";
    int pages = 0;
    while (path != null) {
      String html = page(path);
      List<Long> ids = revisionIds(html);
      assertThat(ids).hasSizeLessThanOrEqualTo(2);
      seen.addAll(ids);
      Matcher older = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(html);
      path = older.find() ? older.group(1).replace("&amp;", "&") : null;
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen)
        .hasSize(6)
        .doesNotHaveDuplicates()
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(page("/groups/pykrakow/history?limit=2&before=" + seen.get(1)))
        .contains("href=\"/groups/pykrakow/history?limit=2\"");
  }

  private static List<Long> revisionIds(String html) {
    List<Long> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<li class=\"revision\" id=\"r(\\d+)\"").matcher(html);
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    return ids;
  }

  @Test
  void theGroupPageShowsWhenItLastChangedAndItsTimeline() throws Exception {
    String html = page("/groups/" + renamedSlug);
    assertThat(html)
        .contains("Last changed")
        .contains(">ana<")
        .contains("href=\"/groups/" + renamedSlug + "/history\"")
        .contains("First listed")
        .contains("Renamed: PyWaw → Warsaw Python");
    assertThat(page("/groups/kyiv-py")).contains("Moved: Ukraine → Poland");
  }

  // ---- diff

  @Test
  void theDiffOfTwoRevisionsIsFieldByField() throws Exception {
    String html =
        page("/groups/pykrakow/diff?from=" + krakowEdits.get(0) + "&to=" + krakowEdits.get(4));
    assertThat(html)
        .contains("<del>Cracow's Python Users Group, take 1</del>")
        .contains("<ins>Cracow's Python Users Group, take 5</ins>")
        .contains("wording 1")
        .contains("wording 5")
        .doesNotContain("<th scope=\"row\">name</th>");
  }

  @Test
  void badDiffsAreProblemsWithAClearMessage() throws Exception {
    long version = store.version();
    HttpResponse<String> abc = get("/groups/pykrakow/diff?from=abc&to=" + krakowEdits.get(0));
    assertThat(abc.statusCode()).isEqualTo(400);
    assertThat(abc.body()).contains("from must be a revision number");
    HttpResponse<String> missing = get("/groups/pykrakow/diff?from=" + krakowEdits.get(0));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("to is missing");
    HttpResponse<String> unknown =
        get("/groups/pykrakow/diff?from=" + krakowEdits.get(0) + "&to=999999999");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("There is no revision 999999999.");
    HttpResponse<String> other =
        get("/groups/pykrakow/diff?from=" + removal + "&to=" + krakowEdits.get(0));
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("is of PyCologne, not of PyKrakow");
    assertThat(get("/groups/pykrakow/history?before=abc").statusCode()).isEqualTo(400);
    assertThat(store.version()).isEqualTo(version);
  }

  // ---- recent changes

  @Test
  void recentChangesAreNewestFirstAndFilteredByKindAuthorAndRegion() throws Exception {
    String all = page("/changes");
    List<Long> ids = changeIds(all);
    assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(ids.getFirst()).isEqualTo(removal);
    assertThat(all)
        .contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Recent changes\" href=\"/changes.atom\">")
        .contains("href=\"/groups/pykrakow/diff?from=")
        .contains("href=\"/groups/pykrakow\"");

    assertThat(changeIds(page("/changes?kind=remove"))).containsExactly(removal);
    assertThat(changeIds(page("/changes?author=bob")))
        .containsExactlyElementsOf(krakowEdits.reversed());
    List<Long> germany = changeIds(page("/changes?region=germany&kind=edit,remove"));
    assertThat(germany).hasSize(2).contains(removal);
    // Europe holds Poland and Germany: the Kraków edits are in, nothing from the Americas
    String europe = page("/changes?region=europe&limit=500");
    assertThat(changeIds(europe)).containsAll(krakowEdits).contains(removal);
    assertThat(europe).doesNotContain("Bay Area PIGgies");
    assertThat(page("/changes?region=usa-california")).doesNotContain("PyKrakow");
  }

  @Test
  void recentChangesArePaged() throws Exception {
    String first = page("/changes?author=bob&limit=3");
    assertThat(changeIds(first)).containsExactlyElementsOf(krakowEdits.reversed().subList(0, 3));
    Matcher older = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
    assertThat(older.find()).isTrue();
    String second = page(older.group(1).replace("&amp;", "&"));
    assertThat(changeIds(second)).containsExactlyElementsOf(krakowEdits.reversed().subList(3, 5));
    assertThat(second).doesNotContain("rel=\"next\"");
  }

  private static List<Long> changeIds(String html) {
    List<Long> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<tr id=\"r(\\d+)\">").matcher(html);
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    return ids;
  }

  @Test
  void hostileAuthorsAndCommentsAreEscapedOnPages() throws Exception {
    String html = page("/changes?limit=500");
    assertThat(html)
        .doesNotContain(HOSTILE_AUTHOR)
        .doesNotContain("<script>alert(")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("href=\"/changes?author=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E\"");
    assertThat(page("/groups/pymunich/history"))
        .doesNotContain(HOSTILE_AUTHOR)
        .contains("&lt;script&gt;alert(\"c\")&lt;/script&gt;");
    String byAuthor = page("/changes?author=" + enc(HOSTILE_AUTHOR));
    assertThat(changeIds(byAuthor)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/changes?before=abc",
        "/changes?before=-3",
        "/changes?region=atlantis",
        "/changes?kind=vandalism",
        "/changes?limit=0",
        "/changes.atom?km=-1&near=Krak%C3%B3w",
        "/changes.atom?before=abc",
        "/changes.atom?region=atlantis"
      })
  void badParametersAre400Problems(String path) throws Exception {
    long version = store.version();
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    if (path.startsWith("/changes.atom")) {
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      JsonNode problem = JSON.readTree(r.body());
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("detail").asText()).isNotBlank();
    } else {
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(r.body()).contains("That request did not work");
    }
    assertThat(store.version()).isEqualTo(version);
  }

  // ---- the Atom feed

  private HttpResponse<String> atom(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    return r;
  }

  private static SyndFeed rome(HttpResponse<String> r) throws Exception {
    SyndFeedInput input = new SyndFeedInput();
    return input.build(
        new InputSource(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theFeedParsesWithRomeAndHasRfc4287sRequiredElements() throws Exception {
    HttpResponse<String> r = atom("/changes.atom");
    SyndFeed feed = rome(r);
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getUri()).isEqualTo(base + "/changes.atom");
    assertThat(feed.getTitle()).contains("recent changes");
    assertThat(feed.getPublishedDate()).isNotNull();
    assertThat(feed.getEntries()).isNotEmpty();
    SyndEntry newest = feed.getEntries().getFirst();
    assertThat(newest.getUri()).isEqualTo(base + "/revisions/" + removal);
    assertThat(newest.getAuthor()).isEqualTo("carl");
    assertThat(newest.getTitle()).isEqualTo("Removed group PyCologne");
    assertThat(newest.getLink()).startsWith(base + "/groups/pycologne/diff?from=");
    assertRfc4287(r.body());
  }

  /**
   * RFC 4287 §4.1.1 and §4.1.2, checked with the JDK's parser: the feed has exactly one id, title
   * and updated, an author (or every entry has one); each entry has exactly one id, title and
   * updated, an author, and a link rel=alternate; ids are absolute IRIs, times RFC 3339.
   */
  static void assertRfc4287(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    Element feed = doc.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertOne(feed, "id");
    assertOne(feed, "title");
    assertOne(feed, "updated");
    boolean feedAuthor = !children(feed, "author").isEmpty();
    for (Element entry : children(feed, "entry")) {
      assertOne(entry, "id");
      assertOne(entry, "title");
      assertOne(entry, "updated");
      assertThat(feedAuthor || !children(entry, "author").isEmpty()).isTrue();
      for (Element author : children(entry, "author")) {
        assertOne(author, "name");
      }
      assertThat(
              children(entry, "link").stream()
                  .filter(l -> l.getAttribute("rel").equals("alternate") || !l.hasAttribute("rel"))
                  .count())
          .isEqualTo(1);
      assertThat(URI.create(children(entry, "id").getFirst().getTextContent()).isAbsolute())
          .isTrue();
      java.time.OffsetDateTime.parse(children(entry, "updated").getFirst().getTextContent());
    }
    assertThat(URI.create(children(feed, "id").getFirst().getTextContent()).isAbsolute()).isTrue();
    java.time.OffsetDateTime.parse(children(feed, "updated").getFirst().getTextContent());
  }

  private static void assertOne(Element parent, String name) {
    assertThat(children(parent, name)).as(parent.getLocalName() + "/" + name).hasSize(1);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e
          && "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI())
          && e.getLocalName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void theFeedTakesTheSameFiltersAndNear() throws Exception {
    SyndFeed bob = rome(atom("/changes.atom?author=bob&limit=2"));
    assertThat(bob.getEntries())
        .extracting(SyndEntry::getUri)
        .containsExactly(
            base + "/revisions/" + krakowEdits.get(4), base + "/revisions/" + krakowEdits.get(3));
    assertThat(bob.getEntries().getFirst().getDescription().getValue())
        .contains("wording 5")
        .contains(
            "description: Cracow's Python Users Group, take 4 → Cracow's Python Users Group, take 5");
    assertThat(bob.getLinks())
        .anySatisfy(
            l -> {
              assertThat(l.getRel()).isEqualTo("next");
              assertThat(l.getHref()).contains("before=" + krakowEdits.get(3));
            });
    SyndFeed near = rome(atom("/changes.atom?near=" + enc("Kraków") + "&km=10"));
    assertThat(near.getEntries()).isNotEmpty();
    // the fixture's hostile group is placed in Kraków too; Warsaw is 250 km away
    assertThat(near.getEntries())
        .allSatisfy(
            e ->
                assertThat(e.getLink())
                    .containsAnyOf("/groups/pykrakow", "/groups/" + FixtureDirectory.XSS_SLUG));
    assertThat(near.getEntries()).anySatisfy(e -> assertThat(e.getAuthor()).isEqualTo("bob"));
    SyndFeed removals = rome(atom("/changes.atom?kind=remove&region=europe"));
    assertThat(removals.getEntries())
        .extracting(SyndEntry::getUri)
        .containsExactly(base + "/revisions/" + removal);
    SyndFeed none = rome(atom("/changes.atom?author=nobody"));
    assertThat(none.getEntries()).isEmpty();
    assertRfc4287(atom("/changes.atom?author=nobody").body());
  }

  @Test
  void hostileTextIsEscapedInTheFeedAndReadBackExactly() throws Exception {
    HttpResponse<String> r = atom("/changes.atom?limit=500");
    assertThat(r.body()).doesNotContain(HOSTILE_AUTHOR).doesNotContain("<script>");
    assertRfc4287(r.body());
    SyndFeed feed = rome(r);
    SyndEntry munich =
        feed.getEntries().stream()
            .filter(e -> e.getAuthor().equals(HOSTILE_AUTHOR))
            .findFirst()
            .orElseThrow();
    assertThat(munich.getDescription().getValue()).startsWith(HOSTILE_COMMENT);
    assertThat(munich.getTitle()).isEqualTo("Edited group PyMunich");
  }

  @Test
  void aRevisionsPermanentAddressLeadsToItsDiff() throws Exception {
    HttpResponse<String> r = get("/revisions/" + krakowEdits.get(1));
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location"))
        .contains("/groups/pykrakow/diff?from=" + krakowEdits.get(0) + "&to=" + krakowEdits.get(1));
    assertThat(get("/revisions/999999999").statusCode()).isEqualTo(404);
    assertThat(get("/revisions/x").statusCode()).isEqualTo(400);
  }
}
