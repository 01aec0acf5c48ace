package org.localgroups.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * is set with {@code chattr +i}; when neither works the test fails, saying so, rather than passing
 * vacuously or being skipped unseen ({@code bin/test} checks for {@code chattr +i} before it
 * builds).
 */
public final class ReadOnly implements AutoCloseable {
  private record Undo(Path path, Set<PosixFilePermission> permissions, boolean immutable) {}

  private final Deque<Undo> undo = new ArrayDeque<>();

  public void make(Path path) throws IOException {
    Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
    Files.setPosixFilePermissions(
        path,
        Files.isDirectory(path)
            ? Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE)
            : Set.of(PosixFilePermission.OWNER_READ));
    String chattr = "";
    boolean immutable = false;
    if (canWrite(path)) {
      chattr = chattr("+i", path);
      immutable = chattr.isEmpty();
    }
    undo.push(new Undo(path, before, immutable));
    if (canWrite(path)) {
      throw new IllegalStateException(
          "Cannot make "
              + path
              + " read-only: file permissions do not stop this user"
              + " (root), and chattr +i "
              + (chattr.isEmpty() ? "did not either" : "failed: " + chattr)
              + ". Run the tests as a normal user, or as root where chattr +i works (e2fsprogs, CAP_LINUX_IMMUTABLE,"
              + " a file system with the immutable attribute).");
    }
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
        try (OutputStream out =
            Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
          out.flush();
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs chattr; empty when it worked, else what went wrong. */
  private static String chattr(String flag, Path path) {
    try {
      Process p =
          new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int exit = p.waitFor();
      return exit == 0 ? "" : output.isEmpty() ? "exit " + exit : output;
    } catch (IOException e) {
      return e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
