package org.localgroups.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localgroups.store.SqliteBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localgroups backup FILE}: a copy of the embedded database, taken while it is in use. */
@Command(
    name = "backup",
    description =
        "Copy the embedded SQLite database to a new file while the directory is in use (SQLite's"
            + " online backup API): one consistent moment, history and all. For PostgreSQL use"
            + " pg_dump (docs/operations.md).")
final class BackupCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the new file to write (it must not exist)")
  Path file;

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Parts parts = Parts.forReading(data)) {
      SqliteBackup.write(parts.store(), file);
      spec.commandLine()
          .getOut()
          .printf(
              "Backed up %d groups (change set %d) to %s.%n",
              parts.store().directory().groups().size(), parts.store().version(), file);
      return 0;
    }
  }
}
