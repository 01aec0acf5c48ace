package org.localgroups.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/test-tiers/TestTiers.java}, the summary {@code bin/test} prints, on reports written
 * here the way Surefire, Failsafe and {@link TierRecorder} write them. A missing browser, as the
 * browser tests meet it, fails the run. The program is compiled once and called in this JVM
 * (bin/test launches it as a source file).
 */
class TestTiersTest {
  private static final Path PROGRAM = Path.of("tools/test-tiers/TestTiers.java");

  private static Method run;

  @TempDir Path target;

  @BeforeAll
  static void compile(@TempDir Path classes) throws Exception {
    int exit =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", classes.toString(), PROGRAM.toString());
    assertThat(exit).as("javac " + PROGRAM).isZero();
    Class<?> program =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}).loadClass("TestTiers");
    run = program.getDeclaredMethod("run", String[].class, PrintStream.class);
    run.setAccessible(true);
  }

  record Summary(int exit, String out) {}

  @Test
  void everyTierRunningAndPassingGivesOneLineEachAndSuccess() throws Exception {
    allTiers();

    Summary s = summarise(0, "");

    assertThat(s.exit()).as(s.out()).isZero();
    assertThat(s.out())
        .containsSubsequence(
            "unit             3 run, 0 failed, 0 skipped",
            "integration      1 run, 0 failed, 0 skipped",
            "browser          2 run, 0 failed, 0 skipped",
            "PostgreSQL       1 run, 0 failed, 1 skipped",
            "full disk        1 run, 0 failed, 0 skipped",
            "durability       2 run, 0 failed, 0 skipped",
            "All six tiers ran and passed.");
  }

  @Test
  void aMissingBrowserFailsTheRun() throws Exception {
    allTiers();
    // What Failsafe writes when @BeforeAll throws because Chromium is missing: no test of the class
    // ran.
    for (String browserTest :
        List.of("org.localgroups.web.WebBrowserIT", "org.localgroups.cli.SeedBrowserIT")) {
      report(
          "failsafe-reports",
          browserTest,
          "<testcase name=\"\" classname=\""
              + browserTest
              + "\">"
              + "<error message=\"The browser tests need Chromium\" type=\"java.lang.IllegalStateException\"/></testcase>");
    }

    Summary s = summarise(1, "");

    assertThat(s.exit()).isEqualTo(1);
    assertThat(s.out())
        .contains(
            "browser          0 run, 2 failed (2 in class setup), 0 skipped",
            "Maven failed (exit 1",
            "browser tier: no test passed");
  }

  @Test
  void aTierThatRanNothingFailsEvenWhenMavenPassed() throws Exception {
    allTiers();
    Files.delete(target.resolve("failsafe-reports/TEST-org.localgroups.web.WebBrowserIT.xml"));

    Summary s = summarise(0, "");

    assertThat(s.exit()).isEqualTo(1);
    assertThat(s.out())
        .contains("browser          0 run, 0 failed, 0 skipped", "browser tier: no test passed");
  }

  @Test
  void anOptedOutTierIsNamedAndNotRequired() throws Exception {
    allTiers();
    Files.delete(target.resolve("failsafe-reports/TEST-org.localgroups.web.WebBrowserIT.xml"));

    Summary s = summarise(0, "browser");

    assertThat(s.exit()).as(s.out()).isZero();
    assertThat(s.out())
        .contains("browser      opted out (-Dlocalgroups.skip=browser)", "opted out: browser");
  }

  @Test
  void aReportedClassWithoutATierRecordFailsTheRun() throws Exception {
    allTiers();
    report(
        "surefire-reports",
        "org.localgroups.NewTest",
        "<testcase name=\"works\" classname=\"org.localgroups.NewTest\"/>");

    Summary s = summarise(0, "");

    assertThat(s.exit()).isEqualTo(1);
    assertThat(s.out())
        .contains("no tier record for 1 reported class(es), e.g. org.localgroups.NewTest");
  }

  /**
   * Reports of every tier, nested classes counted as the classes they are, with the tags the
   * listener saw.
   */
  private void allTiers() throws IOException {
    report(
        "surefire-reports",
        "org.localgroups.geo.NameKeyTest",
        "<testcase name=\"folds\" classname=\"org.localgroups.geo.NameKeyTest\"/>");
    report(
        "surefire-reports",
        "org.localgroups.markdown.ReaderTest$Blocks",
        "<testcase name=\"a\" classname=\"org.localgroups.markdown.ReaderTest$Blocks\"/>"
            + "<testcase name=\"b(String)[1]\" classname=\"org.localgroups.markdown.ReaderTest$Blocks\"/>");
    report("surefire-reports", "org.localgroups.markdown.ReaderTest", "");
    report(
        "failsafe-reports",
        "org.localgroups.cli.CliIT",
        "<testcase name=\"imports\" classname=\"org.localgroups.cli.CliIT\"/>");
    report(
        "failsafe-reports",
        "org.localgroups.cli.CliIT$OnPostgres",
        "<testcase name=\"exports\" classname=\"org.localgroups.cli.CliIT$OnPostgres\"><skipped/></testcase>");
    report(
        "failsafe-reports",
        "org.localgroups.store.PostgresDirectoryStoreIT",
        "<testcase name=\"saves\" classname=\"org.localgroups.store.PostgresDirectoryStoreIT\"/>");
    report(
        "failsafe-reports",
        "org.localgroups.web.WebBrowserIT",
        "<testcase name=\"types\" classname=\"org.localgroups.web.WebBrowserIT\"/>"
            + "<testcase name=\"maps\" classname=\"org.localgroups.web.WebBrowserIT\"/>");
    report(
        "failsafe-reports",
        "org.localgroups.cli.FullDiskIT",
        "<testcase name=\"fills\" classname=\"org.localgroups.cli.FullDiskIT\"/>");
    report(
        "failsafe-reports",
        "org.localgroups.curate.DurabilityIT",
        "<testcase name=\"sqlite\" classname=\"org.localgroups.curate.DurabilityIT\"/>"
            + "<testcase name=\"postgres\" classname=\"org.localgroups.curate.DurabilityIT\"/>");
    Files.createDirectories(target.resolve("test-tiers"));
    Files.write(
        target.resolve("test-tiers/tags-1.tsv"),
        List.of(
            "org.localgroups.geo.NameKeyTest\t",
            "org.localgroups.markdown.ReaderTest\t",
            "org.localgroups.markdown.ReaderTest$Blocks\tslow"));
    Files.write(
        target.resolve("test-tiers/tags-2.tsv"),
        List.of(
            "org.localgroups.cli.CliIT\t",
            "org.localgroups.cli.CliIT$OnPostgres\tpostgres",
            "org.localgroups.store.PostgresDirectoryStoreIT\tpostgres",
            "org.localgroups.cli.FullDiskIT\tdisk",
            "org.localgroups.curate.DurabilityIT\tdurability",
            "org.localgroups.web.WebBrowserIT\tbrowser",
            "org.localgroups.cli.SeedBrowserIT\tbrowser"));
  }

  private void report(String folder, String className, String testcases) throws IOException {
    Path dir = Files.createDirectories(target.resolve(folder));
    Files.writeString(
        dir.resolve("TEST-" + className + ".xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\""
            + className
            + "\">"
            + testcases
            + "</testsuite>\n");
  }

  private Summary summarise(int mavenExit, String skip) throws Exception {
    String[] args = {
      "--target", target.toString(), "--maven-exit", String.valueOf(mavenExit), "--skip", skip
    };
    var out = new ByteArrayOutputStream();
    int exit = (int) run.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8));
    return new Summary(exit, out.toString(StandardCharsets.UTF_8));
  }
}
