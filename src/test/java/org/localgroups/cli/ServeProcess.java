package org.localgroups.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code localgroups serve} in a child JVM as it runs in production ({@code -Xmx256m}, the command
 * line's own wiring), on a random port, with every line it prints kept for the test to read.
 * Closing it stops the child.
 */
final class ServeProcess implements AutoCloseable {
  private static final Path SEED = Path.of("src/main/resources/seed/LocalUserGroups.moin");
  private static final Pattern READY = Pattern.compile("at http://([^/]+):(\\d+)/ \\(ready in");

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final CompletableFuture<String> host = new CompletableFuture<>();

  private ServeProcess(Process process) {
    this.process = process;
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Thread.ofPlatform()
        .daemon()
        .name("serve-output")
        .start(
            () -> {
              try {
                for (String line; (line = lines.readLine()) != null; ) {
                  output.add(line);
                  Matcher m = READY.matcher(line);
                  if (m.find()) {
                    host.complete(m.group(1));
                    port.complete(Integer.parseInt(m.group(2)));
                  }
                }
              } catch (IOException e) {
                // the child is gone; what it printed is kept
              }
              port.completeExceptionally(
                  new IllegalStateException(
                      "the server exited before it was ready:\n" + String.join("\n", output)));
            });
  }

  /**
   * Starts {@code serve --port 0 --data data} plus the given arguments, and waits until it serves.
   */
  static ServeProcess start(Path data, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("serve", "--port", "0", "--data", data.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(Run.inChildJvm(command.toArray(String[]::new)));
    builder.environment().remove(DataOptions.DATABASE_ENV);
    return started(builder);
  }

  /**
   * Starts the {@code serve} command line the builder holds (its output is read here, its standard
   * error merged in), and waits until it serves.
   */
  static ServeProcess started(ProcessBuilder builder) throws Exception {
    ServeProcess serve = new ServeProcess(builder.redirectErrorStream(true).start());
    try {
      serve.port.get(2, TimeUnit.MINUTES);
    } catch (Exception e) {
      serve.close();
      throw e;
    }
    return serve;
  }

  /**
   * Imports the bundled seed page into this data folder in this JVM, which is faster than the
   * child's first start (its JIT is cold): for tests that are not about seeding.
   */
  static Path seeded(Path data) {
    Run imported = Run.of("import", SEED.toString(), "--data", data.toString());
    if (imported.exit() != 0) {
      throw new IllegalStateException("importing the seed failed: " + imported.err());
    }
    return data;
  }

  int port() {
    return port.join();
  }

  /** The host named in the server's "serving ... at http://HOST:PORT/" line. */
  String announcedHost() {
    return host.join();
  }

  /** The child process (its command, its descendants). */
  ProcessHandle handle() {
    return process.toHandle();
  }

  /** Every line the server printed so far. */
  List<String> output() {
    return List.copyOf(output);
  }

  /**
   * Stops the child and whatever it started: asks them to shut down, and kills the child when it
   * does not within 20 s.
   */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      children.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
