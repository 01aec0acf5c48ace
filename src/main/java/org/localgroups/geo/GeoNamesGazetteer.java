package org.localgroups.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.localgroups.LocalGroupsException;
import org.localgroups.geo.PlaceRanking.Candidate;
import org.localgroups.text.Fold;

/**
 * The {@link Gazetteer} over the bundled GeoNames extract (cities with population >= 500 and all
 * their alternate names, countries, first-level divisions; built by tools/geonames). Loads in well
 * under a second into compact arrays; immutable and thread-safe once loaded.
 */
public final class GeoNamesGazetteer implements Gazetteer {
  /** What separates the parts of a place query ("Köln, Germany", "Springfield (MO)"). */
  private static final Pattern QUERY_PARTS = Pattern.compile("\\s*[,;()]\\s*");

  static final String PLACES = "places.tsv.gz";
  static final String ZONES = "zones.txt";
  static final String NAMES = "names.bin.gz";
  private static final int MAX_MATCHES = 20;
  private final PlaceTable table;
  private final NameIndex index;
  private final PlaceRanking ranking;

  private GeoNamesGazetteer(PlaceTable table, NameIndex index) {
    this.table = table;
    this.index = index;
    this.ranking = new PlaceRanking(table);
  }

  /**
   * The gazetteer bundled in the application (classpath resources under /geo/), read once per
   * process: it never changes and is safe to share between threads, so every command and server in
   * one JVM (the tests run many) uses the same one.
   */
  public static GeoNamesGazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** Holder: read on first use, by the class loader's lock. */
  private static final class Bundled {
    static final GeoNamesGazetteer INSTANCE = loadBundled();
  }

  /** The bundled gazetteer read again, a new copy (what loading costs: its test and benchmark). */
  public static GeoNamesGazetteer loadBundled() {
    return read(
        name -> {
          InputStream in = GeoNamesGazetteer.class.getResourceAsStream("/geo/" + name);
          if (in == null) {
            throw new IOException("missing resource /geo/" + name);
          }
          return in;
        });
  }

  /** A gazetteer from a folder holding the files tools/geonames/build.mjs writes. */
  public static GeoNamesGazetteer fromDirectory(Path directory) {
    return read(name -> Files.newInputStream(directory.resolve(name)));
  }

  private interface Source {
    InputStream open(String name) throws IOException;
  }

  private static GeoNamesGazetteer read(Source source) {
    // The name index and the place table are independent: read them side by side.
    CompletableFuture<NameIndex> names =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = gunzip(source.open(NAMES))) {
                return NameIndex.read(in);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try (InputStream places = gunzip(source.open(PLACES));
        InputStream zones = source.open(ZONES)) {
      PlaceTable table = PlaceTable.read(places, zones);
      return new GeoNamesGazetteer(table, names.join());
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(e);
    } catch (CompletionException e) {
      throw unreadable(e.getCause() == null ? e : e.getCause());
    }
  }

  private static LocalGroupsException unreadable(Throwable e) {
    return new LocalGroupsException(
        LocalGroupsException.Kind.UNAVAILABLE,
        "The gazetteer data cannot be read: " + e.getMessage(),
        e);
  }

