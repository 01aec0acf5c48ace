package org.localgroups.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the data lives: a folder for the embedded SQLite file, or a PostgreSQL URL. */
final class DataOptions {
  static final String DATA_ENV = "LOCALGROUPS_DATA";
  static final String DATABASE_ENV = "LOCALGROUPS_DATABASE_URL";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "data folder (default: $" + DATA_ENV + " or ./data)")
  Path data;

  @Option(
      names = "--database-url",
      paramLabel = "JDBC_URL",
      description =
          "use PostgreSQL instead of the embedded SQLite file, e.g. "
              + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres (default: $"
              + DATABASE_ENV
              + ")")
  String databaseUrl;

  Path dataFolder() {
    if (data != null) {
      return data;
    }
    String env = System.getenv(DATA_ENV);
    return env == null || env.isBlank() ? Path.of("data") : Path.of(env);
  }

  String databaseUrl() {
    if (databaseUrl != null) {
      return databaseUrl;
    }
    String env = System.getenv(DATABASE_ENV);
    return env == null ? "" : env;
  }
}
