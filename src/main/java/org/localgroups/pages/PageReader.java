package org.localgroups.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.localgroups.LocalGroupsException;
import org.localgroups.markdown.MarkdownOutlineReader;
import org.localgroups.moin.MoinOutlineReader;
import org.localgroups.outline.Outline;

/**
 * Reads a page file into an outline: checks size, encoding and content, tells the format, and hands
 * the text to the MoinMoin or Markdown front end. Every refusal is one clear sentence.
 */
public final class PageReader {
  /**
   * Largest page accepted; the LocalUserGroups page is 25 KB, the largest real list pages a few
   * hundred.
   */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private static final int BINARY_PROBE = 8192;

  /** What to do with a page over {@link #MAX_BYTES}: the formats that stream. */
  private static final String TOO_LARGE =
      "pages larger than "
          + megabytes(MAX_BYTES)
          + " are not imported, as a page is read whole: import a larger directory as JSON or CSV"
          + " (localgroups import FILE.json or FILE.csv, as export and generate write them), which"
          + " are streamed";

  private final MoinOutlineReader moin = new MoinOutlineReader();
  private final MarkdownOutlineReader markdown = new MarkdownOutlineReader();

  /** A page read, with the format used. */
  public record Page(Outline outline, PageFormat format, String source) {}

  public Page read(Path file, PageFormat format, String baseUrl) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw LocalGroupsException.badInput(file + " is a folder, not a page file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw LocalGroupsException.badInput(file + " is " + megabytes(size) + "; " + TOO_LARGE);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      throw LocalGroupsException.notFound("no such file: " + file);
    } catch (IOException e) {
      throw LocalGroupsException.badInput("cannot read " + file + ": " + e.getMessage());
    }
    return read(bytes, name, format, baseUrl);
  }

  public Page read(byte[] bytes, String name, PageFormat format, String baseUrl) {
    if (bytes.length > MAX_BYTES) {
      throw LocalGroupsException.badInput(
          name + " is larger than " + megabytes(MAX_BYTES) + "; " + TOO_LARGE);
    }
    String text = decode(bytes, name);
    if (text.isBlank()) {
      throw LocalGroupsException.badInput(name + " is empty: there is nothing to import");
    }
    PageFormat chosen = format == PageFormat.AUTO ? PageFormat.detect(name, text) : format;
    String title = title(name);
    Outline outline =
        switch (chosen) {
          case MOIN -> moin.read(text, title);
          case MARKDOWN -> markdown.read(text, title, baseUrl);
          case AUTO -> throw new IllegalStateException("detect never answers AUTO");
        };
    return new Page(outline, chosen, name);
  }

  /**
   * Strict UTF-8 (a BOM is dropped); binary content and bad bytes are refused with where they are.
   */
  static String decode(byte[] bytes, String name) {
    int probe = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        throw LocalGroupsException.badInput(
            name + " is a binary file (it contains NUL bytes), not a wiki page");
      }
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw LocalGroupsException.badInput(
          name
              + " is not valid UTF-8 text: bad byte 0x"
              + String.format("%02X", bytes[bad] & 0xff)
              + " at line "
              + line
              + " (byte "
              + bad
              + ")");
    }
    return out.flip().toString();
  }

  private static String title(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
