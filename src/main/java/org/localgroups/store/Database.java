package org.localgroups.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * The store's database for tables that are not the directory's (link checks, what people say of a
 * group): observations kept beside the directory, never revisions of it. Each call is one
 * transaction on the store's own connections; failures are translated as the store's are, into a
 * sentence that says what to do. The schema of those tables is migrated with the store's.
 */
public interface Database {
  /** Runs a read in one snapshot transaction. */
  <T> T read(HandleCallback<T, RuntimeException> work);

  /** Runs a write in one transaction (all or nothing). */
  <T> T write(HandleCallback<T, RuntimeException> work);

  /**
   * Makes the current write transaction the only writer until it ends (as the directory's writers
   * are): then {@code MAX(id) + 1} is a free id.
   */
  void lockForWrite(Handle handle);

  /** An instant as a bind argument for this database's timestamp columns. */
  Object instant(Instant at);

  /** An instant read from a timestamp column. */
  Instant instant(ResultSet rs, String column) throws SQLException;
}
