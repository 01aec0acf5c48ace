package org.localgroups.cli;

/** Organisers' meeting rules from the command line, on the embedded SQLite file. */
class SqliteMeetingRuleCommandsIT extends MeetingRuleCommandsContract {
  @Override
  protected EditCommandsContract.Database open() throws Exception {
    return new SqliteEditCommandsIT().open();
  }
}
