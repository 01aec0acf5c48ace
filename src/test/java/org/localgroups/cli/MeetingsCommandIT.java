package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code localgroups meetings --report}: on a page given, and on the stored directory. */
class MeetingsCommandIT {
  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(out, err, args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void reportsEveryPhraseOfTheSeedAndItsReading() {
    Run r = run("meetings", "--report", "--data", tmp.toString(), SEED.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("16 of 201 groups say when they meet: 10 full rules, 6 partial, 0 no rule.")
        .contains(
            "full     pymntos: \"meets the 2nd Thursday of the month\"\n"
                + "         -> monthly on the 2nd Thursday [FREQ=MONTHLY;BYDAY=2TH]; time zone"
                + " America/Chicago")
        .contains("partial  nzpug-christchurch: \"bi-monthly meetings\"");
  }

  @Test
  void reportsOnTheStoredDirectory() {
    assertThat(run("import", "--data", tmp.toString(), SEED.toString()).code()).isZero();
    Run r = run("meetings", "--report", "--data", tmp.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("16 of 201 groups say when they meet:");
  }

  @Test
  void wantsTheReportOption() {
    Run r = run("meetings", "--data", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--report");
  }
}
