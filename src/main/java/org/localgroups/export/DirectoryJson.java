package org.localgroups.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;

/**
 * The directory as JSON: every field of every record, every URL verbatim, snake_case field names in
 * a fixed order, pretty-printed with "\n" line ends. {@link #read} gives back an equal directory.
 * Doubles are written in Java's shortest exact form ({@code -0.0}, {@code 1.0E-7}); the non-finite
 * values JSON lacks are written as the strings {@code "NaN"}, {@code "Infinity"}, {@code
 * "-Infinity"} and read back as such.
 */
public final class DirectoryJson {
  private static final ObjectWriter WRITER =
      JsonStyle.MAPPER.writerFor(JsonDocument.DirectoryDoc.class).with(JsonStyle.prettyPrinter());
  private static final ObjectReader READER =
      JsonStyle.MAPPER.readerFor(JsonDocument.DirectoryDoc.class);

  private DirectoryJson() {}

  /**
   * Writes the directory as JSON, followed by a line end; flushes but does not close {@code out}.
   */
  public static void write(Directory directory, Writer out) throws IOException {
    WRITER.writeValue(out, JsonDocument.DirectoryDoc.of(directory));
    out.write('\n');
    out.flush();
  }

  /**
   * Reads a directory written by {@link #write}; does not close {@code in}.
   *
   * @throws LocalGroupsException BAD_INPUT saying where (line, column, field) and what was wrong
   * @throws IOException when {@code in} itself fails
   */
  public static Directory read(Reader in) throws IOException {
    JsonDocument.DirectoryDoc doc;
    try {
      doc = READER.readValue(in);
    } catch (JsonProcessingException e) {
      throw LocalGroupsException.badInput(describe(e));
    }
    return doc.toDirectory();
  }

  /** {@link #read(Reader)} for JSON already in memory. */
  public static Directory read(String json) {
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException("a StringReader does not fail", e);
    }
  }

  static String describe(JsonProcessingException e) {
    StringBuilder sb = new StringBuilder("Bad directory JSON");
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      sb.append(" at line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
    }
    if (e instanceof JsonMappingException m) {
      String path = path(m.getPath());
      if (!path.isEmpty()) {
        sb.append(" (").append(path).append(')');
      }
    }
    // where an unclosed object began, without Jackson's note on the source it does not show
    String what =
        what(e)
            .replaceAll(
                "\\s*\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)",
                " (opened at line $1, column $2)");
    return sb.append(": ").append(what).append('.').toString();
  }

  private static String what(JsonProcessingException e) {
    return switch (e) {
      case StreamReadException s -> "malformed JSON: " + s.getOriginalMessage();
      case UnrecognizedPropertyException u -> "unknown field '" + u.getPropertyName() + "'";
      case InvalidNullException n -> "null is not allowed here";
      case InvalidFormatException f ->
          "'" + f.getValue() + "' is not " + expected(f.getTargetType());
      case MismatchedInputException m when m.getOriginalMessage().startsWith("No content") ->
          "the input is empty";
      default -> plain(e.getOriginalMessage());
    };
  }

  private static String expected(@Nullable Class<?> type) {
    if (type != null && type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
    }
    if (type == String.class) {
      return "a string";
    }
    return "a valid " + (type == null ? "value" : type.getSimpleName());
  }

  /**
   * Jackson's own words without Java class names or creator indexes, which mean nothing to users.
   */
  private static String plain(String message) {
    String plain =
        message
            .replaceAll(";\\s*`?[\\w.]+`? enabled$", "")
            .replaceAll(" \\(but might if [^)]*\\)", "")
            .replaceAll("\\b(?:[a-z]\\w*\\.)+(?:\\w+\\$)*([A-Za-z]\\w*)", "$1")
            .replace("JsonToken.", "")
            .replace("`", "")
            .replace("ArrayList<", "List<")
            .replaceAll(" \\(index \\d+\\)", "")
            .replaceAll("(?:required )?creator property", "field")
            .replaceAll("\\b(Directory|Region|Group|Link|Placement)Doc\\b", "$1 object")
            .strip();
    return plain.isEmpty() ? plain : Character.toLowerCase(plain.charAt(0)) + plain.substring(1);
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
