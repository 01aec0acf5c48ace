package org.localgroups.cli;

import org.localgroups.tiers.PostgresTier;

/** Organisers' meeting rules from the command line, on the PostgreSQL of this machine. */
@PostgresTier
class PostgresMeetingRuleCommandsIT extends MeetingRuleCommandsContract {
  @Override
  protected EditCommandsContract.Database open() throws Exception {
    return new PostgresEditCommandsIT().open();
  }
}
