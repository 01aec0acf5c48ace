package org.localgroups;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.localgroups.geo.GeoNamesGazetteer;

/**
 * The package arrows of docs/architecture.md, held by the build. The features are read from the
 * compiled classes (each direct subpackage of {@code org.localgroups}, its own subpackages
 * included: {@code web.api} is part of {@code web}), so a new feature package fails here until its
 * arrows are declared below.
 */
class ArchitectureTest {
  private static final String ROOT = "org.localgroups";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  /** Features every feature may use: the shared text rules (the one fold, hidden addresses). */
  private static final Set<String> SHARED = Set.of("text");

  /**
   * Each feature and the features it may use besides {@link #SHARED}; classes directly in {@code
   * org.localgroups} all may use.
   */
  private static final Map<String, Set<String>> MAY_USE =
      Map.ofEntries(
          entry("text", Set.of()),
          // the front ends know only the outline
          entry("outline", Set.of()),
          entry("moin", Set.of("outline")),
          entry("markdown", Set.of("outline")),
          entry("pages", Set.of("outline", "moin", "markdown")),
          // the model and the gazetteer stand alone
          entry("directory", Set.of()),
          entry("geo", Set.of()),
          // a page's revisions in git (JGit); knows nothing of groups
          entry("wikihistory", Set.of()),
          // fetching other people's URLs safely (SSRF-proof); knows nothing of groups
          entry("fetch", Set.of()),
          // a made-up directory of any size (generate)
          entry("world", Set.of("directory", "geo")),
          // what a link is: URL identity after normalisation, duplicates of groups
          entry("links", Set.of("directory", "geo")),
          // evidence of life: link checks (observations, not revisions), closed platforms, status
          entry("checks", Set.of("fetch", "links", "directory", "revision", "store", "curate")),
          // the model of change: states, revisions, the merge
          entry("revision", Set.of("directory")),
          // core features point down only
          entry("importer", Set.of("outline", "directory", "geo")),
          entry("store", Set.of("directory", "revision")),
          entry("search", Set.of("directory", "geo")),
          // the writers; CSV shows each group's timeline, read from its revisions
          entry("export", Set.of("directory", "revision")),
          // when groups meet: phrases to rules, zones from places, next meetings, feeds
          entry("meetings", Set.of("directory", "geo")),
          // the web reads revisions from the store and edits through curate (the API's PATCH)
          entry(
              "web",
              Set.of(
                  "directory",
                  "geo",
                  "search",
                  "export",
                  "meetings",
                  "revision",
                  "store",
                  "curate",
                  "links",
                  "checks")),
          // the one place that changes the directory: imports as merges, history, edits, bulk
          // imports of the export's JSON and CSV (read by export)
          entry(
              "curate",
              Set.of(
                  "outline",
                  "pages",
                  "export",
                  "directory",
                  "revision",
                  "geo",
                  "importer",
                  "store",
                  "wikihistory",
                  "links",
                  "meetings")),
          // the command line wires everything
          entry(
              "cli",
              Set.of(
                  "outline",
                  "moin",
                  "markdown",
                  "pages",
                  "directory",
                  "revision",
                  "geo",
                  "importer",
                  "store",
                  "curate",
                  "wikihistory",
                  "search",
                  "export",
                  "meetings",
                  "web",
                  "fetch",
                  "links",
                  "checks",
                  "world")));

  /** The feature packages of the compiled code: the first name after {@code org.localgroups.}. */
  static Stream<String> features() {
    Set<String> features = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      String pkg = c.getPackageName();
      if (pkg.startsWith(ROOT + ".")) {
        features.add(pkg.substring(ROOT.length() + 1).split("\\.")[0]);
      }
    }
    return features.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("features")
  void featureUsesOnlyWhatItsArrowsAllow(String feature) {
    assertThat(MAY_USE)
        .as(
            "org.localgroups.%s needs its arrows declared: say in ArchitectureTest.MAY_USE (and"
                + " docs/architecture.md) which features it may use",
            feature)
        .containsKey(feature);
    Set<String> allowed = MAY_USE.get(feature);
    String[] forbidden =
        features()
            .filter(f -> !f.equals(feature) && !allowed.contains(f) && !SHARED.contains(f))
            .map(f -> ROOT + "." + f + "..")
            .toArray(String[]::new);
    if (forbidden.length == 0) {
      return;
    }
    noClasses()
        .that()
        .resideInAPackage(ROOT + "." + feature + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .because(
            "docs/architecture.md: "
                + feature
                + " may use only "
                + (allowed.isEmpty() ? "itself" : String.join(", ", new TreeSet<>(allowed))))
        .check(CLASSES);
  }

  @Test
  void arrowsAreDeclaredOnlyForPackagesThatExist() {
    assertThat(MAY_USE.keySet())
        .as("arrows declared for packages that are gone")
        .allMatch(f -> features().anyMatch(f::equals));
  }

  @Test
  void theGazetteersPartsDoNotCallBackIntoIt() {
    // One-way inside geo: GeoNamesGazetteer puts MentionScan, PlaceRanking, NameIndex and
    // PlaceTable together.
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".geo..")
        .and()
        .doNotBelongToAnyOf(GeoNamesGazetteer.class)
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(GeoNamesGazetteer.class)
        .check(CLASSES);
  }

  @Test
  void nothingBelowTheWebKnowsHttp() {
    // fetch is the other edge: an HTTP client (Jetty's), held to that by the rule below
    noClasses()
        .that()
        .resideOutsideOfPackages(ROOT + ".web..", ROOT + ".cli..", ROOT + ".fetch..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "gg.jte..")
        .check(CLASSES);
  }

  @Test
  void theFetcherIsAnHttpClientOnly() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".fetch..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.javalin..", "org.eclipse.jetty.server..", "org.eclipse.jetty.ee10..", "gg.jte..")
        .check(CLASSES);
  }
}