  private static InputStream gunzip(InputStream in) throws IOException {
    return new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16);
  }

  /** Number of places (countries, divisions and cities). */
  public int size() {
    return table.size();
  }

  /** Number of cities. */
  public int cityCount() {
    int cities = 0;
    for (int row = 0; row < table.size(); row++) {
      if (table.isCity(row)) {
        cities++;
      }
    }
    return cities;
  }

  /** Every city, in the table's order. */
  public List<Place> cities() {
    List<Place> out = new java.util.ArrayList<>();
    for (int row = 0; row < table.size(); row++) {
      if (table.isCity(row)) {
        out.add(table.place(row));
      }
    }
    return out;
  }

  /** Number of distinct normalised names. */
  public int nameCount() {
    return index.size();
  }

  @Override
  public List<PlaceMatch> lookup(String text, LookupContext context) {
    String query = text.strip();
    if (query.isEmpty()) {
      return List.of();
    }
    Map<Integer, Candidate> found = new HashMap<>();
    collect(found, query, Qualifier.NONE, context);
    String[] parts = QUERY_PARTS.split(query);
    if (parts.length > 1 && !parts[0].isBlank()) {
      Qualifier qualifier = Qualifier.NONE;
      for (int i = parts.length - 1; i > 0 && qualifier.isEmpty(); i--) {
        qualifier = Qualifier.resolve(parts[i], table, index, context);
      }
      collect(found, parts[0], qualifier, context);
    } else {
      String[] words = query.split("\\s+");
      for (int tail = 1; tail <= Math.min(3, words.length - 1); tail++) {
        String head = String.join(" ", List.of(words).subList(0, words.length - tail));
        String rest = String.join(" ", List.of(words).subList(words.length - tail, words.length));
        Qualifier qualifier = Qualifier.resolve(rest, table, index, context);
        if (!qualifier.isEmpty()) {
          collect(found, head, qualifier, context);
        }
      }
    }
    if (found.isEmpty()) {
      // "Dallas-Fort Worth", "Kitchener-Waterloo": no one place has the whole name; the places in
      // it.
      return mentions(query, context).stream().limit(MAX_MATCHES).toList();
    }
    return ranking.ranked(found, MAX_MATCHES);
  }

  private void collect(
      Map<Integer, Candidate> found, String name, Qualifier qualifier, LookupContext context) {
    String key = Fold.key(name);
    if (key.isEmpty()) {
      return;
    }
    int[] postings = index.find(key);
    for (int posting : postings) {
      int row = posting >>> 1;
      if (qualifier.names(row)) {
        continue;
      }
      Candidate candidate =
          ranking.score(row, (posting & 1) == 1, name.strip(), qualifier, context, postings.length);
      found.merge(row, candidate, (a, b) -> a.score() >= b.score() ? a : b);
    }
  }

  @Override
  public List<PlaceMatch> mentions(String text, LookupContext context) {
    return new MentionScan(ranking, table, index, context).scan(text);
  }

  @Override
  public List<PlaceMatch> suggest(String prefix, int limit) {
    String key = Fold.key(prefix);
    if (key.isEmpty() || limit <= 0) {
      return List.of();
    }
    int[] range = index.prefixRange(key);
    boolean exactFirst = range[0] < range[1] && index.key(range[0]).equals(key);
    // row -> best (score, slot, own) so far; names are made into strings only for the winners
    Map<Integer, SuggestHit> best = new HashMap<>();
    for (int slot = range[0]; slot < range[1]; slot++) {
      boolean whole = exactFirst && slot == range[0];
      int to = index.postingEnd(slot);
      for (int at = index.postingStart(slot); at < to; at++) {
        int posting = index.posting(at);
        int row = posting >>> 1;
        boolean own = (posting & 1) == 1;
        double score = 0.8 * ranking.populationScore(row) + (whole ? 0.1 : 0) + (own ? 0.1 : 0);
        SuggestHit hit = best.get(row);
        if (hit == null || score > hit.score()) {
          best.put(row, new SuggestHit(row, score, slot, own));
        }
      }
    }
    return best.values().stream()
        .sorted(
            Comparator.comparingDouble(SuggestHit::score)
                .reversed()
                .thenComparing(
                    Comparator.comparingLong((SuggestHit h) -> table.population(h.row()))
                        .reversed()))
        .limit(limit)
        .map(
            h ->
                new PlaceMatch(
                    table.place(h.row()),
                    h.score(),
                    h.own() ? table.name(h.row()) : index.key(h.slot()),
                    (exactFirst && h.slot() == range[0] ? "name '" : "name starting '")
                        + key
                        + "'"))
        .toList();
  }

  private record SuggestHit(int row, double score, int slot, boolean own) {}

  @Override
  public Optional<Place> country(String codeOrName) {
    String text = codeOrName.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> byCode = text.length() <= 3 ? table.countryRow(text) : Optional.empty();
    return byCode.or(() -> largest(Fold.key(text), Place.Kind.COUNTRY, "")).map(table::place);
  }

  @Override
  public Optional<Place> admin1(String countryCode, String name) {
    String text = name.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return table
        .admin1Row(countryCode, text)
        .or(() -> largest(Fold.key(text), Place.Kind.ADMIN1, countryCode))
        .map(table::place);
  }

  private Optional<Integer> largest(String key, Place.Kind kind, String countryCode) {
    int best = -1;
    for (int posting : index.find(key)) {
      int row = posting >>> 1;
      if (table.kind(row) == kind
          && (countryCode.isEmpty() || countryCode.equalsIgnoreCase(table.countryCode(row)))
          && (best < 0 || table.population(row) > table.population(best))) {
        best = row;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  @Override
  public Optional<Place> byId(long geonameId) {
    return table.rowOf(geonameId).map(table::place);
  }

  @Override
  public List<String> zonesIn(Place place) {
    return table.rowOf(place.geonameId()).map(table::zonesWithin).orElse(List.of());
  }
}
