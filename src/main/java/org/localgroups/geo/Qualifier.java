package org.localgroups.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.localgroups.text.Fold;

/**
 * What a qualifier such as "Germany", "MO", "Texas" or "UK" in "City, Qualifier" allows: some
 * countries and some first-level divisions (rows of the place table). Empty when the text names
 * neither.
 */
record Qualifier(String text, Set<Integer> countryRows, Set<Integer> admin1Rows) {
  static final Qualifier NONE = new Qualifier("", Set.of(), Set.of());

  /** Countries whose states are commonly written as postal abbreviations ("Springfield, MO"). */
  private static final List<String> ABBREVIATING_COUNTRIES = List.of("US", "CA", "AU", "BR");

  private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}");

  static Qualifier resolve(String raw, PlaceTable table, NameIndex index, LookupContext context) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return NONE;
    }
    Set<Integer> countries = new HashSet<>();
    Set<Integer> admin1s = new HashSet<>();
    String compact = text.replace(".", "").replace(" ", "");
    if (CODE.matcher(compact).matches()) {
      String code = compact.toUpperCase(Locale.ROOT);
      table.countryRow("UK".equals(code) ? "GB" : code).ifPresent(countries::add);
      if (!context.countryCode().isEmpty()) {
        table.admin1Row(context.countryCode(), code).ifPresent(admin1s::add);
      }
      for (String country : ABBREVIATING_COUNTRIES) {
        table.admin1Row(country, code).ifPresent(admin1s::add);
      }
    }
    String key = Fold.key(text);
    if (!key.isEmpty()) {
      for (int posting : index.find(key)) {
        int row = posting >>> 1;
        switch (table.kind(row)) {
          case COUNTRY -> countries.add(row);
          case ADMIN1 -> admin1s.add(row);
          case CITY -> {}
        }
      }
    }
    return countries.isEmpty() && admin1s.isEmpty()
        ? NONE
        : new Qualifier(text, countries, admin1s);
  }

  boolean isEmpty() {
    return countryRows.isEmpty() && admin1Rows.isEmpty();
  }

  boolean allows(int row, PlaceTable table) {
    return countryRows.contains(table.countryRow(row)) || admin1Rows.contains(table.admin1Row(row));
  }

  /**
   * Whether the row is the very place the qualifier names (so "Texas, US" is not qualified by
   * itself).
   */
  boolean names(int row) {
    return countryRows.contains(row) || admin1Rows.contains(row);
  }
}
