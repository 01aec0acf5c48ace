package org.localgroups.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every place of the gazetteer as parallel arrays indexed by row (countries, then first-level
 * divisions, then cities), plus the code tables that qualifiers and contexts need. {@link Place}
 * records are made on demand. Immutable once read.
 */
final class PlaceTable {
  private static final byte COUNTRY = 0;
  private static final byte ADMIN1 = 1;
  private static final byte CITY = 2;
  private static final int ROW_BITS = 20;

  private final byte[] kinds;
  private final long[] ids;
  private final String[] names;
  private final short[] countries; // row of the country
  private final int[] admin1s; // row of the first-level division, -1 when none
  private final String[]
      codes; // ISO alpha-3, ISO 3166-2 subdivision code, or GeoNames feature code
  private final String[] countryCodes;
  private final String[] admin1Codes;
  private final float[] latitudes;
  private final float[] longitudes;
  private final long[] populations;
  private final short[] zones;
  private final String[] zoneIds;
  private final Map<String, Integer> countryByCode; // alpha-2 and alpha-3, upper case
  private final Map<String, Integer> admin1ByCode; // "US.CA" (GeoNames code) and "US.CA" (ISO code)

  /** Zone indexes used in each country and division (by row), made on first use. */
  private volatile @Nullable Map<Integer, BitSet> regionZones;

  /** GeoNames id << 20 | row, sorted: the rows by id without boxing. */
  private long[] idRows = new long[0];

  private PlaceTable(int size, String[] zoneIds) {
    kinds = new byte[size];
    ids = new long[size];
    names = new String[size];
    countries = new short[size];
    admin1s = new int[size];
    codes = new String[size];
    countryCodes = new String[size];
    admin1Codes = new String[size];
    latitudes = new float[size];
    longitudes = new float[size];
    populations = new long[size];
    zones = new short[size];
    this.zoneIds = zoneIds;
    countryByCode = new HashMap<>();
    admin1ByCode = new HashMap<>();
  }

