package org.localgroups.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.Writer;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;

/** Test fixture: writes the directory as JSON with Jackson; every other format is unknown. */
final class FixtureExportSource implements ExportSource {
  private final ObjectMapper mapper =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  @Override
  public String mediaType(String format) {
    check(format);
    return "application/json; charset=utf-8";
  }

  @Override
  public void write(String format, Directory directory, Writer out) throws IOException {
    check(format);
    mapper.writeValue(out, directory);
  }

  private static void check(String format) {
    if (!format.equals("json")) {
      throw LocalGroupsException.badInput("Unknown export format '" + format + "'; the fixture knows json.");
    }
  }
}
