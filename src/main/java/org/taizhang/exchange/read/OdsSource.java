package org.taizhang.exchange.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.taizhang.core.LedgerException;

/**
 * An OpenDocument spreadsheet (.ods, LibreOffice's own format): its content.xml walked with StAX
 * one row at a time. A cell's text is what the sheet shows (its paragraphs), its kind and number
 * come from its value type; repeated rows and cells are expanded only where they hold something
 * (a sheet ends in a row "repeated" a million times, empty); spanned cells are the merges; a
 * table whose style says display="false" is a hidden sheet.
 */
final class OdsSource implements WorkbookSource {
    static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    /** content.xml may inflate to this much; a zip bomb beyond it is refused. */
    private static final long MOST_CONTENT = 512L * 1024 * 1024;
    /** Columns of a sheet (as in Excel): a cell "repeated" beyond them is not materialised. */
    private static final int MOST_COLUMNS = 16_384;

    private final String name;
    private final ZipFile zip;
    private final List<SheetInfo> sheets;

    private OdsSource(String name, ZipFile zip, List<SheetInfo> sheets) {
        this.name = name;
        this.zip = zip;
        this.sheets = sheets;
    }

    static OdsSource open(Path file, ZipFile zip) {
        String name = file.getFileName().toString();
        try {
            ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest != null && new String(zip.getInputStream(manifest).readNBytes(1 << 20), StandardCharsets.UTF_8)
                    .contains("encryption-data")) {
                throw new LedgerException("read.encrypted", name);
            }
            List<SheetInfo> sheets = new ArrayList<>();
            Set<String> hiddenStyles = new HashSet<>();
            try (InputStream in = content(zip, name)) {
                XMLStreamReader x = XlsxParts.xml(in);
                String style = null;
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String element = x.getLocalName();
                    if (element.equals("style:style")) {
                        style = XlsxParts.attribute(x, "name");
                    } else if (element.equals("style:table-properties") && "false".equals(XlsxParts.attribute(x, "display"))) {
                        hiddenStyles.add(style);
                    } else if (element.equals("table:table")) {
                        String sheet = XlsxParts.attribute(x, "name");
                        sheets.add(new SheetInfo(sheets.size(), sheet == null ? "Sheet" + (sheets.size() + 1) : sheet,
                                hiddenStyles.contains(XlsxParts.attribute(x, "style-name"))));
                    }
                }
            }
            if (sheets.isEmpty()) {
                throw new LedgerException("read.noSheets", name);
            }
            return new OdsSource(name, zip, sheets);
        } catch (LedgerException e) {
            closeQuietly(zip);
            throw e;
        } catch (XlsxParts.DoctypeFound e) {
            closeQuietly(zip);
            throw new LedgerException(e, "read.doctype", name);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(zip);
            throw new LedgerException(e, "read.damaged", name, e.getMessage());
        }
    }

    private static InputStream content(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry("content.xml");
        if (entry == null) {
            throw new LedgerException("read.notWorkbook", name);
        }
        return new Bounded(zip.getInputStream(entry), name);
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public boolean date1904() {
        return false; // OpenDocument writes dates as dates
    }

    @Override
    public void read(SheetInfo info, RowSink sink) {
        try (InputStream in = content(zip, name)) {
            XMLStreamReader x = XlsxParts.xml(in);
            int table = -1;
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("table:table")
                        && ++table == info.index()) {
                    readTable(x, sink);
                    return;
                }
            }
        } catch (XlsxParts.DoctypeFound e) {
            throw new LedgerException(e, "read.doctype", name);
        } catch (IOException | XMLStreamException e) {
            throw new LedgerException(e, "read.damagedSheet", name, info.name(), "?", e.getMessage());
        } catch (Stop stop) {
            // the sink has what it wanted
        }
    }

    /** Thrown when the sink wants no more rows: the rest of the sheet is not read. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private void readTable(XMLStreamReader x, RowSink sink) throws XMLStreamException {
        BitSet hiddenColumns = new BitSet();
        List<Merge> merges = new ArrayList<>();
        int column = 0;
        int row = 0;
        boolean columnsSent = false;
        int depth = 1;
        while (x.hasNext() && depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String element = x.getLocalName();
            if (element.equals("table:table-column")) {
                int repeat = count(x, "number-columns-repeated");
                if ("collapse".equals(XlsxParts.attribute(x, "visibility"))) {
                    hiddenColumns.set(column, Math.min(column + repeat, MOST_COLUMNS));
                }
                column = Math.min(column + repeat, MOST_COLUMNS);
            } else if (element.equals("table:table-row")) {
                if (!columnsSent) {
                    sink.hiddenColumns(hiddenColumns);
                    columnsSent = true;
                }
                int repeat = count(x, "number-rows-repeated");
                boolean hidden = XlsxParts.attribute(x, "visibility") != null
                        && !"visible".equals(XlsxParts.attribute(x, "visibility"));
                RawCell[] cells = readRow(x, row, merges);
                depth--; // readRow consumed the row's end
                boolean blank = java.util.Arrays.stream(cells).allMatch(c -> c == null || c.isBlank());
                if (blank) {
                    row += repeat;
                    continue;
                }
                for (int i = 0; i < repeat; i++) {
                    if (!sink.row(new RawRow(row++, cells.clone(), hidden))) {
                        throw new Stop();
                    }
                }
            }
        }
        if (!columnsSent) {
            sink.hiddenColumns(hiddenColumns);
        }
        sink.merges(merges);
    }

    /** The cells of the row just opened, up to its end element. */
    private RawCell[] readRow(XMLStreamReader x, int row, List<Merge> merges) throws XMLStreamException {
        List<RawCell> cells = new ArrayList<>();
        int column = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("table:table-row")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = x.getLocalName();
            if (!element.equals("table:table-cell") && !element.equals("table:covered-table-cell")) {
                continue;
            }
            int repeat = count(x, "number-columns-repeated");
            int spannedColumns = count(x, "number-columns-spanned");
            int spannedRows = count(x, "number-rows-spanned");
            RawCell cell = element.equals("table:table-cell") ? cell(x) : skipTo(x, element);
            if (cell != null && !cell.isBlank()) {
                for (int i = 0; i < repeat && column + i < MOST_COLUMNS; i++) {
                    while (cells.size() <= column + i) {
                        cells.add(null);
                    }
                    cells.set(column + i, cell);
                }
            }
            if (spannedColumns > 1 || spannedRows > 1) {
                merges.add(new Merge(row, row + spannedRows - 1, column, column + spannedColumns - 1));
            }
            column += repeat;
        }
        return cells.toArray(new RawCell[0]);
    }

    /** A cell's text as shown, and what kind of value it holds. */
    private static RawCell cell(XMLStreamReader x) throws XMLStreamException {
        String type = XlsxParts.attribute(x, "value-type");
        String value = XlsxParts.attribute(x, "value");
        String date = XlsxParts.attribute(x, "date-value");
        String bool = XlsxParts.attribute(x, "boolean-value");
        boolean formula = XlsxParts.attribute(x, "formula") != null;
        String shown = paragraphs(x);
        if (type == null) {
            return shown.isEmpty() ? null : RawCell.text(shown);
        }
        switch (type) {
            case "float", "percentage", "currency" -> {
                double number;
                try {
                    number = Double.parseDouble(value);
                } catch (RuntimeException e) {
                    return RawCell.text(shown);
                }
                return new RawCell(shown.isEmpty() ? CellText.plain(number) : shown, RawCell.Kind.NUMBER, number);
            }
            case "date" -> {
                if (date == null || date.length() < 10) {
                    return RawCell.text(shown);
                }
                String day = date.substring(0, 10);
                String time = date.length() >= 16 ? date.substring(11, 16) : "00:00";
                return new RawCell(time.equals("00:00") ? day : day + " " + time, RawCell.Kind.DATE, 0);
            }
            case "boolean" -> {
                return new RawCell("true".equals(bool) ? "TRUE" : "FALSE", RawCell.Kind.BOOLEAN, 0);
            }
            default -> {
                if (formula && shown.matches("#[A-Z/0!?]+[!?A]?|#N/A|Err:\\d+")) {
                    return new RawCell(shown, RawCell.Kind.ERROR, 0);
                }
                return shown.isEmpty() ? null : RawCell.text(shown);
            }
        }
    }

    /** The text of a cell's paragraphs, a line each: spaces (text:s), tabs and line breaks as written. */
    private static String paragraphs(XMLStreamReader x) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        int paragraphs = 0;
        while (x.hasNext() && depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String element = x.getLocalName();
                switch (element) {
                    case "text:p", "text:h" -> {
                        if (paragraphs++ > 0) {
                            b.append('\n');
                        }
                    }
                    case "text:s" -> b.append(" ".repeat(Math.min(count(x, "c"), 1000)));
                    case "text:tab" -> b.append('\t');
                    case "text:line-break" -> b.append('\n');
                    case "office:annotation" -> {
                        skipTo(x, element); // a comment on the cell is not its content
                        depth--;
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (depth > 1) {
                    b.append(x.getText());
                }
                if (b.length() > 1_000_000) {
                    throw new XMLStreamException("a cell of more than a million characters");
                }
            }
        }
        return b.toString();
    }

    /** Skips past the end of the element just opened; an element skipped gives no cell. */
    private static RawCell skipTo(XMLStreamReader x, String element) throws XMLStreamException {
        int depth = 1;
        while (x.hasNext() && depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return null;
    }

    private static int count(XMLStreamReader x, String attribute) {
        String v = XlsxParts.attribute(x, attribute);
        if (v == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** content.xml, refused as a zip bomb when it inflates beyond what any ledger needs. */
    private static final class Bounded extends FilterInputStream {
        private final String name;
        private long read;

        Bounded(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MOST_CONTENT) {
                throw new LedgerException("read.zipBomb", name);
            }
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // only read from
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
