package org.localgroups.web;

import java.io.IOException;
import java.io.Writer;
import org.localgroups.directory.Directory;

/** Writes a directory in an export format (json, csv, geojson, moin, markdown). */
public interface ExportSource {

  /**
   * The media type of a format ("text/csv; charset=utf-8").
   *
   * @throws org.localgroups.LocalGroupsException BAD_INPUT for an unknown format
   */
  String mediaType(String format);

  /**
   * Writes the directory in the format.
   *
   * @throws org.localgroups.LocalGroupsException BAD_INPUT for an unknown format
   */
  void write(String format, Directory directory, Writer out) throws IOException;
}
