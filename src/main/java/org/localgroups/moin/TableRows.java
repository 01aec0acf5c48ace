package org.localgroups.moin;

import java.util.ArrayList;
import java.util.List;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;

/**
 * Table rows (P 1522-1545): {@code ||} starts a row that must end with {@code ||}, no trailing
 * blank.
 */
final class TableRows {
  private TableRows() {}

  static MoinBlock read(Line line, int start, List<Diagnostic> diagnostics) {
    String text = line.text();
    InlineScanner scanner = new InlineScanner(line, diagnostics);
    if (!text.endsWith("||") || text.length() - start < 4) {
      diagnostics.add(
          new Diagnostic(
              line.number(),
              start + 1,
              Severity.WARNING,
              "table-row-unterminated",
              "A table row must end with || and no blank after it; MoinMoin shows the bars as text."));
      return new MoinBlock.Paragraph(line.span(), scanner.scan(0, line.length()));
    }
    List<MoinBlock.TableCell> cells = new ArrayList<>();
    int cellStart = start + 2;
    int end = text.length() - 2;
    while (cellStart <= end) {
      int bar = text.indexOf("||", cellStart);
      int cellEnd = bar < 0 || bar > end ? end : bar;
      if (cellEnd > cellStart || bar == end) {
        cells.add(
            new MoinBlock.TableCell(
                line.span(cellStart, cellEnd - cellStart), scanner.scan(cellStart, cellEnd)));
      }
      cellStart = cellEnd + 2;
    }
    return new MoinBlock.TableRow(line.span(), cells);
  }
}
