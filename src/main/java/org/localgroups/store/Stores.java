package org.localgroups.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the directory store: an embedded SQLite file by default, PostgreSQL when configured. Either
 * way the schema is migrated on open, and a store that cannot be written fails here, with a
 * sentence that says what to do, rather than at the first import.
 */
public final class Stores {
  private static final Logger LOG = LoggerFactory.getLogger(Stores.class);

  /** The database file's name inside the data folder. */
  public static final String SQLITE_FILE = "localgroups.db";

  /**
   * How long a write waits for another writer (another process on the same file) before giving up.
   * Imports take well under a second; five seconds rides out one, and is short enough for a person
   * at the command line.
   */
  static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(5);

  private Stores() {}

  /**
   * The store in {@code dataDir/localgroups.db}; the folder is created when missing.
   *
   * @throws LocalGroupsException (UNAVAILABLE) when the folder or file cannot be created, opened or
   *     written
   */
  public static DirectoryStore sqlite(Path dataDir) {
    return sqlite(dataDir, SQLITE_BUSY_TIMEOUT);
  }

  /** As {@link #sqlite(Path)}, with another busy timeout (tests use a short one). */
  static DirectoryStore sqlite(Path dataDir, Duration busyTimeout) {
    Path folder = dataDir.toAbsolutePath().normalize();
    createFolder(folder);
    Path file = folder.resolve(SQLITE_FILE);
    var failures = new Failures(Dialect.SQLITE, file.toString(), busyTimeout);
    // Pooled connections keep the file open: no reopening (and no WAL checkpoint on the last close)
    // per call.
    HikariDataSource reads = null;
    HikariDataSource writes = null;
    try {
      reads =
          sqlitePool(
              "localgroups-sqlite-reads",
              sqliteSource(file, busyTimeout, SQLiteConfig.TransactionMode.DEFERRED),
              false);
      writes =
          sqlitePool(
              "localgroups-sqlite-writes",
              sqliteSource(file, busyTimeout, SQLiteConfig.TransactionMode.IMMEDIATE),
              false);
      HikariDataSource r = reads;
      HikariDataSource w = writes;
      return new JdbiDirectoryStore(
              Dialect.SQLITE,
              reads,
              writes,
              failures,
              () -> {
                w.close();
                r.close();
              })
          .open();
    } catch (RuntimeException e) {
      if (writes != null) {
        writes.close();
      }
      if (reads != null) {
        reads.close();
      }
      throw failures.translate(e);
    }
  }

  /**
   * The store for commands that read (export, serve): as {@link #sqlite(Path)}, except on a full
   * disk, where SQLite cannot even open the file for writing (its shared-memory index needs 32 KB).
   * Then an existing database whose write-ahead log is empty (every commit in the file, no other
   * process writing) is opened read-only as an immutable file, which needs no index, and a warning
   * is logged; its reads work and any write fails saying the disk is full.
   *
   * @throws LocalGroupsException (UNAVAILABLE) as {@link #sqlite(Path)} does, when even that is not
   *     possible
   */
  public static DirectoryStore sqliteForReading(Path dataDir) {
    try {
      return sqlite(dataDir);
    } catch (LocalGroupsException e) {
      Path folder = dataDir.toAbsolutePath().normalize();
      Path file = folder.resolve(SQLITE_FILE);
      OptionalLong free = Failures.freeBytesIfNearlyFull(folder);
      if (free.isEmpty() || !Files.isRegularFile(file) || hasUncheckpointedLog(file)) {
        throw e;
      }
      DirectoryStore store = immutableSqlite(file, e);
      if (store == null) {
        throw e;
      }
      LOG.warn(
          "The disk holding {} is full ({} KB free): reading the database as it was last"
              + " written; nothing can be saved until space is freed.",
          file,
          free.getAsLong() / 1024);
      return store;
    }
  }