  static PlaceTable read(InputStream places, InputStream zones) throws IOException {
    String[] zoneIds =
        new BufferedReader(new InputStreamReader(zones, StandardCharsets.UTF_8))
            .lines()
            .toArray(String[]::new);

    // One byte array and one pass per line: no line strings are kept while the table fills.
    byte[] bytes = places.readAllBytes();
    int size = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\n')) {
        size++;
      }
    }
    if (size >= 1 << ROW_BITS) {
      throw new IOException("too many places for the id table: " + size);
    }
    PlaceTable table = new PlaceTable(size, zoneIds);
    Map<String, String> interned = new HashMap<>();
    String[] fields = new String[10];
    int row = 0;
    int lineStart = 0;
    for (int i = 0; i < bytes.length && row < size; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      if (i > lineStart) {
        table.fill(row++, fields(bytes, lineStart, i, fields), interned);
      }
      lineStart = i + 1;
    }
    if (row != size) {
      throw new IOException("expected " + size + " places, read " + row);
    }
    table.idRows = new long[size];
    for (int r = 0; r < size; r++) {
      table.idRows[r] = table.ids[r] << ROW_BITS | r;
    }
    Arrays.sort(table.idRows);
    return table;
  }

  private static String[] fields(byte[] bytes, int from, int to, String[] fields)
      throws IOException {
    int field = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || bytes[i] == '\t') {
        if (field == fields.length) {
          throw new IOException("too many fields in a place line");
        }
        fields[field++] = new String(bytes, start, i - start, StandardCharsets.UTF_8);
        start = i + 1;
      }
    }
    if (field != fields.length) {
      throw new IOException("a place line has " + field + " fields, not " + fields.length);
    }
    return fields;
  }

  private void fill(int row, String[] f, Map<String, String> interned) {
    kinds[row] =
        switch (f[0]) {
          case "C" -> COUNTRY;
          case "A" -> ADMIN1;
          default -> CITY;
        };
    ids[row] = Long.parseLong(f[1]);
    names[row] = f[2];
    String countryCode = interned.computeIfAbsent(f[3], s -> s);
    countryCodes[row] = countryCode;
    admin1Codes[row] = interned.computeIfAbsent(f[4], s -> s);
    codes[row] = interned.computeIfAbsent(f[5], s -> s);
    latitudes[row] = (float) decimal(f[6]);
    longitudes[row] = (float) decimal(f[7]);
    populations[row] = Long.parseLong(f[8]);
    zones[row] = Short.parseShort(f[9]);
    switch (kinds[row]) {
      case COUNTRY -> {
        countryByCode.put(countryCode, row);
        if (!f[5].isEmpty()) {
          countryByCode.put(f[5], row);
        }
        countries[row] = (short) row;
        admin1s[row] = -1;
      }
      case ADMIN1 -> {
        countries[row] = (short) countryByCode.getOrDefault(countryCode, 0).intValue();
        admin1ByCode.put(countryCode + "." + f[4].toUpperCase(Locale.ROOT), row);
        if (!f[5].isEmpty()) {
          admin1ByCode.putIfAbsent(countryCode + "." + f[5].toUpperCase(Locale.ROOT), row);
        }
        admin1s[row] = row;
      }
      default -> {
        countries[row] = (short) countryByCode.getOrDefault(countryCode, 0).intValue();
        admin1s[row] =
            admin1ByCode.getOrDefault(countryCode + "." + f[4].toUpperCase(Locale.ROOT), -1);
      }
    }
  }

  int size() {
    return kinds.length;
  }

  Place.Kind kind(int row) {
    return switch (kinds[row]) {
      case COUNTRY -> Place.Kind.COUNTRY;
      case ADMIN1 -> Place.Kind.ADMIN1;
      default -> Place.Kind.CITY;
    };
  }

  boolean isCity(int row) {
    return kinds[row] == CITY;
  }

  String name(int row) {
    return names[row];
  }

  long population(int row) {
    return populations[row];
  }

  int countryRow(int row) {
    return countries[row];
  }

  /**
   * Row of the place's first-level division, -1 when it has none (countries, unknown divisions).
   */
  int admin1Row(int row) {
    return admin1s[row];
  }

  String countryCode(int row) {
    return countryCodes[row];
  }

  String admin1Code(int row) {
    return kinds[row] == COUNTRY ? "" : admin1Codes[row];
  }

  /** ISO 3166-2 subdivision code of a first-level division ("CA", "NSW", "SP"). */
  String subdivisionCode(int row) {
    return kinds[row] == ADMIN1 ? codes[row] : "";
  }

  Optional<Integer> countryRow(String code) {
    return Optional.ofNullable(countryByCode.get(code.toUpperCase(Locale.ROOT)));
  }

  Optional<Integer> admin1Row(String countryCode, String code) {
    return Optional.ofNullable(
        admin1ByCode.get(
            countryCode.toUpperCase(Locale.ROOT) + "." + code.toUpperCase(Locale.ROOT)));
  }

  Optional<Integer> rowOf(long geonameId) {
    int at = Arrays.binarySearch(idRows, geonameId << ROW_BITS);
    int slot = at >= 0 ? at : -at - 1;
    return slot < idRows.length && idRows[slot] >> ROW_BITS == geonameId
        ? Optional.of((int) (idRows[slot] & ((1 << ROW_BITS) - 1)))
        : Optional.empty();
  }

  /** A plain decimal such as "-12.34567", faster than Float.parseFloat for the bundled file. */
  private static double decimal(String text) {
    int i = 0;
    boolean negative = text.charAt(0) == '-';
    if (negative) {
      i++;
    }
    long digits = 0;
    int scale = 0;
    boolean fraction = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        fraction = true;
      } else {
        digits = digits * 10 + (c - '0');
        if (fraction) {
          scale++;
        }
      }
    }
    double value = digits / Math.pow(10, scale);
    return negative ? -value : value;
  }

  /**
   * The zone ids used in the place of this row, sorted: a city's own; a country's or division's own
   * and those of every place in it.
   */
  List<String> zonesWithin(int row) {
    BitSet used = new BitSet();
    if (kinds[row] == CITY) {
      used.set(zones[row]);
    } else {
      used.or(regionZones().getOrDefault(row, new BitSet()));
      used.set(zones[row]);
    }
    List<String> ids = new ArrayList<>();
    used.stream().mapToObj(i -> zoneIds[i]).filter(z -> !z.isEmpty()).forEach(ids::add);
    ids.sort(null);
    return List.copyOf(ids);
  }

  private Map<Integer, BitSet> regionZones() {
    Map<Integer, BitSet> made = regionZones;
    if (made == null) {
      // one pass over all places, the first time a region's zones are asked for
      made = new HashMap<>();
      for (int r = 0; r < kinds.length; r++) {
        int country = countries[r];
        if (countryCodes[country].equals(countryCodes[r])) {
          made.computeIfAbsent(country, k -> new BitSet()).set(zones[r]);
        }
        if (admin1s[r] >= 0) {
          made.computeIfAbsent(admin1s[r], k -> new BitSet()).set(zones[r]);
        }
      }
      regionZones = made;
    }
    return made;
  }

  Place place(int row) {
    int country = countries[row];
    int admin1 = admin1s[row];
    return new Place(
        ids[row],
        names[row],
        kind(row),
        countryCode(row),
        names[country],
        admin1Code(row),
        admin1 < 0 ? "" : names[admin1],
        latitudes[row],
        longitudes[row],
        populations[row],
        zoneIds[zones[row]]);
  }
}
