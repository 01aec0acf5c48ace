package org.localgroups.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Region;

class LuceneGroupIndexTest {
  private LuceneGroupIndex index;

  @BeforeEach
  void build() {
    index = LuceneGroupIndex.inMemory();
    index.replace(World.directory());
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> slugs(List<NearGroup> groups) {
    return groups.stream().map(NearGroup::groupSlug).toList();
  }

  private List<String> search(String text) {
    return search(text, SearchFilter.NONE);
  }

  private List<String> search(String text, SearchFilter filter) {
    return index.search(text, filter, 20).stream().map(TextHit::groupSlug).toList();
  }

  // ---- nearest

  @Test
  void nearestFromKrakowCentreIsByDistanceWithHaversineKilometres() {
    List<NearGroup> near = index.nearest(50.06143, 19.93658, 4, Double.POSITIVE_INFINITY);
    assertThat(slugs(near))
        .containsExactly("kazimierz-coders", "krakow-pug", "poland-wide", "pywaw");
    assertThat(near.get(0).distanceKm()).isCloseTo(1.3, within(0.1));
    assertThat(near.get(1).distanceKm()).isCloseTo(2.8, within(0.1));
    assertThat(near.get(2).distanceKm()).isCloseTo(215.6, within(0.5));
    assertThat(near.get(3).distanceKm()).isCloseTo(252.5, within(0.5));
  }

  @Test
  void radiusCutsTheNearestList() {
    assertThat(slugs(index.nearest(50.06143, 19.93658, 10, 100)))
        .containsExactly("kazimierz-coders", "krakow-pug");
    assertThat(index.nearest(64.13548, -21.89541, 10, 500))
        .isEmpty(); // Reykjavík: nothing within 500 km
  }

  @Test
  void aZeroRadiusIsAllowed() {
    assertThat(index.nearest(50.06143, 19.93658, 5, 0)).isEmpty();
    assertThat(slugs(index.nearest(-18.14161, 178.44149, 5, 0.001))).containsExactly("suva");
  }

  @Test
  void unplacedGroupsAreNeverNear() {
    List<NearGroup> all = index.nearest(0, 0, 100, Double.POSITIVE_INFINITY);
    assertThat(all).hasSize(16);
    assertThat(slugs(all))
        .doesNotContain("online")
        .startsWith("grupy-sp", "dusseldorf", "kazimierz-coders", "krakow-pug")
        .endsWith("auckland", "tonga", "suva");
  }

  @Test
  void nearestCrossesTheDatelineFromTheWest() {
    // from 179.9°W the nearest group is in Suva at 178.4°E, 180 km away, not Tonga at 175.2°W
    List<NearGroup> near = index.nearest(-18.5, -179.9, 3, Double.POSITIVE_INFINITY);
    assertThat(slugs(near)).containsExactly("suva", "tonga", "auckland");
    assertThat(near.get(0).distanceKm()).isCloseTo(179.5, within(0.5));
    assertThat(near.get(1).distanceKm()).isCloseTo(572.4, within(0.5));
  }

  @Test
  void nearestCrossesTheDatelineFromTheEastAndAtPlusMinus180() {
    assertThat(slugs(index.nearest(-21.1, -178.0, 2, Double.POSITIVE_INFINITY)))
        .containsExactly("tonga", "suva");
    List<NearGroup> east = index.nearest(-18.5, 180, 2, Double.POSITIVE_INFINITY);
    List<NearGroup> west = index.nearest(-18.5, -180, 2, Double.POSITIVE_INFINITY);
    assertThat(slugs(east)).containsExactly("suva", "tonga");
    assertThat(slugs(west)).containsExactly("suva", "tonga");
    assertThat(east.get(0).distanceKm()).isCloseTo(169.3, within(0.5));
    assertThat(west.get(0).distanceKm()).isCloseTo(east.get(0).distanceKm(), within(0.01));
  }

  @Test
  void nearestAtTheNorthPoleIsSvalbardWhateverTheLongitude() {
    List<NearGroup> pole = index.nearest(90, 0, 2, Double.POSITIVE_INFINITY);
    assertThat(slugs(pole)).containsExactly("svalbard", "berlin");
    assertThat(pole.get(0).distanceKm()).isCloseTo(1310.0, within(1.0));
    // just past the pole, on the far side of it from Svalbard
    List<NearGroup> overThePole = index.nearest(89.9, -150, 1, 1500);
    assertThat(slugs(overThePole)).containsExactly("svalbard");
    assertThat(overThePole.get(0).distanceKm()).isCloseTo(1320.8, within(1.0));
    assertThat(index.nearest(90, 180, 1, 1500)).hasSize(1);
  }

  @Test
  void nearestAtTheSouthPoleIsByLatitude() {
    List<NearGroup> pole = index.nearest(-90, 0, 3, Double.POSITIVE_INFINITY);
    assertThat(slugs(pole)).containsExactly("auckland", "sypy", "grupy-sp");
    assertThat(pole.get(0).distanceKm()).isCloseTo(5910.2, within(1.0));
  }

  @Test
  void nearestAgreesWithAFullHaversineScanEverywhereOnTheGlobe() {
    // against brute force, from random points, the poles and both sides of the dateline
    java.util.Random random = new java.util.Random(7);
    int n = 3000;
    double[] lat = new double[n];
    double[] lon = new double[n];
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lat[i] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
      lon[i] = random.nextDouble() * 360 - 180;
      groups.add(
          World.group(
              "g" + i,
              "Group " + i,
              "",
              GroupStatus.ACTIVE,
              World.placed(World.BERLIN, lat[i], lon[i]),
              ""));
    }
    index.replace(new Directory("", List.of(), List.of(), groups));
    List<double[]> from =
        new ArrayList<>(
            List.of(
                new double[] {90, 0},
                new double[] {-90, 0},
                new double[] {70, 180},
                new double[] {70, -180},
                new double[] {-65, 179.99},
                new double[] {10, -179.99}));
    for (int q = 0; q < 200; q++) {
      from.add(
          new double[] {
            Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)), random.nextDouble() * 360 - 180
          });
    }
    for (double[] p : from) {
      double[] brute = new double[n];
      for (int i = 0; i < n; i++) {
        brute[i] = Earth.distanceKm(p[0], p[1], lat[i], lon[i]);
      }
      java.util.Arrays.sort(brute);
      List<NearGroup> near = index.nearest(p[0], p[1], 7, Double.POSITIVE_INFINITY);
      assertThat(near).as("from %s", java.util.Arrays.toString(p)).hasSize(7);
      for (int j = 0; j < 7; j++) {
        assertThat(near.get(j).distanceKm())
            .as("from %s, #%d", java.util.Arrays.toString(p), j)
            .isCloseTo(brute[j], within(0.001));
      }
      List<NearGroup> within500 = index.nearest(p[0], p[1], 100, 500);
      long expected = java.util.Arrays.stream(brute).filter(d -> d <= 500).count();
      assertThat((long) within500.size())
          .as("within 500 km of %s", java.util.Arrays.toString(p))
          .isEqualTo(Math.min(100, expected));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "90.0001, 0, 5, 10, lat must be between",
    "-91, 0, 5, 10, lat must be between",
    "NaN, 0, 5, 10, lat must be between",
    "0, 180.5, 5, 10, lon must be between",
    "0, -181, 5, 10, lon must be between",
    "0, NaN, 5, 10, lon must be between",
    "0, 0, 0, 10, number of groups",
    "0, 0, 101, 10, number of groups",
    "0, 0, 5, -1, radius",
    "0, 0, 5, NaN, radius"
  })
  void nearestRejectsBadInput(double lat, double lon, int k, double radius, String says) {
    assertThatThrownBy(() -> index.nearest(lat, lon, k, radius))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.BAD_INPUT))
        .hasMessageContaining(says);
  }

  @Test
  void emptyIndexHasNothingNear() {
    try (LuceneGroupIndex empty = LuceneGroupIndex.inMemory()) {
      assertThat(empty.nearest(0, 0, 5, Double.POSITIVE_INFINITY)).isEmpty();
      empty.replace(Directory.empty());
      assertThat(empty.nearest(0, 0, 5, Double.POSITIVE_INFINITY)).isEmpty();
      assertThat(empty.search("python", SearchFilter.NONE, 5)).isEmpty();
    }
  }

  // ---- search

  @Test
  void findsByCityWithOrWithoutAccentsAndCase() {
    assertThat(search("Kraków")).containsExactly("krakow-pug");
    assertThat(search("krakow")).containsExactly("krakow-pug");
    assertThat(search("KRAKOW")).containsExactly("krakow-pug");
    assertThat(search("Dusseldorf")).containsExactly("dusseldorf");
    assertThat(search("düsseldorf")).containsExactly("dusseldorf");
    assertThat(search("Sao Paulo")).containsExactly("grupy-sp");
    assertThat(search("usuarios")).containsExactly("grupy-sp");
  }

  @Test
  void findsANameInAnyScriptByItselfAndByItsTransliteration() {
    index.replace(
        new Directory(
            "",
            List.of(),
            List.of(),
            List.of(
                World.group(
                    "moskva",
                    "Москва Питон",
                    "",
                    GroupStatus.ACTIVE,
                    World.placed(World.BERLIN),
                    ""),
                World.group(
                    "dong-jing",
                    "東京 Python",
                    "",
                    GroupStatus.ACTIVE,
                    World.placed(World.TOKYO),
                    ""),
                World.group(
                    "seoul", "서울 파이썬", "", GroupStatus.ACTIVE, World.placed(World.TOKYO), ""),
                World.group(
                    "krakow-pug",
                    "Kraków Python",
                    "",
                    GroupStatus.ACTIVE,
                    World.placed(World.KRAKOW),
                    ""))));
    assertThat(search("Москва")).containsExactly("moskva");
    assertThat(search("moskva")).containsExactly("moskva");
    assertThat(search("Moskva piton")).containsExactly("moskva");
    assertThat(search("東京")).containsExactly("dong-jing");
    assertThat(search("dong jing")).containsExactly("dong-jing");
    assertThat(search("서울")).containsExactly("seoul");
    assertThat(search("seoul")).containsExactly("seoul");
    assertThat(search("krakow")).containsExactly("krakow-pug");
  }

  @Test
  void forgivesTypos() {
    assertThat(search("Pyhton Krakow")).containsExactly("krakow-pug");
    assertThat(search("Krakw")).containsExactly("krakow-pug"); // one edit in a 5-letter word
    assertThat(search("Dusseldrof")).containsExactly("dusseldorf"); // transposition
    assertThat(search("Auckladn Pyton")).containsExactly("auckland"); // two words, one edit each
  }

  @Test
  void shortWordsMustBeSpelledRight() {
    // "PyWa" (4 letters) is one edit from "pywaw"; "Pyw" (3 letters) is too short to forgive
    assertThat(search("pywa")).containsExactly("pywaw");
    assertThat(search("pyw")).isEmpty();
  }

  @Test
  void exactMatchesRankAboveFuzzyOnes() {
    // "berlni" is one transposition from "berlin" and matches nothing exactly
    List<TextHit> exact = index.search("berlin", SearchFilter.NONE, 5);
    List<TextHit> fuzzy = index.search("berlni", SearchFilter.NONE, 5);
    assertThat(exact).extracting(TextHit::groupSlug).containsExactly("berlin");
    assertThat(fuzzy).extracting(TextHit::groupSlug).containsExactly("berlin");
    assertThat(exact.get(0).score()).isGreaterThan(fuzzy.get(0).score());
  }

  @Test
  void nameWeighsMoreThanDescription() {
    List<TextHit> hits = index.search("python user group", SearchFilter.NONE, 20);
    List<String> slugs = hits.stream().map(TextHit::groupSlug).toList();
    // names saying it come before descriptions saying it
    assertThat(slugs.indexOf("krakow-pug")).isLessThan(slugs.indexOf("sypy"));
    assertThat(slugs.indexOf("auckland")).isLessThan(slugs.indexOf("chipy"));
  }

  @Test
  void piggiesFindsThePythonInterestGroup() {
    assertThat(search("piggies")).containsExactly("baypiggies");
    assertThat(search("PIG")).containsExactly("baypiggies");
    assertThat(search("piggy")).containsExactly("baypiggies");
  }

  @Test
  void pugFindsEveryPythonUserGroupByPhrase() {
    assertThat(search("PUG"))
        .containsExactlyInAnyOrder("krakow-pug", "sypy", "auckland", "chipy", "tokyo");
    assertThat(search("pug sydney")).containsExactly("sypy");
  }

  @Test
  void userGroupSpellingsAreOne() {
    assertThat(search("usergroup chicago")).containsExactly("chipy");
    assertThat(search("users group chicago")).containsExactly("chipy");
    assertThat(search("user group tokyo")).containsExactly("tokyo");
  }

  @Test
  void meetupMeansMeetUpAndMeeting() {
    List<String> hits = search("meetup");
    assertThat(hits).contains("dusseldorf", "sf-python", "pywaw", "krakow-pug");
    assertThat(search("meet up warsaw")).containsExactly("pywaw");
    assertThat(search("meeting warsaw")).containsExactly("pywaw");
    // names first
    assertThat(hits.subList(0, 2)).containsExactlyInAnyOrder("dusseldorf", "sf-python");
  }

  @Test
  void findsByRegionHeadingAndLinkLabel() {
    assertThat(search("Pacific Islands")).containsExactlyInAnyOrder("suva", "tonga");
    assertThat(search("baypiggies")).containsExactly("baypiggies");
  }

  @Test
  void everyWordMustMatchWhenSomeGroupHasThemAll() {
    assertThat(search("python berlin")).containsExactly("berlin");
    assertThat(search("svalbard circle")).containsExactly("svalbard");
  }

  @Test
  void fallsBackToAnyWordWhenNoGroupHasThemAll() {
    assertThat(search("python in atlantis")).isNotEmpty();
    assertThat(search("berlin atlantis")).containsExactly("berlin");
  }

  @Test
  void filtersByCountryRegionSubtreeAndStatus() {
    assertThat(search("python", new SearchFilter("DE", "", Optional.empty())))
        .containsExactlyInAnyOrder("berlin", "dusseldorf");
    assertThat(search("python", new SearchFilter("de", "", Optional.empty())))
        .containsExactlyInAnyOrder("berlin", "dusseldorf");
    assertThat(search("python", new SearchFilter("", "usa", Optional.empty())))
        .containsExactlyInAnyOrder("baypiggies", "sf-python", "chipy");
    assertThat(search("python", new SearchFilter("", "europe", Optional.empty())))
        .containsExactlyInAnyOrder(
            "krakow-pug",
            "kazimierz-coders",
            "pywaw",
            "poland-wide",
            "berlin",
            "dusseldorf",
            "svalbard");
    assertThat(search("python", new SearchFilter("", "usa-illinois", Optional.empty())))
        .containsExactly("chipy");
    assertThat(search("python", new SearchFilter("", "", Optional.of(GroupStatus.DEFUNCT))))
        .containsExactly("tokyo");
    assertThat(
            search("python", new SearchFilter("DE", "europe", Optional.of(GroupStatus.INACTIVE))))
        .containsExactly("dusseldorf");
    assertThat(search("python", new SearchFilter("PL", "usa", Optional.empty()))).isEmpty();
    assertThat(search("python", new SearchFilter("", "no-such-region", Optional.empty())))
        .isEmpty();
  }

  @Test
  void unplacedGroupsAreFoundByText() {
    assertThat(search("online study")).containsExactly("online");
  }

  @Test
  void queryTextIsNeverSyntax() {
    assertThat(search("python AND (krakow")).first().isEqualTo("krakow-pug");
    // no group has every word, so any word counts: both groups named come back, nothing throws
    assertThat(search("krakow~ \"  name:* -berlin [a TO z]")).contains("krakow-pug", "berlin");
    assertThat(search("!!! ???")).isEmpty();
    assertThat(search("\\")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'   '", "'\t\n'"})
  void emptyQueryIsBadInput(String text) {
    assertThatThrownBy(() -> index.search(text, SearchFilter.NONE, 10))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.BAD_INPUT));
  }

  @Test
  void oversizedQueriesAndLimitsAreBadInput() {
    assertThatThrownBy(() -> index.search("x".repeat(201), SearchFilter.NONE, 10))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("too long");
    assertThatThrownBy(() -> index.search("a b c d e f g h i j k l m", SearchFilter.NONE, 10))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("too many words");
    assertThatThrownBy(() -> index.search("python", SearchFilter.NONE, 0))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("between 1 and");
    // twelve long words, each fuzzy and with synonyms, stay within Lucene's clause limit
    assertThat(
            index.search(
                "pythonista interesting usergroup meetings piggies pythonic "
                    + "somewhere krakowian warsawian berliner sydneysider aucklander",
                SearchFilter.NONE,
                10))
        .isNotNull();
  }

  // ---- lifecycle

  @Test
  void replaceSwapsTheWholeDirectory() {
    index.replace(
        new Directory(
            "", List.of(), List.of(), List.of(World.directory().group("berlin").orElseThrow())));
    assertThat(search("python")).containsExactly("berlin");
    assertThat(slugs(index.nearest(50, 20, 5, Double.POSITIVE_INFINITY))).containsExactly("berlin");
  }

  @Test
  @Timeout(60)
  void searchesDuringReplaceSeeTheOldOrTheNewDirectoryNeverHalf() throws Exception {
    Directory alpha = numbered("alpha", 300);
    Directory beta = numbered("beta", 200);
    index.replace(alpha);
    Set<String> alphaSlugs = new HashSet<>(alpha.groups().stream().map(Group::slug).toList());
    Set<String> betaSlugs = new HashSet<>(beta.groups().stream().map(Group::slug).toList());
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<String> failure = new AtomicReference<>();
    List<Set<String>> seen = new ArrayList<>();
    Thread reader =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!done.get() && failure.get() == null) {
                    Set<String> got =
                        new HashSet<>(
                            index.search("python", SearchFilter.NONE, 1000).stream()
                                .map(TextHit::groupSlug)
                                .toList());
                    if (!got.equals(alphaSlugs) && !got.equals(betaSlugs)) {
                      failure.set(
                          "saw " + got.size() + " groups, neither all of alpha nor all of beta");
                    }
                    synchronized (seen) {
                      seen.add(got);
                    }
                  }
                });
    for (int i = 0; i < 20; i++) {
      index.replace(i % 2 == 0 ? beta : alpha);
    }
    done.set(true);
    reader.join();
    assertThat(failure.get()).isNull();
    assertThat(seen).isNotEmpty();
  }

  private static Directory numbered(String prefix, int count) {
    List<Group> groups = new ArrayList<>();
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String slug = prefix + "-" + i;
      slugs.add(slug);
      groups.add(
          World.group(
              slug,
              prefix + " Python " + i,
              "",
              GroupStatus.ACTIVE,
              World.placed(World.BERLIN, 52 + i / 1000.0, 13),
              ""));
    }
    return new Directory(
        "",
        List.of(),
        List.of(
            World.region(
                prefix, prefix, 1, "", Region.RegionKind.OTHER, slugs.toArray(String[]::new))),
        groups);
  }

  @Test
  void aPlacementOffTheGlobeLeavesTheGroupFindableByTextOnly() {
    Group broken =
        World.group(
            "atlantis",
            "Atlantis Python",
            "",
            GroupStatus.ACTIVE,
            new org.localgroups.directory.Placement(
                org.localgroups.directory.Placement.Precision.CITY,
                "Atlantis",
                "",
                "",
                95,
                200,
                1,
                0.1,
                "broken import"),
            "");
    index.replace(new Directory("", List.of(), List.of(), List.of(broken)));
    assertThat(search("atlantis")).containsExactly("atlantis");
    assertThat(index.nearest(0, 0, 5, Double.POSITIVE_INFINITY)).isEmpty();
  }

  @Test
  void closingTwiceIsHarmlessAndAClosedIndexSaysSo() {
    LuceneGroupIndex other = LuceneGroupIndex.inMemory();
    other.close();
    other.close();
    assertThatThrownBy(() -> other.search("python", SearchFilter.NONE, 5))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.UNAVAILABLE));
  }

  @Test
  void anIndexInAFolderAnswersTheSame(@TempDir Path folder) {
    try (LuceneGroupIndex onDisk = LuceneGroupIndex.at(folder.resolve("index"))) {
      onDisk.replace(World.directory());
      assertThat(onDisk.search("Pyhton Krakow", SearchFilter.NONE, 5))
          .extracting(TextHit::groupSlug)
          .containsExactly("krakow-pug");
      assertThat(slugs(onDisk.nearest(-18.5, -179.9, 1, 500))).containsExactly("suva");
    }
  }
}