  /** Whether a write-ahead log with frames lies beside the file: then the file alone is stale. */
  private static boolean hasUncheckpointedLog(Path file) {
    Path wal = file.resolveSibling(file.getFileName() + "-wal");
    try {
      return Files.exists(wal) && Files.size(wal) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * The file opened read-only and immutable; null when it cannot be, or when its schema is older
   * than this version's (migrating it would be a write).
   *
   * @param fullDisk the failure to report then, which keeps why this did not work either
   */
  private static @Nullable DirectoryStore immutableSqlite(
      Path file, LocalGroupsException fullDisk) {
    var failures = new Failures(Dialect.SQLITE, file.toString(), Duration.ZERO);
    var config = new SQLiteConfig();
    config.setReadOnly(true);
    config.enforceForeignKeys(true);
    var source = new SQLiteDataSource(config);
    // immutable: no locks and no shared-memory index, which a full disk cannot hold
    source.setUrl("jdbc:sqlite:file:" + file + "?immutable=1");
    HikariDataSource pool = null;
    try {
      pool = sqlitePool("localgroups-sqlite-immutable", source, true);
      boolean current =
          Flyway.configure()
                  .dataSource(pool)
                  .locations(Dialect.SQLITE.migrations())
                  .load()
                  .info()
                  .pending()
                  .length
              == 0;
      if (current) {
        return new JdbiDirectoryStore(Dialect.SQLITE, pool, pool, failures, pool::close);
      }
    } catch (RuntimeException e) {
      fullDisk.addSuppressed(e);
    }
    if (pool != null) {
      pool.close();
    }
    return null;
  }

  private static HikariDataSource sqlitePool(
      String name, SQLiteDataSource source, boolean readOnly) {
    var config = new HikariConfig();
    config.setDataSource(source);
    // the SQLite driver refuses to change this flag on an open connection: Hikari must agree
    config.setReadOnly(readOnly);
    config.setPoolName(name);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    // Fail on open when the file cannot be opened at all, with the driver's error for Failures to
    // read.
    config.setInitializationFailTimeout(1);
    // Waiting for a pooled connection is not waiting for the file's lock (busy_timeout does that):
    // keep it long.
    config.setConnectionTimeout(Duration.ofSeconds(30).toMillis());
    return new HikariDataSource(config);
  }

  /**
   * The store in a PostgreSQL database, through a small connection pool. Put {@code
   * currentSchema=...} in the URL to use a schema other than {@code public}.
   *
   * @throws LocalGroupsException (UNAVAILABLE) when the database cannot be reached or migrated
   */
  public static DirectoryStore postgres(String jdbcUrl, String user, String password) {
    var config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("localgroups-store");
    config.setMaximumPoolSize(8);
    // a JDBC batch of INSERTs sent as multi-row INSERTs: bulk imports write their rows in batches
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    // Fail on open, quickly, when the database cannot be reached; later waits for a free connection
    // are short.
    config.setInitializationFailTimeout(1);
    config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
    var failures = new Failures(Dialect.POSTGRESQL, redact(jdbcUrl), Duration.ZERO);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw failures.translate(e);
    }
    try {
      return new JdbiDirectoryStore(Dialect.POSTGRESQL, pool, pool, failures, pool::close).open();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * A read replica of a PostgreSQL store, for serving reads: opened read-only, never migrated (the
   * primary's migrations reach it by replication). Use it through {@link ReplicaReads}, which falls
   * back to the primary while the replica lags.
   *
   * @throws LocalGroupsException (UNAVAILABLE) when the replica cannot be reached or read
   */
  public static DirectoryStore postgresReplica(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw LocalGroupsException.badInput(
          "A read replica is a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not "
              + redact(jdbcUrl));
    }
    var config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("localgroups-replica");
    config.setMaximumPoolSize(4);
    config.setReadOnly(true);
    config.setInitializationFailTimeout(1);
    config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
    var failures = new Failures(Dialect.POSTGRESQL, redact(jdbcUrl), Duration.ZERO);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw failures.translate(e);
    }
    try {
      return new JdbiDirectoryStore(Dialect.POSTGRESQL, pool, pool, failures, pool::close)
          .openReplica(redact(jdbcUrl));
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static void createFolder(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw unavailable(
          "The data folder "
              + folder
              + " is a file, not a folder: move the file away or choose another data folder.");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      Path existing = folder;
      while (existing.getParent() != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      OptionalLong free = Failures.freeBytesIfNearlyFull(existing);
      String why =
          free.isPresent()
              ? "the disk holding it is full (" + free.getAsLong() / 1024 + " KB free)"
              : Files.isDirectory(existing)
                  ? existing + " is not writable"
                  : existing + " is a file";
      throw unavailable(
          "The data folder "
              + folder
              + " cannot be created because "
              + why
              + ": fix that or choose another data folder.",
          e);
    }
  }

  /** The connections of both of a SQLite store's pools (package-private for its test). */
  static SQLiteDataSource sqliteSource(
      Path file, Duration busyTimeout, SQLiteConfig.TransactionMode mode) {
    var config = new SQLiteConfig();
    // WAL: readers never block the writer nor each other, and each reader sees one committed state.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL, not NORMAL: in WAL mode NORMAL survives a killed process but may lose the last commits
    // on a
    // power cut; writes here are rare (imports, moderated edits), so the extra fsync per commit is
    // cheap
    // and an approved change is never lost.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout((int) busyTimeout.toMillis());
    // Writes begin with BEGIN IMMEDIATE: the write lock is taken (or waited for) up front, so a
    // write
    // transaction never fails half-way when it turns from reading to writing.
    config.setTransactionMode(mode);
    var source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    return source;
  }

  /** The URL without a password that someone may have put in it. */
  private static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static LocalGroupsException unavailable(String message) {
    return new LocalGroupsException(LocalGroupsException.Kind.UNAVAILABLE, message);
  }

  private static LocalGroupsException unavailable(String message, Throwable cause) {
    return new LocalGroupsException(LocalGroupsException.Kind.UNAVAILABLE, message, cause);
  }
}
