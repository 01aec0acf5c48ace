package org.localgroups.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.StoreCopy;
import org.localgroups.store.Stores;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code localgroups migrate --to JDBC_URL}: the whole store, history and all, copied into an empty
 * PostgreSQL database (or, with {@code --to-data}, an empty SQLite data folder).
 */
@Command(
    name = "migrate",
    description =
        "Copy the whole store (directory, revisions, change sets, import runs) into an empty"
            + " database: from the embedded SQLite file to PostgreSQL when the directory outgrows"
            + " one machine, or back. The source is left as it was; the target gets all of it or"
            + " nothing.")
final class MigrateCommand implements Callable<Integer> {
  /** Where to copy to: one of the two. */
  static final class Target {
    @Option(
        names = "--to",
        required = true,
        paramLabel = "JDBC_URL",
        description =
            "an empty PostgreSQL database, e.g."
                + " jdbc:postgresql://127.0.0.1:5432/localgroups?user=postgres")
    @Nullable String url;

    @Option(
        names = "--to-data",
        required = true,
        paramLabel = "DIR",
        description = "a data folder without a database yet (SQLite)")
    @Nullable Path folder;
  }

  @ArgGroup(multiplicity = "1")
  Target target = new Target();

  @Mixin DataOptions data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (target.url != null && !target.url.startsWith("jdbc:postgresql:")) {
      throw LocalGroupsException.badInput(
          "--to takes a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE); for a SQLite"
              + " file use --to-data DIR.");
    }
    if (target.folder != null
        && data.databaseUrl().isEmpty()
        && target
            .folder
            .toAbsolutePath()
            .normalize()
            .equals(data.dataFolder().toAbsolutePath().normalize())) {
      throw LocalGroupsException.badInput("The target folder is the source's own data folder.");
    }
    try (Parts parts = new Parts(data);
        DirectoryStore to = open(target)) {
      StoreCopy.Copied copied = StoreCopy.copy(parts.store(), to, line -> out.println("  " + line));
      out.printf(
          "Copied %d rows in %d tables; the target now holds %d groups at change set %d.%n",
          copied.total(), copied.rows().size(), to.directory().groups().size(), to.version());
      return 0;
    }
  }

  private static DirectoryStore open(Target target) {
    if (target.url != null) {
      return Stores.postgres(target.url, "", "");
    }
    return Stores.sqlite(java.util.Objects.requireNonNull(target.folder));
  }
}
