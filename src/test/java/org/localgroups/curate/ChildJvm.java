package org.localgroups.curate;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * How {@link DurabilityIT} starts {@link ChangeStream}: with the java of this JVM, on this test's
 * class path, tuned to start fast, since a JVM's start is most of what each of its hundreds of
 * kills costs. The project's class folders are packed into two small jars of what the child loads
 * (classes, migrations, the seed page: not the gazetteer's 13 MB), which also lets the JVM keep an
 * ahead-of-time cache of the loaded classes (JDK 25; its training run must end normally, so it is a
 * run of a few changes that ends by itself); the JIT stops at C1 and the collector is the serial
 * one.
 */
final class ChildJvm {
  /** The first JDK whose {@code -XX:AOTCacheOutput} trains and writes the cache in one run. */
  private static final int AOT_ONE_STEP = 25;

  private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
  private final String classPath;
  private final Path aotCache;
  private boolean cached;

  private ChildJvm(String classPath, Path aotCache) {
    this.classPath = classPath;
    this.aotCache = aotCache;
  }

  /** The child's class path, its class folders packed as jars into {@code work}. */
  static ChildJvm prepare(Path work) throws IOException {
    List<String> entries = new ArrayList<>();
    int folders = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = work.resolve("classes-" + folders++ + ".jar");
        pack(path, jar);
        entries.add(jar.toString());
      } else {
        entries.add(entry);
      }
    }
    return new ChildJvm(String.join(File.pathSeparator, entries), work.resolve("child.aot"));
  }

  /**
   * Runs the child to its end, writing the ahead-of-time cache where the JDK can, and returns its
   * exit code.
   */
  int train(List<String> arguments, Path log) throws IOException, InterruptedException {
    boolean canCache = Runtime.version().feature() >= AOT_ONE_STEP;
    List<String> options = canCache ? List.of("-XX:AOTCacheOutput=" + aotCache) : List.<String>of();
    Process p = builder(options, arguments, log).redirectInput(Redirect.PIPE).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write("go\n".getBytes(StandardCharsets.UTF_8));
    }
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("the training run did not end in 10 minutes; see " + log);
    }
    cached = canCache && Files.isRegularFile(aotCache);
    return p.exitValue();
  }

  /** Whether the children start from the ahead-of-time cache. */
  boolean cached() {
    return cached;
  }

  /** Starts the child; its errors are appended to {@code log}. */
  Process start(List<String> arguments, Path log) throws IOException {
    List<String> options = cached ? List.of("-XX:AOTCache=" + aotCache) : List.<String>of();
    return builder(options, arguments, log).start();
  }

  private ProcessBuilder builder(List<String> options, List<String> arguments, Path log) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(
        List.of(
            "--enable-native-access=ALL-UNNAMED",
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData"));
    command.addAll(options);
    command.addAll(List.of("-cp", classPath, ChangeStream.class.getName()));
    command.addAll(arguments);
    return new ProcessBuilder(command).redirectError(Redirect.appendTo(log.toFile()));
  }

  /** Whether the child needs this file of a class folder. */
  private static boolean needed(String name) {
    return name.endsWith(".class")
        || name.startsWith("META-INF/")
        || name.startsWith("db/")
        || name.startsWith("seed/")
        || !name.contains("/");
  }

  private static void pack(Path folder, Path jar) throws IOException {
    try (var out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
        if (needed(name)) {
          out.putNextEntry(new JarEntry(name));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
    }
  }

  /** The last lines of a child's log, for a failure's message. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(" + log + " cannot be read: " + e + ")";
    }
  }
}
