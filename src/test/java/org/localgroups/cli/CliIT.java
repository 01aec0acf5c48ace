package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;
import org.localgroups.export.DirectoryJson;
import org.localgroups.store.ReadOnly;
import org.localgroups.tiers.PostgresTier;

/**
 * The {@code localgroups} command line, run in-process through {@link
 * Main#run(java.io.OutputStream, java.io.OutputStream, String...)} on temporary data folders (and
 * once on PostgreSQL, once in a child process): import of the seed, every kind of bad input, export
 * in every format, geocode and groups.
 */
class CliIT {
  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");
  private static final int SEED_LINES = 441;
  private static final int SEED_GROUPS = 201;
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  @TempDir Path tmp;

  /** A data folder holding the imported seed, shared by tests that must leave it as it is. */
  private static Path seeded;

  private static String seededJson;

  @BeforeAll
  static void importSeedOnce() throws IOException {
    seeded = Files.createTempDirectory("localgroups-cli-seeded");
    Run first = run("import", SEED.toString(), "--data", seeded.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    seededJson = exportJson(seeded);
  }

  @AfterAll
  static void removeSeeded() throws IOException {
    deleteTree(seeded);
  }

  // ---- import ----

  @Test
  void importsTheSeedPrintingCountsAndTheReport() {
    Path data = tmp.resolve("data");
    Run run = run("import", SEED.toString(), "--data", data.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("Imported LocalUserGroups.moin (moin): " + SEED_LINES + " lines, ")
        .endsWith(", " + SEED_GROUPS + " groups");
    assertThat(run.out())
        .contains("  group ", "  region ", "  unused ", "placed ")
        .contains("Lines not made into data");
    // a line with a note of the page reader is listed, the note printed after the importer's
    // sentence
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches("  line  93  group\\w* +\\S.*; warning \\[swapped-link\\] \\S.*"));
    assertThat(dispositionTotal(run.out())).isEqualTo(SEED_LINES);
    assertThat(data.resolve("localgroups.db")).isRegularFile();
  }

  @Test
  void aSecondImportOfTheSamePageSaysNothingChanged() throws IOException {
    Path data = copyOf(seeded);
    Run again = run("import", SEED.toString(), "--data", data.toString());

    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out().lines().findFirst().orElseThrow())
        .endsWith(SEED_GROUPS + " groups (no change: the stored directory was already this)");
    assertThat(exportJson(data)).isEqualTo(seededJson);
  }

