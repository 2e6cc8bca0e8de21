package tw.smartdesk.loadtests;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table. */
final class Table {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        this.header = header;
    }

    Table row(String... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of " + header.length + " columns");
        }
        rows.add(cells);
        return this;
    }

    String render() {
        StringBuilder md = new StringBuilder();
        line(md, header);
        md.append('|');
        for (int i = 0; i < header.length; i++) {
            md.append("---|");
        }
        md.append('\n');
        rows.forEach(row -> line(md, row));
        return md.toString();
    }

    private static void line(StringBuilder md, String[] cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        md.append('\n');
    }
}
