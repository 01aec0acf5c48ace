package org.localgroups.export;

import java.io.IOException;
import java.io.Writer;
import org.localgroups.directory.Directory;

/**
 * Writes a whole directory in one format. Implementations are stateless and thread-safe; they flush
 * but never close {@code out}, which belongs to the caller.
 */
@FunctionalInterface
public interface DirectoryWriter {
  void write(Directory directory, Writer out) throws IOException;
}
