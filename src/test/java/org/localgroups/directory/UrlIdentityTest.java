package org.localgroups.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlIdentityTest {

  private static final boolean SAME = true;
  private static final boolean NOT_SAME = false;

  /** A URL, another, whether they are the same link, and why. */
  static Stream<Arguments> pairs() {
    return Stream.of(
        // ---- every site
        row("http://pykonik.org", "https://pykonik.org", SAME, "scheme"),
        row("http://www.pykonik.org/", "http://pykonik.org", SAME, "www. and trailing slash"),
        row("http://PyKonik.ORG/", "http://pykonik.org", SAME, "host case"),
        row("http://pykonik.org:80/", "https://pykonik.org:443", SAME, "default ports"),
        row("http://pykonik.org:8080/", "http://pykonik.org", NOT_SAME, "another port"),
        row("http://m.pykonik.org/meetings", "http://pykonik.org/meetings", SAME, "m. prefix"),
        row("http://pykonik.org./", "http://pykonik.org", SAME, "trailing dot of the host"),
        row("http://pykonik.org//a//b/", "http://pykonik.org/a/b", SAME, "doubled slashes"),
        row("http://pykonik.org/index.html", "http://pykonik.org/", SAME, "index page"),
        row("http://pykonik.org/?", "http://pykonik.org/#", SAME, "empty query and fragment"),
        row(
            "http://pykonik.org/?utm_source=x&utm_medium=y",
            "http://pykonik.org",
            SAME,
            "utm_ parameters"),
        row(
            "https://pykonik.org/about?fbclid=IwAR0abc&gclid=xyz&ref=hn",
            "https://pykonik.org/about",
            SAME,
            "fbclid, gclid, ref"),
        row("http://a.org/?b=2&a=1", "http://a.org/?a=1&b=2", SAME, "parameter order"),
        row("http://a.org/?page=2", "http://a.org/?page=3", NOT_SAME, "a real parameter"),
        row("http://a.org/?id=AbC", "http://a.org/?id=abc", NOT_SAME, "parameter values keep case"),
        row(
            "http://wiki.python.org/moin/LocalUserGroups",
            "http://wiki.python.org/moin/localusergroups",
            NOT_SAME,
            "a MoinMoin page name is case-sensitive"),
        row("http://pykonik.org/a#top", "http://pykonik.org/a#bottom", NOT_SAME, "fragments"),
        row("http://pykonik.org", "http://pykonik.com", NOT_SAME, "another domain"),
        row("http://www2.pykonik.org", "http://pykonik.org", NOT_SAME, "www2 is another host"),
        row("http://user@pykonik.org/", "http://pykonik.org", SAME, "user info"),
        // ---- Google Groups
        row(
            "http://groups.google.com/group/python-dk",
            "https://groups.google.com/g/python-dk",
            SAME,
            "old and new form"),
        row(
            "https://groups.google.com/forum/#!forum/chilepython",
            "http://groups.google.com/group/chilepython/",
            SAME,
            "the #!forum form"),
        row(
            "https://groups.google.com/forum/?fromgroups&hl=en#!forum/afpyro-be",
            "https://groups.google.com/g/afpyro-be/about",
            SAME,
            "?fromgroups#!forum and /about"),
        row(
            "https://groups.google.com/d/forum/pyham",
            "https://groups.google.com/group/pyham/topics",
            SAME,
            "/d/forum and /topics"),
        row(
            "http://groups.google.com/group/PyTche",
            "http://groups.google.com/group/pytche",
            SAME,
            "group names are case-insensitive"),
        row(
            "http://groups.google.com/group/chennaipy?pli=1",
            "http://groups.google.com/group/chennaipy",
            SAME,
            "query of a group page"),
        row(
            "http://groups.google.co.uk/group/python-north-east",
            "https://groups.google.com/g/python-north-east",
            SAME,
            "country domain"),
        row(
            "http://groups.google.com.pe/group/python-peru",
            "http://groups.google.com/group/python-peru",
            SAME,
            "country domain com.pe"),
        row(
            "https://groups.google.com/a/python.org/g/pug",
            "https://groups.google.com/g/pug",
            NOT_SAME,
            "a Workspace domain's group is another"),
        row(
            "http://groups.google.com/group/python-mk",
            "http://groups.google.com/group/python-ma",
            NOT_SAME,
            "another group"),
        // ---- Meetup
        row("http://meetup.com/pythonhug", "https://www.meetup.com/pythonhug/", SAME, "www, /"),
        row(
            "https://www.meetup.com/BangPypers/events/",
            "http://www.meetup.com/bangpypers",
            SAME,
            "/events/ and case"),
        row("https://www.meetup.com/pythonhug/about", "https://m.meetup.com/pythonhug", SAME, "m."),
        row(
            "https://www.meetup.com/de-DE/PyData-Berlin/",
            "https://www.meetup.com/pydata-berlin",
            SAME,
            "locale prefix"),
        row(
            "https://www.meetup.com/pythonhug/?utm_campaign=x",
            "https://www.meetup.com/pythonhug",
            SAME,
            "tracking"),
        row(
            "https://www.meetup.com/pythonhug/events/123456/",
            "https://www.meetup.com/pythonhug/",
            NOT_SAME,
            "one event is another link"),
        row(
            "https://www.meetup.com/pythonhug",
            "https://www.meetup.com/pydata-hug",
            NOT_SAME,
            "another group"),
        row("http://python.meetup.com/185/", "http://meetup.com/185", NOT_SAME, "topic site"),
        // ---- Facebook
        row(
            "https://www.facebook.com/groups/pythonsg",
            "https://m.facebook.com/groups/PythonSG/about/",
            SAME,
            "m., case, /about"),
        row(
            "https://fb.com/groups/257485030936281",
            "https://www.facebook.com/groups/257485030936281/",
            SAME,
            "fb.com"),
        row(
            "https://www.facebook.com/pages/Python-Brasil/123456789",
            "https://facebook.com/123456789",
            SAME,
            "/pages/Name/ID is the page's id"),
        row(
            "https://www.facebook.com/profile.php?id=123456789",
            "https://www.facebook.com/123456789",
            SAME,
            "profile.php?id="),
        row(
            "https://www.facebook.com/PyConBR/?ref=page_internal",
            "https://facebook.com/pyconbr",
            SAME,
            "a page, its case and ref"),
        row(
            "https://www.facebook.com/groups/pinoypug",
            "https://www.facebook.com/pinoypug",
            NOT_SAME,
            "a group and a page of one name"),
        // ---- LinkedIn
        row(
            "http://www.linkedin.com/groups?gid=4212357",
            "https://www.linkedin.com/groups/4212357",
            SAME,
            "?gid="),
        row(
            "http://www.linkedin.com/groups/Python-Montenegro-pythonme-4212357",
            "https://linkedin.com/groups/4212357/profile",
            SAME,
            "Name-ID and /profile"),
        row(
            "https://www.linkedin.com/groups/Python-Montenegro-4212357/about",
            "https://pl.linkedin.com/groups?home=&gid=4212357&trk=anet_ug_hm",
            SAME,
            "/about, country subdomain, extra parameters"),
        row(
            "http://www.linkedin.com/groupInvitation?groupID=3679088",
            "https://www.linkedin.com/groups/3679088",
            SAME,
            "groupInvitation"),
        row(
            "https://www.linkedin.com/groups/3679088",
            "https://www.linkedin.com/groups/3679089",
            NOT_SAME,
            "another group id"),
        // ---- Twitter, GitHub, Yahoo Groups
        row("http://twitter.com/PythonChile", "https://x.com/pythonchile", SAME, "twitter, x.com"),
        row("http://twitter.com/#!/pythonrio", "http://www.twitter.com/pythonrio", SAME, "#!/"),
        row("https://github.com/PyKonik/", "https://github.com/pykonik", SAME, "GitHub case"),
        row(
            "http://groups.yahoo.com/neo/groups/pug-ip/info",
            "http://groups.yahoo.com/group/pug-ip/",
            SAME,
            "Yahoo Groups forms"),
        // ---- not the web
        row("mailto:Info@PyKonik.org", "mailto:info@pykonik.org", SAME, "e-mail case"),
        row("mailto:info@pykonik.org", "http://pykonik.org", NOT_SAME, "mail is not the site"));
  }

  private static Arguments row(String a, String b, boolean same, String why) {
    return Arguments.of(a, b, same, why);
  }

  @ParameterizedTest(name = "{3}: {0} vs {1}")
  @MethodSource("pairs")
  void foldsWhatDoesNotTellTwoLinksApart(String a, String b, boolean same, String why) {
    Link la = new Link(LinkKind.WEBSITE, a, "", a);
    Link lb = new Link(LinkKind.WEBSITE, b, "", b);
    if (same) {
      assertThat(la.identity()).as(why).isEqualTo(lb.identity());
    } else {
      assertThat(la.identity()).as(why).isNotEqualTo(lb.identity());
    }
  }

  @Test
  void theTableHasAtLeastFortyPairsOfBothKinds() {
    assertThat(pairs().count()).isGreaterThanOrEqualTo(40);
    assertThat(pairs().filter(p -> !(boolean) p.get()[2]).count()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void sharedSiteRootsInEveryForm() {
    for (String root :
        new String[] {
          "http://meetup.com/",
          "https://www.meetup.com",
          "http://groups.google.com/",
          "https://www.facebook.com/",
          "https://m.facebook.com"
        }) {
      assertThat(new Link(LinkKind.WEBSITE, root, "", root).isSharedSiteRoot()).as(root).isTrue();
    }
    String group = "https://www.meetup.com/pythonhug/";
    assertThat(new Link(LinkKind.WEBSITE, group, "", group).isSharedSiteRoot()).isFalse();
  }

  @Test
  void neverThrowsOnBrokenUrls() {
    for (String u : new String[] {"http://", "https://[::1", "http://a b/%zz?&&=#", "http:///x"}) {
      assertThat(UrlIdentity.of(u)).as(u).isNotNull();
    }
  }
}
