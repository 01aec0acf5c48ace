package org.localgroups.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.IntroLine;

/**
 * The JSON export read as a stream of tokens: the top level field by field in the export's order,
 * each region and group bound alone (as strictly as {@link DirectoryJson#read}). Regions come
 * before groups, so each group's regions are known when it comes: the only thing held for the whole
 * file is the map from group slug to the regions that list it, emptied as the groups come.
 */
final class JsonRecords {
  /** Each record is bound alone, the rest of the file after it. */
  private static final DeserializationFeature ALONE =
      DeserializationFeature.FAIL_ON_TRAILING_TOKENS;

  private static final ObjectReader INTRO =
      JsonStyle.MAPPER.readerFor(JsonDocument.IntroDoc.class).without(ALONE);
  private static final ObjectReader REGION =
      JsonStyle.MAPPER.readerFor(JsonDocument.RegionDoc.class).without(ALONE);
  private static final ObjectReader GROUP =
      JsonStyle.MAPPER.readerFor(JsonDocument.GroupDoc.class).without(ALONE);

  private final Reader in;
  private final DirectorySink sink;

  /** Group slug to the regions that list it and its place in each one's list. */
  private final Map<String, Listed> listedIn = new HashMap<>();

  /** The regions that list a group, and its position in each one's list. */
  private record Listed(List<String> regions, List<Integer> positions) {
    Listed plus(Listed other) {
      List<String> r = new ArrayList<>(regions);
      r.addAll(other.regions);
      List<Integer> p = new ArrayList<>(positions);
      p.addAll(other.positions);
      return new Listed(r, p);
    }
  }

  private long record;

  JsonRecords(Reader in, DirectorySink sink) {
    this.in = in;
    this.sink = sink;
  }

  long read() throws IOException {
    try (JsonParser p = JsonStyle.MAPPER.createParser(in)) {
      readDirectory(p);
    } catch (JsonProcessingException e) {
      throw LocalGroupsException.badInput(
          (record > 0 ? "Record " + record + ": " : "") + DirectoryJson.describe(e));
    }
    return record;
  }

  private void readDirectory(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw bad(p, "a directory file is one JSON object");
    }
    List<String> order = List.of("format_version", "title", "intro", "regions", "groups");
    int next = 0;
    String title = "";
    List<IntroLine> intro = new ArrayList<>();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      int at = order.indexOf(field);
      if (at < 0) {
        throw bad(p, "unknown field '" + field + "'");
      }
      if (at != next) {
        throw bad(
            p,
            "field '"
                + field
                + "' comes out of order: a directory file is read as a stream and must list "
                + String.join(", ", order)
                + " in this order, as the export writes them");
      }
      next++;
      JsonToken value = p.nextToken();
      switch (field) {
        case "format_version" -> {
          if (value != JsonToken.VALUE_NUMBER_INT
              || p.getIntValue() != JsonDocument.FORMAT_VERSION) {
            throw bad(
                p,
                "format_version "
                    + p.getText()
                    + " is not supported (expected "
                    + JsonDocument.FORMAT_VERSION
                    + ")");
          }
        }
        case "title" -> {
          if (value != JsonToken.VALUE_STRING) {
            throw bad(p, "title must be a string");
          }
          title = p.getText();
        }
        case "intro" -> {
          expectArray(p, value, field);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            intro.add(INTRO.<JsonDocument.IntroDoc>readValue(p).toIntroLine());
          }
          sink.intro(title, intro);
        }
        case "regions" -> {
          expectArray(p, value, field);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            record++;
            JsonDocument.RegionDoc region = REGION.readValue(p);
            List<String> members = region.groupSlugs();
            for (int i = 0; i < members.size(); i++) {
              listedIn.merge(
                  members.get(i), new Listed(List.of(region.slug()), List.of(i)), Listed::plus);
            }
            sink.region(region.toRegion(), record);
          }
        }
        case "groups" -> {
          expectArray(p, value, field);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            record++;
            var group = GROUP.<JsonDocument.GroupDoc>readValue(p).toGroup();
            Listed listed = listedIn.remove(group.slug());
            if (listed == null) {
              sink.group(group, List.of(), List.of(), record);
            } else {
              sink.group(group, listed.regions(), listed.positions(), record);
            }
          }
        }
        default -> throw new IllegalStateException("a field of the order: " + field);
      }
    }
    if (next < order.size()) {
      throw bad(p, "the directory has no field '" + order.get(next) + "'");
    }
    if (p.nextToken() != null) {
      throw bad(p, "there is more after the directory's closing brace");
    }
    if (!listedIn.isEmpty()) {
      var e = listedIn.entrySet().iterator().next();
      throw LocalGroupsException.badInput(
          "Bad directory JSON: region '"
              + e.getValue().regions().getFirst()
              + "' lists group '"
              + e.getKey()
              + "', which is not among the groups"
              + (listedIn.size() > 1 ? " (nor are " + (listedIn.size() - 1) + " more)" : "")
              + "; nothing was imported.");
    }
  }

  private static void expectArray(JsonParser p, JsonToken value, String field) {
    if (value != JsonToken.START_ARRAY) {
      throw bad(p, field + " must be an array");
    }
  }

  private static LocalGroupsException bad(JsonParser p, String what) {
    var at = p.currentLocation();
    return LocalGroupsException.badInput(
        "Bad directory JSON at line "
            + at.getLineNr()
            + ", column "
            + at.getColumnNr()
            + ": "
            + what
            + "; nothing was imported.");
  }
}
