package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.localgroups.store.Stores;

/**
 * The command-line edits on the embedded SQLite file; and, in a child process, an argument whose
 * bytes are not UTF-8 as the operating system hands it over.
 */
class SqliteEditCommandsIT extends EditCommandsContract {
  @Override
  protected Database open() throws IOException {
    Path data = Files.createTempDirectory("localgroups-edits");
    return new Database() {
      @Override
      public List<String> where() {
        return List.of("--data", data.toString());
      }

      @Override
      public long count(String table) throws SQLException {
        try (var c =
                DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Stores.SQLITE_FILE));
            var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          return rs.getLong(1);
        }
      }

      @Override
      public void close() throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    };
  }

  /**
   * The JVM reads a process's arguments in the locale's encoding and puts U+FFFD where bytes are
   * not UTF-8: a comment holding the byte 0xFF is refused, and the same edit with a valid "ó" is
   * made.
   */
  @Test
  void aCommentWhoseBytesAreNotUtf8IsRefusedInTheRealProcess() throws Exception {
    Snapshot before = snapshot();
    Run refused = inChildProcess("bad \\xff byte");
    assertThat(refused.exit()).as(refused.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(refused.err()).isEqualTo("localgroups: The comment is not valid UTF-8 text.\n");
    assertThat(snapshot()).isEqualTo(before);

    Run made = inChildProcess("Krak\\xc3\\xb3w");
    assertThat(made.exit()).as(made.err()).isZero();
    assertThat(made.out()).startsWith("Edited 'pyBug' (pybug): revision ");
    assertThat(ok("history", "pybug").out()).contains("  \"Kraków\"");
  }

  /**
   * {@code localgroups edit pybug --set meeting=Thursdays --comment BYTES} in a child JVM, run by
   * bash so that the comment reaches the process as the bytes {@code printf} makes of {@code
   * escapes}.
   */
  private Run inChildProcess(String escapes) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of("bash", "-c", "exec \"$@\" --comment \"$(printf '" + escapes + "')\"", "bash"));
    command.addAll(Run.inChildJvm("edit", "pybug", "--set", "meeting=Thursdays"));
    command.addAll(database().where());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LC_ALL", "C.UTF-8");
    builder.environment().remove(DataOptions.DATABASE_ENV);
    Path out = Files.createTempFile("edit-out", ".txt");
    Path err = Files.createTempFile("edit-err", ".txt");
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
}
