package org.localgroups.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Makes files and folders really read-only for a test, and undoes it. Permissions alone do not stop
 * root (tests may run as root in a container), so when they are not enough the immutable attribute
 * is set with {@code chattr +i}; when neither works the test is skipped rather than passing vacuously.
 */
public final class ReadOnly implements AutoCloseable {
  private record Undo(Path path, Set<PosixFilePermission> permissions, boolean immutable) {}

  private final Deque<Undo> undo = new ArrayDeque<>();

  public void make(Path path) throws IOException {
    Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
    Files.setPosixFilePermissions(path, Files.isDirectory(path)
        ? Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE)
        : Set.of(PosixFilePermission.OWNER_READ));
    boolean immutable = false;
    if (canWrite(path)) {
      immutable = chattr("+i", path) && !canWrite(path);
    }
    undo.push(new Undo(path, before, immutable));
    assumeTrue(!canWrite(path), "cannot make " + path + " read-only here (root without chattr?)");
  }

  @Override
  public void close() throws IOException {
    while (!undo.isEmpty()) {
      Undo u = undo.pop();
      if (u.immutable()) {
        chattr("-i", u.path());
      }
      Files.setPosixFilePermissions(u.path(), u.permissions());
    }
  }

  private static boolean canWrite(Path path) {
    try {
      if (Files.isDirectory(path)) {
        Files.delete(Files.createTempFile(path, "probe", ".tmp"));
      } else {
        try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
          out.flush();
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean chattr(String flag, Path path) {
    try {
      Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
