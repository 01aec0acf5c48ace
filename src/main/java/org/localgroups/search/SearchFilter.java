package org.localgroups.search;

import java.util.Optional;
import org.localgroups.directory.GroupStatus;

/**
 * Restrictions on a text search; empty strings mean "any".
 *
 * @param countryCode ISO alpha-2 of the group's placement
 * @param regionSlug groups listed in this region or any region below it
 * @param status only groups with this status
 */
public record SearchFilter(String countryCode, String regionSlug, Optional<GroupStatus> status) {
  public static final SearchFilter NONE = new SearchFilter("", "", Optional.empty());
}
