package org.localgroups.curate;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

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
  private final Path work;
  private final String classPath;
  private final List<String> options;

  private ChildJvm(Path work, String classPath, List<String> options) {
    this.work = work;
    this.classPath = classPath;
    this.options = List.copyOf(options);
  }

  /**
   * The child's class path, its class folders packed as jars into {@code work}, and SQLite's native
   * library unpacked there once (the driver otherwise unpacks it into the temporary folder at every
   * start, and a killed process leaves its copy behind).
   */
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
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    List<String> options = new ArrayList<>(List.of("-Djava.io.tmpdir=" + tmp));
    String library = System.mapLibraryName("sqlitejdbc");
    String resource =
        "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + library;
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in != null) {
        Path folder = Files.createDirectories(work.resolve("native"));
        Files.copy(in, folder.resolve(library));
        options.add("-Dorg.sqlite.lib.path=" + folder);
        options.add("-Dorg.sqlite.lib.name=" + library);
      }
    }
    return new ChildJvm(work, String.join(File.pathSeparator, entries), options);
  }

  /**
   * Runs the child to its end and returns the child that starts from the ahead-of-time cache this
   * wrote (on a JDK that can), or fails.
   *
   * @param name names the cache: one per store, since each loads its own driver's classes
   */
  ChildJvm trained(String name, List<String> arguments, Path log)
      throws IOException, InterruptedException {
    Path cache = work.resolve(name + ".aot");
    boolean canCache = Runtime.version().feature() >= AOT_ONE_STEP;
    List<String> training = new ArrayList<>(options);
    if (canCache) {
      training.add("-XX:AOTCacheOutput=" + cache);
    }
    Process p = builder(training, arguments, log).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write("go\n".getBytes(StandardCharsets.UTF_8));
    }
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("the training run did not end in 10 minutes; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "the training run ended with " + p.exitValue() + ":\n" + tail(log));
    }
    List<String> cached = new ArrayList<>(options);
    if (canCache && Files.isRegularFile(cache)) {
      cached.add("-XX:AOTCache=" + cache);
    }
    return new ChildJvm(work, classPath, cached);
  }

  /** Whether the child starts from an ahead-of-time cache. */
  boolean cached() {
    return options.stream().anyMatch(o -> o.startsWith("-XX:AOTCache="));
  }

  /** Starts the child; its errors are appended to {@code log}. */
  Process start(List<String> arguments, Path log) throws IOException {
    return builder(options, arguments, log).start();
  }

  private ProcessBuilder builder(List<String> extra, List<String> arguments, Path log) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(
        List.of(
            "--enable-native-access=ALL-UNNAMED",
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData"));
    command.addAll(extra);
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

  /**
   * A jar of the folder's needed files, with an entry for each folder above them: without those,
   * {@code ClassLoader.getResources("db/migration/sqlite")} finds nothing, and neither does Flyway.
   */
  private static void pack(Path folder, Path jar) throws IOException {
    Set<String> folders = new HashSet<>();
    try (var out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
        if (!needed(name)) {
          continue;
        }
        for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
          String parent = name.substring(0, slash + 1);
          if (folders.add(parent)) {
            out.putNextEntry(new JarEntry(parent));
            out.closeEntry();
          }
        }
        out.putNextEntry(new JarEntry(name));
        Files.copy(file, out);
        out.closeEntry();
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
