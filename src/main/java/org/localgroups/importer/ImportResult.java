package org.localgroups.importer;

import org.localgroups.directory.Directory;
import org.localgroups.directory.ImportReport;

/** What an import gives: the directory and the report that accounts for every source line. */
public record ImportResult(Directory directory, ImportReport report) {}
