package org.localgroups.directory;

import java.util.Locale;
import java.util.Optional;

/**
 * Which groups of a directory a list shows; empty strings mean "any".
 *
 * @param countryCode ISO 3166-1 alpha-2 code of the group's placement (any case)
 * @param regionSlug groups listed in this region or in any region below it
 * @param status only groups with this status
 */
public record GroupFilter(String countryCode, String regionSlug, Optional<GroupStatus> status) {
  /** Every group. */
  public static final GroupFilter ANY = new GroupFilter("", "", Optional.empty());

  public GroupFilter {
    countryCode = countryCode.strip().toUpperCase(Locale.ROOT);
    regionSlug = regionSlug.strip();
  }
}
