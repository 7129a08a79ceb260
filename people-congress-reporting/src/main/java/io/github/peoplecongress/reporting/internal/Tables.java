package io.github.peoplecongress.reporting.internal;

import java.util.List;

/** Markdown and CSV table writing shared by the renderers. */
public final class Tables {
  private Tables() {}

  /**
   * Writes a Markdown table; pipes in cells are escaped.
   *
   * @param header  the header cells, not null
   * @param rows  the rows, each as long as the header, not null
   * @return the table, ending with a newline, not null
   */
  public static String markdown(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    line(out, header);
    out.append('|').append("---|".repeat(header.size())).append('\n');
    rows.forEach(row -> line(out, row));
    return out.toString();
  }

  /**
   * Writes CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends).
   *
   * @param header  the header cells, not null
   * @param rows  the rows, not null
   * @return the CSV text, not null
   */
  public static String csv(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    csvLine(out, header);
    rows.forEach(row -> csvLine(out, row));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    out.append('\n');
  }

  private static void csvLine(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i);
      boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0;
      out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    out.append("\r\n");
  }
}
