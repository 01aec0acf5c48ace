package org.localgroups.meetings;

import java.util.Optional;
import org.localgroups.directory.Group;

/**
 * Rules a group's organisers set themselves, which win over the rule read from the listing's
 * phrase: {@link OrganiserRules#FROM_GROUPS} reads those each group carries; {@link #NONE} ignores
 * them (the phrase alone).
 */
@FunctionalInterface
public interface RuleOverrides {
  /** No group has a rule of its own. */
  RuleOverrides NONE = group -> Optional.empty();

  /** The rule the group's organisers set, if any. */
  Optional<MeetingRule> ruleFor(Group group);
}
