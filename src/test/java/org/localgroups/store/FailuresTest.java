package org.localgroups.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.LocalGroupsException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite's errors in sentences; the full disk only when the disk is full (FullDiskIT fills one).
 */
class FailuresTest {
  @TempDir Path folder;

  @Test
  void anIoErrorOnADiskWithRoomIsNotCalledAFullDisk() {
    assertThat(Failures.freeBytesIfNearlyFull(folder)).isEmpty();
    assertThat(Failures.freeBytesIfNearlyFull(folder.resolve("not/yet/made"))).isEmpty();
    var failures =
        new Failures(Dialect.SQLITE, folder.resolve("x.db").toString(), Duration.ofSeconds(5));
    LocalGroupsException e =
        failures.translate(
            new IllegalStateException(
                new SQLiteException("disk I/O error", SQLiteErrorCode.SQLITE_IOERR_SHMSIZE)));
    assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.UNAVAILABLE);
    assertThat(e.getMessage()).contains("disk I/O error").doesNotContain("full");
  }

  @Test
  void theFullDiskSentenceSaysHowMuchIsFree() {
    assertThat(Failures.fullDisk("/data/localgroups.db", 16 * 1024))
        .isEqualTo(
            "The database file /data/localgroups.db cannot be written because the disk holding it"
                + " is full (16 KB free): free some space and try again.");
  }
}