  @Test
  void fullReportPrintsEveryLine() {
    Path data = tmp.resolve("data");
    Run run = run("import", SEED.toString(), "--full-report", "--data", data.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<Integer> reported =
        run.out()
            .lines()
            .filter(l -> l.startsWith("  line "))
            .map(
                l ->
                    Integer.parseInt(
                        l.substring("  line ".length(), "  line ".length() + 3).strip()))
            .toList();
    assertThat(reported).hasSize(SEED_LINES);
    assertThat(reported)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, SEED_LINES).boxed().toList());
  }

  // ---- bad input: one message, a non-zero exit, the stored directory unchanged ----

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path page = Files.write(tmp.resolve("empty.moin"), new byte[0]);
    assertRefused(2, "empty.moin is empty", "import", page.toString());
  }

  @Test
  void refusesABinaryFile() throws IOException {
    // the first bytes of a real PNG: signature, then the IHDR chunk of a 1x1 image
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      8,
      6,
      0,
      0,
      0,
      0x1f,
      0x15,
      (byte) 0xc4,
      (byte) 0x89
    };
    Path page = Files.write(tmp.resolve("logo.png"), png);
    assertRefused(2, "logo.png is a binary file", "import", page.toString());
  }

  @Test
  void refusesABinaryFileNamedLikeAPage() throws IOException {
    byte[] noise = new byte[4096];
    new java.util.Random(42).nextBytes(noise);
    noise[100] = 0;
    Path page = Files.write(tmp.resolve("LocalUserGroups.moin"), noise);
    assertRefused(2, "is a binary file", "import", page.toString());
  }

  @Test
  void refusesInvalidUtf8NamingTheLine() throws IOException {
    // the seed saved as Latin-1 by a careless editor: "Köln" on line 147 becomes the lone byte 0xF6
    byte[] latin1 = Files.readString(SEED).getBytes(StandardCharsets.ISO_8859_1);
    Path page = Files.write(tmp.resolve("latin1.moin"), latin1);
    Run run = assertRefused(2, "latin1.moin is not valid UTF-8 text", "import", page.toString());
    assertThat(run.err()).contains("at line ");
  }

  @Test
  void refusesA100MegabyteFileByItsSizeBeforeReadingIt() throws IOException {
    Path page = tmp.resolve("huge.moin");
    try (var file = new RandomAccessFile(page.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024); // sparse: all NUL bytes, so reading it would say "binary"
    }
    assertRefused(
        2,
        "huge.moin is 100.0 MB; pages larger than 5.0 MB are not imported, as a page is read"
            + " whole: import a larger directory as JSON or CSV (localgroups import FILE.json or"
            + " FILE.csv",
        "import",
        page.toString());
  }

  @Test
  void refusesAJsonOrCsvImportIntoADirectoryThatHasGroupsWithoutReplace() {
    Run csv = run("export", "--format", "csv", "--data", seeded.toString());
    assertThat(csv.exit()).isZero();
    Path file = tmp.resolve("groups.csv");
    writeString(file, csv.out());
    assertRefused(
        2,
        "a JSON or CSV import replaces the directory, so it is done only into an empty one or with"
            + " --replace",
        "import",
        file.toString());
  }

  @Test
  void streamsAJsonExportIntoAnEmptyDirectoryAndExportsItAgainAsItWas() {
    Path file = tmp.resolve("directory.json");
    writeString(file, seededJson);
    Path data = tmp.resolve("data");

    Run run = run("import", file.toString(), "--data", data.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Imported directory.json: ")
        .contains(SEED_GROUPS + " groups", "created, 0 changed, 0 unchanged, 0 removed");
    assertThat(exportJson(data)).isEqualTo(seededJson);
    Run groups = run("groups", "--data", data.toString());
    assertThat(groups.exit()).as(groups.err()).isZero();
    assertThat(groups.out()).isEqualTo(run("groups", "--data", seeded.toString()).out());
  }

  @Test
  void refusesAnUnknownFormatOption() {
    assertRefused(2, "unknown page format 'xyz'", "import", SEED.toString(), "--format", "xyz");
  }

  @Test
  void refusesAFileOfUnknownFormat() throws IOException {
    Run csv = run("export", "--format", "csv", "--data", seeded.toString());
    assertThat(csv.exit()).isZero();
    Path page = Files.writeString(tmp.resolve("groups.txt"), csv.out());
    assertRefused(2, "groups.txt: cannot tell the page format", "import", page.toString());
  }

  @Test
  void refusesAPageWithNoHeadings() throws IOException {
    // a vandalised revision: the whole page replaced by spam paragraphs
    String spam =
        """
        Best replica watches at lowest prices!!! Visit http://cheap-watches.example.com today.

        Buy cheap pills online, no prescription: [[http://pills.example.net|click here]] for 90% off.

        Make money fast working from home. Contact winner[at]lottery[dot]example for your prize.
        """;
    Path page = Files.writeString(tmp.resolve("LocalUserGroups.moin"), spam);
    assertRefused(2, "LocalUserGroups.moin: the page has no headings", "import", page.toString());
  }

  @Test
  void refusesAPageWithHeadingsButNoGroups() throws IOException {
    String page =
        """
        = Africa =
        == Kenya ==
        = Asia =
        == India ==
        Nothing listed here yet.
        ----
        CategoryPythonUserGroups
        """;
    Path file = Files.writeString(tmp.resolve("LocalUserGroups.moin"), page);
    assertRefused(
        2,
        "LocalUserGroups.moin: the page has headings but no group entries",
        "import",
        file.toString());
  }

  @Test
  void saysAMissingFileIsNotFound() {
    Path missing = tmp.resolve("no-such-page.moin");
    assertRefused(3, "no such file: " + missing, "import", missing.toString());
  }

  @Test
  void refusesAFolder() throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("pages.moin"));
    assertRefused(2, "is a folder, not a page file", "import", folder.toString());
  }

  @Test
  void aReadOnlyDatabaseFileIsUnavailableAndKeepsTheDirectory() throws IOException {
    Path data = copyOf(seeded);
    try (ReadOnly readOnly = new ReadOnly()) {
      readOnly.make(data.resolve("localgroups.db"));
      Run run = run("import", otherPage().toString(), "--data", data.toString());
      assertOneMessage(run, 5, "localgroups.db");
    }
    assertThat(exportJson(data)).isEqualTo(seededJson);
  }

  @Test
  void aDatabaseLockedByAnotherWriterIsUnavailableAndKeepsTheDirectory() throws Exception {
    Path data = copyOf(seeded);
    try (Connection other =
            DriverManager.getConnection("jdbc:sqlite:" + data.resolve("localgroups.db"));
        Statement st = other.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
      st.execute("UPDATE directory_meta SET title = 'half-written' WHERE id = 1");

      // waits out the store's busy timeout (a few seconds), then gives up
      Run run = run("import", otherPage().toString(), "--data", data.toString());
      assertOneMessage(run, 5, "localgroups.db");

      st.execute("ROLLBACK");
    }
    assertThat(exportJson(data)).isEqualTo(seededJson);
  }

  @Test
  void aLockedDatabaseGivesOneMessageInARealProcessToo() throws Exception {
    // in a child JVM, so that whatever the libraries log to standard error is seen as a user sees
    // it
    Path data = copyOf(seeded);
    Path page = otherPage();
    try (Connection other =
            DriverManager.getConnection("jdbc:sqlite:" + data.resolve("localgroups.db"));
        Statement st = other.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
      st.execute("UPDATE directory_meta SET title = 'half-written' WHERE id = 1");

      Run run = runProcess(tmp, null, "import", page.toString(), "--data", data.toString());
      assertOneMessage(run, 5, "localgroups.db");

      st.execute("ROLLBACK");
    }
    assertThat(exportJson(data)).isEqualTo(seededJson);
  }

  // ---- export ----

  @ParameterizedTest
  @ValueSource(strings = {"moin", "markdown", "json", "csv", "geojson"})
  void exportsToStandardOutputAndToAFileAlike(String format) throws IOException {
    Run toStdout = run("export", "--format", format, "--data", seeded.toString());
    Path file = tmp.resolve("directory." + format);
    Run toFile =
        run("export", "--format", format, "-o", file.toString(), "--data", seeded.toString());

    assertThat(toStdout.exit()).as(toStdout.err()).isZero();
    assertThat(toFile.exit()).as(toFile.err()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(toStdout.out());
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).containsExactly(file); // no temporary file left beside it
    }
    String text = toStdout.out();
    switch (format) {
      case "json" -> assertThat(DirectoryJson.read(text).groups()).hasSize(SEED_GROUPS);
      case "geojson" ->
          assertThat(text).contains("\"FeatureCollection\"", "\"placed_at\"", "Pykonik");
      case "csv" -> assertThat(text.lines().findFirst().orElseThrow()).contains("name");
      case "moin" ->
          assertThat(text).contains("=== Germany ===", "[[http://www.pycologne.de|pyCologne]]");
      case "markdown" ->
          assertThat(text).contains("### Germany", "[pyCologne](<http://www.pycologne.de>)");
      default -> throw new AssertionError(format);
    }
  }

  @Test
  void exportIntoAMissingFolderFailsClearlyAndWritesNothing() throws IOException {
    Path target = tmp.resolve("no-such-folder/directory.json");
    assertRefused(
        2,
        "cannot write " + target + ": its folder does not exist",
        "export",
        "--format",
        "json",
        "-o",
        target.toString());
    assertThat(tmp.resolve("no-such-folder")).doesNotExist();
  }

  @Test
  void exportOntoAFolderFailsClearlyAndLeavesNoPartialFile() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("out/directory.json"));
    Files.writeString(folder.resolve("keep.txt"), "keep");
    Run run =
        run("export", "--format", "json", "-o", folder.toString(), "--data", seeded.toString());
    assertOneMessage(run, 2, "cannot write " + folder + ": it is a folder");
    try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
      assertThat(files).containsExactly(folder);
    }
    assertThat(folder.resolve("keep.txt")).hasContent("keep");
  }

  @Test
  void anUnknownExportFormatIsRefused() {
    assertRefused(2, "Unknown export format 'xyz'", "export", "--format", "xyz");
  }

  @ParameterizedTest
  @ValueSource(strings = {"moin", "md"})
  void importingAnExportGivesTheSameDirectory(String extension) throws IOException {
    Path page = tmp.resolve("LocalUserGroups." + extension);
    Run export =
        run("export", "--format", extension, "-o", page.toString(), "--data", seeded.toString());
    assertThat(export.exit()).as(export.err()).isZero();

    Path data = tmp.resolve("again");
    Run again = run("import", page.toString(), "--data", data.toString());

    assertThat(again.exit()).as(again.err()).isZero();
    Directory expected = withoutSourceLines(DirectoryJson.read(seededJson));
    Directory actual = withoutSourceLines(DirectoryJson.read(exportJson(data)));
    assertThat(actual).isEqualTo(expected);
  }

  // ---- geocode and groups ----

  @Test
  void geocodeListsKrakowFirstForCracow() {
    Run run = run("geocode", "Cracow");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("1. Kraków");
  }

  @Test
  void geocodeOfAnUnknownPlaceIsNotFoundWithSuggestions() {
    Run run = run("geocode", "Xyzzyville");
    assertOneMessage(run, 3, "No place called 'Xyzzyville' is known; did you mean ");
  }

  @Test
  void groupsOfACountryListsItsGroups() {
    Run run = run("groups", "--country", "DE", "--data", seeded.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    List<Group> german =
        DirectoryJson.read(seededJson).groups().stream()
            .filter(g -> g.placement().countryCode().equals("DE"))
            .toList();
    assertThat(lines).hasSize(german.size());
    assertThat(run.out())
        .contains(
            "PUB",
            "pyCologne",
            "Hamburg Python User Group",
            "Leipzig Python User Group",
            "User Group München",
            "Python Meeting Düsseldorf");
    assertThat(lines).allSatisfy(l -> assertThat(l).contains(" DE "));
  }

  @Test
  void groupsNearAPlaceListsTheNearestFirst() {
    Run run = run("groups", "--near", "Springfield, MO", "--data", seeded.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Near Springfield");
    assertThat(lines.get(1)).contains("PySGF");
  }

  @Test
  void usesTheDataFolderFromTheEnvironment() throws Exception {
    Run run = runProcess(tmp, seeded, "groups", "--country", "DE");
    Run inProcess = run("groups", "--country", "DE", "--data", seeded.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(inProcess.out()).contains("pyCologne");
    assertThat(tmp.resolve("data")).as("./data of the working folder, unused").doesNotExist();
  }

  @Test
  void usesTheDataFolderInTheWorkingFolderByDefault() throws Exception {
    Path work = Files.createDirectory(tmp.resolve("work"));
    copyTree(seeded, work.resolve("data"));
    Run run = runProcess(work, null, "groups", "--country", "DE");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("pyCologne");
  }

  // ---- PostgreSQL ----

  /** The same commands on the PostgreSQL of this machine: the PostgreSQL tier. */
  @Nested
  @PostgresTier
  class OnPostgres {
    @Test
    void importsAndExportsOnPostgres() throws SQLException {
      String schema = "lg_cli_" + UUID.randomUUID().toString().replace("-", "");
      execute("CREATE SCHEMA " + schema);
      try {
        String url = POSTGRES + "&currentSchema=" + schema;
        Run first = run("import", SEED.toString(), "--database-url", url);
        Run second = run("import", SEED.toString(), "--database-url", url);
        Run json = run("export", "--format", "json", "--database-url", url);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out())
            .startsWith("Imported LocalUserGroups.moin (moin): " + SEED_LINES + " lines, ");
        assertThat(second.out().lines().findFirst().orElseThrow())
            .endsWith("(no change: the stored directory was already this)");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(DirectoryJson.read(json.out())).isEqualTo(DirectoryJson.read(seededJson));
        try (Connection c = DriverManager.getConnection(POSTGRES);
            var rs =
                c.createStatement()
                    .executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                            + schema
                            + "'")) {
          rs.next();
          assertThat(rs.getInt(1)).as("tables in the fresh schema").isPositive();
        }
      } finally {
        execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void exportsCsvWithAByteOrderMarkWhenAskedAndRefusesItForOtherFormats() {
    Run plain = run("export", "--format", "csv", "--data", seeded.toString());
    Run withBom = run("export", "--format", "csv", "--bom", "--data", seeded.toString());
    assertThat(withBom.exit()).as(withBom.err()).isZero();
    assertThat(withBom.out()).startsWith("\uFEFF").isEqualTo("\uFEFF" + plain.out());
    Run json = run("export", "--format", "json", "--bom", "--data", seeded.toString());
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.err()).contains("--bom is for CSV");
  }

  /**
   * The server reads the store again when it changed: an import by another process shows on the
   * next request.
   */
  @Test
  void anImportByAnotherProcessShowsOnTheServersNextRequest() throws Exception {
    Path data = tmp.resolve("live");
    try (LocalGroupsServer server =
        LocalGroupsServer.start(
            data, "", "127.0.0.1", 0, org.localgroups.web.WebConfig.defaults())) {
      var http = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      java.util.function.Function<String, String> get =
          path -> {
            try {
              return http.send(
                      java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                          .build(),
                      java.net.http.HttpResponse.BodyHandlers.ofString())
                  .body();
            } catch (IOException | InterruptedException e) {
              throw new AssertionError(e);
            }
          };
      assertThat(get.apply("/health")).contains("\"groups\":" + SEED_GROUPS);
      assertThat(get.apply("/api/groups?q=Golang")).contains("\"total\":0");

      Run imported =
          runProcess(
              tmp,
              data,
              "import",
              Path.of("src/test/resources/markdown/GoUserGroups.md").toAbsolutePath().toString());
      assertThat(imported.exit()).as(imported.err()).isZero();

      assertThat(get.apply("/health")).doesNotContain("\"groups\":" + SEED_GROUPS);
      assertThat(get.apply("/api/groups?q=Golang"))
          .contains("golang-pune")
          .doesNotContain("\"total\":0");
      assertThat(get.apply("/api/near?q=Pune")).contains("\"slug\":\"golang-pune\"");
      assertThat(get.apply("/groups/golang-pune")).contains("Golang Pune");
      assertThat(get.apply("/regions")).contains("Golang Pune").doesNotContain("PyKrakow");
    }
  }

  // ---- helpers ----

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Run run(String... args) {
    return Run.of(args);
  }

  /**
   * Runs the command in a child JVM in {@code workDir}, with LOCALGROUPS_DATA set to {@code data}
   * or unset.
   */
  private static Run runProcess(Path workDir, Path data, String... args) throws Exception {
    var builder = new ProcessBuilder(Run.inChildJvm(args)).directory(workDir.toFile());
    builder.environment().remove(DataOptions.DATABASE_ENV);
    if (data == null) {
      builder.environment().remove(DataOptions.DATA_ENV);
    } else {
      builder.environment().put(DataOptions.DATA_ENV, data.toString());
    }
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the child process did not finish");
      }
      return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  /**
   * Runs a command that must fail on the seeded folder, and checks the message, exit and folder.
   */
  private Run assertRefused(int exit, String message, String... args) {
    String[] withData =
        Stream.concat(Stream.of(args), Stream.of("--data", seeded.toString()))
            .toArray(String[]::new);
    Run run = run(withData);
    assertOneMessage(run, exit, message);
    assertThat(exportJson(seeded))
        .as("the stored directory after the refusal")
        .isEqualTo(seededJson);
    return run;
  }

  private static void assertOneMessage(Run run, int exit, String fragment) {
    assertThat(run.exit()).as(run.err()).isEqualTo(exit);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("localgroups: ")
        .contains(fragment)
        .doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  private static String exportJson(Path data) {
    Run json = run("export", "--format", "json", "--data", data.toString());
    assertThat(json.exit()).as(json.err()).isZero();
    return json.out();
  }

  /** A small valid page that would replace the directory if the import went through. */
  private Path otherPage() throws IOException {
    return Files.writeString(
        tmp.resolve("other.moin"),
        """
        = Europe =
        == Poland ==
         * [[http://pykonik.org|Pykonik]] - Kraków's Python user group
        """);
  }

  private static long dispositionTotal(String out) {
    return out.lines()
        .filter(l -> l.matches(" {2}[a-z_]+ +\\d+ lines"))
        .mapToLong(l -> Long.parseLong(l.replaceAll("\\D+", "")))
        .sum();
  }

  private static Directory withoutSourceLines(Directory d) {
    return new Directory(
        d.title(),
        d.intro(),
        d.regions().stream()
            .map(
                r ->
                    new Region(
                        r.slug(),
                        r.name(),
                        r.level(),
                        r.parentSlug(),
                        r.kind(),
                        r.place(),
                        r.resources(),
                        r.groupSlugs(),
                        0))
            .toList(),
        d.groups().stream()
            .map(
                g ->
                    new Group(
                        g.slug(),
                        g.name(),
                        g.description(),
                        g.links(),
                        g.status(),
                        g.founded(),
                        g.meeting(),
                        g.notes(),
                        g.placement(),
                        List.of()))
            .toList());
  }

  private Path copyOf(Path folder) throws IOException {
    Path copy = tmp.resolve("copy-" + UUID.randomUUID());
    copyTree(folder, copy);
    return copy;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(POSTGRES)) {
      c.createStatement().execute(sql);
    }
  }
}
