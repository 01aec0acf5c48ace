package org.localgroups.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.localgroups.LocalGroupsException;
import org.localgroups.LocalGroupsException.Kind;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns what JDBI, Flyway and the drivers throw into one {@link LocalGroupsException} whose message
 * names the database and says what to do. The original exception stays attached as the cause.
 */
final class Failures {
  /**
   * Free space under which a failed write is put down to a full disk. A write needs its pages in
   * the WAL and, to open the file at all, the 32 KB shared-memory index; an import writes a few
   * hundred KB. A disk with less than this free is the likeliest cause of any I/O failure, and
   * worth naming even when it is not the only one.
   */
  static final long NEARLY_FULL_BYTES = 1024 * 1024;

  private final Dialect dialect;
  private final String location;
  private final Duration busyTimeout;

  /**
   * @param location the database file, or the (redacted) JDBC URL
   * @param busyTimeout how long SQLite waits for a lock, for the message
   */
  Failures(Dialect dialect, String location, Duration busyTimeout) {
    this.dialect = dialect;
    this.location = location;
    this.busyTimeout = busyTimeout;
  }

  LocalGroupsException translate(RuntimeException e) {
    if (e instanceof LocalGroupsException already) {
      return already;
    }
    Optional<SQLException> sql = sqlCause(e);
    if (sql.isEmpty()) {
      return new LocalGroupsException(
          Kind.UNAVAILABLE,
          "The database "
              + location
              + " could not be used ("
              + firstLine(e)
              + "): check that it belongs to this version of localgroups.",
          e);
    }
    return switch (dialect) {
      case SQLITE -> sqlite(sql.get(), e);
      case POSTGRESQL -> postgres(sql.get(), e);
    };
  }

  private LocalGroupsException sqlite(SQLException sql, RuntimeException e) {
    SQLiteErrorCode code =
        sql instanceof SQLiteException s ? s.getResultCode() : SQLiteErrorCode.UNKNOWN_ERROR;
    String name = code.name();
    if (name.startsWith("SQLITE_CONSTRAINT")) {
      return rejected(e);
    }
    // A full disk shows as SQLITE_FULL only when the database file itself cannot grow; creating
    // the shared-memory index or the WAL fails as an I/O error (or cannot-open, or read-only)
    boolean mayBeSpace =
        name.startsWith("SQLITE_FULL")
            || name.startsWith("SQLITE_IOERR")
            || name.startsWith("SQLITE_CANTOPEN")
            || name.startsWith("SQLITE_READONLY");
    OptionalLong free =
        mayBeSpace ? freeBytesIfNearlyFull(folderOf(location)) : OptionalLong.empty();
    String message;
    if (free.isPresent()) {
      message = fullDisk(location, free.getAsLong());
    } else if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
      message =
          "The database file "
              + location
              + " is locked by another process or connection for more than "
              + busyTimeout.toMillis()
              + " ms: wait for it to finish or stop it, then try again.";
    } else if (name.startsWith("SQLITE_READONLY")
        || name.startsWith("SQLITE_PERM")
        || name.startsWith("SQLITE_AUTH")) {
      message =
          "The database file "
              + location
              + " cannot be written because it or its folder is read-only: make both writable, or choose another data folder.";
    } else if (name.startsWith("SQLITE_CANTOPEN")) {
      message =
          "The database file "
              + location
              + " cannot be opened: make sure its folder exists and is writable, or choose another data folder.";
    } else if (name.startsWith("SQLITE_FULL")) {
      message =
          "The database file "
              + location
              + " cannot grow because the disk is full: free some space and try again.";
    } else if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
      message =
          "The file "
              + location
              + " is not a usable localgroups database: move it away (a new one will be created) or restore a backup.";
    } else if (name.startsWith("SQLITE_IOERR")) {
      message =
          "The database file "
              + location
              + " cannot be read or written (disk I/O error): check the disk and the file's permissions.";
    } else {
      message =
          "The database file "
              + location
              + " failed ("
              + name
              + "): check the file and its folder, then try again.";
    }
    return new LocalGroupsException(Kind.UNAVAILABLE, message, e);
  }

  private LocalGroupsException postgres(SQLException sql, RuntimeException e) {
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    if (state.startsWith("23")) {
      return rejected(e);
    }
    String message;
    if (state.startsWith("08") || state.startsWith("57P") || state.isEmpty()) {
      message =
          "The PostgreSQL database "
              + location
              + " cannot be reached: check that it is running and that the URL is right, then try again.";
    } else if (state.startsWith("28")) {
      message =
          "The PostgreSQL database "
              + location
              + " refused the user name or password: check the credentials.";
    } else if (state.equals("25006")) {
      message =
          "The PostgreSQL database "
              + location
              + " is read-only (a standby?): point localgroups at the primary.";
    } else if (state.equals("42501")) {
      message =
          "The PostgreSQL user may not change "
              + location
              + ": grant it the rights on the schema or use its owner.";
    } else if (state.startsWith("3F") || state.startsWith("3D")) {
      message =
          "The PostgreSQL database or schema in " + location + " does not exist: create it first.";
    } else if (state.startsWith("40")) {
      return new LocalGroupsException(
          Kind.CONFLICT,
          "Another change to " + location + " happened at the same time: try again.",
          e);
    } else if (state.startsWith("53")) {
      message =
          "The PostgreSQL database "
              + location
              + " is out of resources (disk, memory or connections): try again later.";
    } else {
      message =
          "The PostgreSQL database "
              + location
              + " failed (SQL state "
              + state
              + "): check its log, then try again.";
    }
    return new LocalGroupsException(Kind.UNAVAILABLE, message, e);
  }

  /** The sentence for a database that cannot be written because its disk is full. */
  static String fullDisk(String location, long freeBytes) {
    return "The database file "
        + location
        + " cannot be written because the disk holding it is full ("
        + (freeBytes / 1024)
        + " KB free): free some space and try again.";
  }

  /**
   * The usable space of the file system holding this folder (or its nearest existing parent), when
   * it is below {@link #NEARLY_FULL_BYTES}; empty when there is more, or when it cannot be told.
   */
  static OptionalLong freeBytesIfNearlyFull(Path folder) {
    Path existing = folder.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return OptionalLong.empty();
    }
    try {
      long free = Files.getFileStore(existing).getUsableSpace();
      return free < NEARLY_FULL_BYTES ? OptionalLong.of(free) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  private static Path folderOf(String file) {
    Path parent = Path.of(file).toAbsolutePath().getParent();
    return parent == null ? Path.of(file).toAbsolutePath() : parent;
  }

  /** The schema refused the data itself: nothing was written. */
  private LocalGroupsException rejected(RuntimeException e) {
    return new LocalGroupsException(
        Kind.BAD_INPUT,
        "The directory was not saved because it breaks a rule of the store (two groups or regions with one slug,"
            + " or a reference to a missing group or parent region); nothing was changed.",
        e);
  }

  private static Optional<SQLException> sqlCause(Throwable e) {
    // The innermost SQLException is the driver's own, with the most precise code.
    SQLException found = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        found = s;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.ofNullable(found);
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage()).strip();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).strip();
  }
}
