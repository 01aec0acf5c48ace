package org.localgroups.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.ImportReport;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.directory.Link;
import org.localgroups.directory.Region;

/**
 * The whole seed page, imported: every line accounted for, every address kept, the tree as the page
 * has it.
 */
class SeedImportTest {
  private static final Directory DIRECTORY = SeedPage.RESULT.directory();
  private static final ImportReport REPORT = SeedPage.RESULT.report();

  @Test
  void accountsForEveryOneOfTheSeedsLines() {
    assertThat(REPORT.lineCount()).isEqualTo(441);
    assertThat(REPORT.entries())
        .extracting(ImportReport.Entry::line)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 441).boxed().toList());
    assertThat(REPORT.entries()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
  }

  @Test
  void leavesNoContentLineUnused() {
    List<ImportReport.Entry> unused =
        REPORT.entries().stream().filter(e -> e.disposition() == Disposition.UNUSED).toList();
    assertThat(unused).isEmpty();
    String[] lines = SeedPage.TEXT.split("\n", -1);
    for (ImportReport.Entry e : REPORT.entries()) {
      if (e.disposition() == Disposition.SKIPPED) {
        String line = lines[e.line() - 1].strip();
        assertThat(line)
            .as("line %d is skipped but has content", e.line())
            .matches("|<<TableOfContents>>|-{4,}|(CategoryUsergroups\\s*)+");
      }
    }
  }

  @Test
  void keepsEveryUrlAndEmailAddressOfTheSeed() {
    Set<String> inSeed = addressesIn(SeedPage.TEXT);
    Set<String> inDirectory = addressesIn(DIRECTORY);
    assertThat(inSeed).hasSizeGreaterThan(200);
    assertThat(inDirectory).containsAll(inSeed);
  }

  @Test
  void buildsTheRegionTreeOfTheHeadings() {
    Region root = DIRECTORY.regions().get(0);
    assertThat(root.name()).isEqualTo("Geographical Breakdown of User Groups");
    assertThat(root.kind()).isEqualTo(Region.RegionKind.ROOT);
    assertThat(DIRECTORY.children(root.slug()))
        .extracting(Region::name)
        .containsExactly(
            "Asia",
            "Oceania",
            "Canada",
            "Caribbean",
            "Europe",
            "Latin America",
            "Middle East",
            "Africa",
            "New Zealand",
            "USA");
    Region california = DIRECTORY.region("california").orElseThrow();
    assertThat(california.kind()).isEqualTo(Region.RegionKind.STATE);
    assertThat(DIRECTORY.region(california.parentSlug()).orElseThrow().name()).isEqualTo("USA");
    assertThat(DIRECTORY.regions())
        .filteredOn(r -> r.kind() != Region.RegionKind.OTHER || r.line() > 0)
        .extracting(Region::name)
        .contains("Thailand/ประเทศไทย", "Cambodia(សីល >>> សមាធិ >>> បញ្ញា)", "Washington, DC");
    // Brazil > Regional (by State) > PyTchê, from plain bullets rather than headings
    Region byState = DIRECTORY.children("brazil").get(0);
    assertThat(byState.name()).isEqualTo("Regional (by State)");
    assertThat(byState.groupSlugs()).contains("pytche", "grupy-sp");
  }

  @Test
  void listsTheSameGroupOnceInEveryRegionThatNamesIt() {
    Group kc = DIRECTORY.group("pythonkc-pykc").orElseThrow();
    assertThat(DIRECTORY.regionsOf(kc.slug()))
        .extracting(Region::name)
        .containsExactly("Kansas", "Missouri");
    assertThat(DIRECTORY.groups()).filteredOn(g -> g.name().startsWith("PythonKC")).hasSize(1);
    Group nzpug = DIRECTORY.group("new-zealand-python-user-group-nzpug").orElseThrow();
    assertThat(DIRECTORY.regionsOf(nzpug.slug()))
        .extracting(Region::name)
        .containsExactly("New Zealand", "New Zealand");
    assertThat(nzpug.links())
        .extracting(Link::url)
        .contains("http://nzpug.org", "http://www.nzpug.org/");
  }

  @Test
  void givesRegionChannelsToTheRegion() {
    Region asia = DIRECTORY.region("asia").orElseThrow();
    assertThat(asia.resources()).extracting(Link::label).containsExactly("Google Group", "IRC");
    Region singapore = DIRECTORY.region("singapore").orElseThrow();
    assertThat(singapore.resources())
        .extracting(Link::url)
        .containsExactly(
            "http://pythonsingapore.com",
            "http://python.sg",
            "https://www.facebook.com/groups/337504009663063",
            "https://www.facebook.com/groups/pythonsg",
            "https://groups.google.com/group/pythonsg",
            "http://webchat.freenode.net/?channels=python-sg");
    assertThat(DIRECTORY.group("ladypy").orElseThrow().links())
        .extracting(Link::url)
        .contains("https://groups.google.com/group/ladypy");
  }

  @Test
  void readsTheQuirksOfThePageForTheirIntent() {
    assertThat(DIRECTORY.group("brisbane").orElseThrow().mainLink().orElseThrow().url())
        .isEqualTo("http://www.meetup.com/Brisbane-Python-User-Group/");
    Link lkpug = DIRECTORY.group("sri-lanka-python-user-group").orElseThrow().links().get(0);
    assertThat(lkpug.url()).isEqualTo("http://facebook.com/lkpug");
    assertThat(lkpug.written()).isEqualTo("http:facebook.com/lkpug");
    assertThat(DIRECTORY.group("pytpug")).as("the group line with no bullet").isPresent();
    assertThat(DIRECTORY.group("hyderabad-python-users-group-hypy"))
        .as("the unindented bullet")
        .isPresent();
    assertThat(DIRECTORY.group("python-cambodian-user-group").orElseThrow().links())
        .extracting(Link::url)
        .contains("mailto:pythonkhmer@google.com", "http://docs.pykhmer.org");
    assertThat(DIRECTORY.group("philippines-python-users-group").orElseThrow().links()).hasSize(2);
    assertThat(DIRECTORY.group("phoenixgeopythongroup").orElseThrow().links())
        .extracting(Link::url)
        .contains("http://phxgeo.org");
  }

  @Test
  void readsStatusFoundingAndMeetingsFromNotes() {
    assertThat(
            DIRECTORY
                .group("illipy-the-champaign-urbana-python-users-group")
                .orElseThrow()
                .status())
        .isEqualTo(GroupStatus.DEFUNCT);
    assertThat(DIRECTORY.group("russian-speaking-python-zope-user-group").orElseThrow().status())
        .isEqualTo(GroupStatus.INACTIVE);
    assertThat(DIRECTORY.group("michipug").orElseThrow().status()).isEqualTo(GroupStatus.STARTING);
    assertThat(DIRECTORY.group("watpy").orElseThrow().founded()).isEqualTo("February 2012");
    assertThat(DIRECTORY.group("winnipug-winnipeg-python-users-group").orElseThrow().founded())
        .isEqualTo("December 2005");
    assertThat(DIRECTORY.group("athenspug").orElseThrow().founded()).isEqualTo("September 2009");
    assertThat(DIRECTORY.group("pymntos").orElseThrow().meeting())
        .isEqualTo("meets the 2nd Thursday of the month");
  }

  @Test
  void classifiesLinks() {
    assertThat(kindOf("http://www.meetup.com/BangPypers/"))
        .isEqualTo(org.localgroups.directory.LinkKind.MEETUP);
    assertThat(kindOf("http://mail.python.org/mailman/listinfo/bangpypers"))
        .isEqualTo(org.localgroups.directory.LinkKind.MAILING_LIST);
    assertThat(kindOf("http://www.twitter.com/pythonrio"))
        .isEqualTo(org.localgroups.directory.LinkKind.TWITTER);
    assertThat(kindOf("http://www.flickr.com/pythonrio"))
        .isEqualTo(org.localgroups.directory.LinkKind.PHOTOS);
    assertThat(kindOf("http://python.org.ar/pyar/Trabajos"))
        .isEqualTo(org.localgroups.directory.LinkKind.JOBS);
    assertThat(kindOf("http://www.linkedin.com/groupInvitation?groupID=3679088"))
        .isEqualTo(org.localgroups.directory.LinkKind.LINKEDIN);
    assertThat(kindOf("mailto:pig@chatta.us")).isEqualTo(org.localgroups.directory.LinkKind.EMAIL);
  }

  @Test
  void reimportingTheSamePageGivesTheSameDirectory() {
    assertThat(SeedPage.importText(SeedPage.TEXT, "LocalUserGroups.moin").directory())
        .isEqualTo(DIRECTORY);
  }

  private static org.localgroups.directory.LinkKind kindOf(String url) {
    return allLinks(DIRECTORY).filter(l -> l.url().equals(url)).findFirst().orElseThrow().kind();
  }

  static Stream<Link> allLinks(Directory d) {
    return Stream.of(
            d.groups().stream().flatMap(g -> g.links().stream()),
            d.regions().stream().flatMap(r -> r.resources().stream()),
            d.intro().stream().flatMap(i -> i.links().stream()))
        .flatMap(s -> s);
  }

  /**
   * URLs (as written) and e-mail addresses in raw page text, by a plain scan independent of the
   * parser.
   */
  static Set<String> addressesIn(String page) {
    Set<String> found = new LinkedHashSet<>();
    Matcher url = Pattern.compile("https?:[^\\s|\\[\\]]+").matcher(page);
    while (url.find()) {
      found.add(url.group().replaceAll("[.,;:)!?'\"]+$", ""));
    }
    Matcher mail = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+").matcher(page);
    while (mail.find()) {
      found.add("mail:" + mail.group().toLowerCase(java.util.Locale.ROOT));
    }
    Matcher hidden = Pattern.compile("([\\w.+-]+)\\[at\\]([\\w-]+)\\[dot\\](\\w+)").matcher(page);
    while (hidden.find()) {
      found.add(
          "mail:"
              + (hidden.group(1) + "@" + hidden.group(2) + "." + hidden.group(3))
                  .toLowerCase(java.util.Locale.ROOT));
    }
    return found;
  }

  /**
   * The same addresses as the directory holds them: URLs as written, e-mail addresses from mailto
   * links.
   */
  static Set<String> addressesIn(Directory d) {
    Set<String> found = new LinkedHashSet<>();
    allLinks(d)
        .forEach(
            l -> {
              if (l.url().startsWith("mailto:")) {
                found.add(
                    "mail:"
                        + l.url()
                            .substring("mailto:".length())
                            .replaceAll("\\?.*$", "")
                            .toLowerCase(java.util.Locale.ROOT));
              } else if (!l.url().isEmpty()) {
                found.add(l.written());
                found.add(l.url());
              }
            });
    return found;
  }
}
