package org.localgroups.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: what a {@code localgroups} command printed and returned, run in this JVM through
 * {@link Main#run(java.io.OutputStream, java.io.OutputStream, String...)}; and the command line
 * that runs one in a child JVM.
 */
record Run(int exit, String out, String err) {
  List<String> errLines() {
    return err.lines().toList();
  }

  /** Runs the command in this JVM, its output and messages captured as UTF-8. */
  static Run of(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int exit = Main.run(out, err, args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * The command line of {@code localgroups args...} in a child JVM on this test's class path, with
   * the heap {@code bin/localgroups} gives it.
   */
  static List<String> inChildJvm(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
