package org.localgroups.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.localgroups.LocalGroupsException;

/**
 * A copy of the embedded database taken while it is in use, through SQLite's online backup API (the
 * driver's {@code backup to FILE}): a consistent snapshot of one moment, written pages at a time,
 * while readers and the server go on. The copy is a database file like the original: {@code
 * localgroups serve --data FOLDER} runs on a folder holding it as {@code localgroups.db}.
 */
public final class SqliteBackup {
  private SqliteBackup() {}

  /**
   * Writes a copy of the store to {@code file}, which must not exist yet.
   *
   * @throws LocalGroupsException (BAD_INPUT) when the store is not SQLite or the file exists or its
   *     folder is missing; nothing is written then
   */
  public static void write(DirectoryStore store, Path file) {
    if (!(store instanceof JdbiDirectoryStore s) || s.dialect() != Dialect.SQLITE) {
      throw LocalGroupsException.badInput(
          "backup copies the embedded SQLite database; back up PostgreSQL with its own tools"
              + " (pg_dump), see docs/operations.md.");
    }
    Path target = file.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      throw LocalGroupsException.badInput(
          target + " already exists: name a new file, so that no earlier backup is overwritten.");
    }
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw LocalGroupsException.badInput(
          "The folder of " + target + " does not exist: create it first.");
    }
    if (target.toString().contains("\"") || target.toString().contains("'")) {
      throw LocalGroupsException.badInput("Name a backup file without quotes in its path.");
    }
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      s.readSnapshot(
          h -> {
            try (Statement st = h.getConnection().createStatement()) {
              st.executeUpdate("backup to \"" + partial + "\"");
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException("the backup failed: " + e.getMessage(), e);
            }
            return null;
          });
      Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "The backup could not be written: " + e.getMessage(),
          e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // left for the user to remove; the backup itself succeeded or failed above
      }
    }
  }
}
