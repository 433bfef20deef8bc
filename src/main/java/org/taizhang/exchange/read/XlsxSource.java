package org.taizhang.exchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.taizhang.core.LedgerException;

/**
 * An .xlsx workbook read as a stream: the sheet's XML is walked with StAX, one row at a time, so
 * a sheet of 100,000 rows never sits in memory as cells. Shared strings and styles are read
 * through POI (which also guards against zip bombs). Namespaces are ignored, so Strict OOXML and
 * the odder writers (WPS, LibreOffice, scripts) read alike.
 */
final class XlsxSource implements WorkbookSource {
    /** No real cell holds more than Excel allows; anything longer is a broken or hostile file. */
    static final int MAX_CELL_CHARS = 32_767;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    }

    private final String name;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<SheetInfo> sheets;
    private final Map<Integer, String> sheetRelations;
    private final boolean date1904;
    private ReadOnlySharedStringsTable strings;
    private StylesTable styles;

    private XlsxSource(String name, OPCPackage pkg, XSSFReader reader, List<SheetInfo> sheets,
            Map<Integer, String> sheetRelations, boolean date1904) {
        this.name = name;
        this.pkg = pkg;
        this.reader = reader;
        this.sheets = sheets;
        this.sheetRelations = sheetRelations;
        this.date1904 = date1904;
    }

    static XlsxSource open(Path file) {
        String name = file.getFileName().toString();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException | InvalidFormatException | EmptyFileException e) {
            throw new LedgerException(e, "read.notWorkbook", name);
        } catch (RuntimeException e) {
            throw new LedgerException(e, "read.damaged", name, e.getMessage());
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<SheetInfo> sheets = new ArrayList<>();
            Map<Integer, String> relations = new HashMap<>();
            boolean date1904 = readWorkbook(reader, sheets, relations);
            if (sheets.isEmpty()) {
                throw new LedgerException("read.noSheets", name);
            }
            return new XlsxSource(name, pkg, reader, sheets, relations, date1904);
        } catch (LedgerException e) {
            pkg.revert();
            throw e;
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw new LedgerException(e, "read.damaged", name, message(e));
        }
    }

    /** Reads workbook.xml: the sheets in order with their state, and the 1904 date system flag. */
    private static boolean readWorkbook(XSSFReader reader, List<SheetInfo> sheets, Map<Integer, String> relations)
            throws IOException, OpenXML4JException, XMLStreamException {
        boolean date1904 = false;
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String tag = local(x.getLocalName());
                if (tag.equals("workbookPr")) {
                    String v = attribute(x, "date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if (tag.equals("sheet")) {
                    int index = sheets.size();
                    String state = attribute(x, "state");
                    sheets.add(new SheetInfo(index, attribute(x, "name"), state != null && !state.equals("visible")));
                    relations.put(index, attribute(x, "id"));
                }
            }
            x.close();
        }
        return date1904;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void read(SheetInfo sheet, RowSink sink) {
        try {
            if (strings == null) {
                strings = new ReadOnlySharedStringsTable(pkg, false);
                styles = reader.getStylesTable();
            }
            try (InputStream in = reader.getSheet(sheetRelations.get(sheet.index()))) {
                new SheetWalk(sink).walk(XML.createXMLStreamReader(in));
            }
        } catch (LedgerException e) {
            throw e;
        } catch (IOException | OpenXML4JException | XMLStreamException | org.xml.sax.SAXException | RuntimeException e) {
            throw new LedgerException(e, "read.damaged", name, message(e));
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
            return "zip bomb";
        }
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** Walks one sheet's XML, handing rows to the sink as they end. */
    private final class SheetWalk {
        private final RowSink sink;
        private final CellText.Styled cellText = new CellText.Styled(new CellText(date1904), index -> {
            XSSFCellStyle cs = index < styles.getNumCellStyles() ? styles.getStyleAt(index) : null;
            return cs == null ? null : new CellText.Format(cs.getDataFormat(), cs.getDataFormatString());
        });
        private final StringBuilder value = new StringBuilder();
        private final List<RawCell> rowCells = new ArrayList<>();
        private int rowIndex = -1;
        private boolean rowHidden;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean stopped;

        SheetWalk(RowSink sink) {
            this.sink = sink;
        }

        void walk(XMLStreamReader x) throws XMLStreamException {
            BitSet hiddenColumns = new BitSet();
            List<Merge> merges = new ArrayList<>();
            boolean columnsSent = false;
            while (x.hasNext() && !stopped) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String tag = local(x.getLocalName());
                    switch (tag) {
                        case "col" -> {
                            if (isTrue(attribute(x, "hidden"))) {
                                hiddenColumns.set(Integer.parseInt(attribute(x, "min")) - 1,
                                        Integer.parseInt(attribute(x, "max")));
                            }
                        }
                        case "sheetData" -> {
                            sink.hiddenColumns(hiddenColumns);
                            columnsSent = true;
                        }
                        case "row" -> startRow(x);
                        case "c" -> startCell(x);
                        case "v" -> startValue();
                        case "is" -> inInline = true;
                        case "t" -> {
                            if (inInline && !inPhonetic) {
                                startValue();
                            }
                        }
                        case "rPh" -> inPhonetic = true;
                        case "mergeCell" -> merges.add(Merge.parse(attribute(x, "ref")));
                        default -> {
                            // other elements carry nothing the import needs
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inValue) {
                        if (value.length() + x.getTextLength() > MAX_CELL_CHARS + 1) {
                            value.append(x.getTextCharacters(), x.getTextStart(),
                                    Math.max(0, MAX_CELL_CHARS + 1 - value.length()));
                        } else {
                            value.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (local(x.getLocalName())) {
                        case "v" -> inValue = false;
                        case "t" -> {
                            if (inInline) {
                                inValue = false;
                            }
                        }
                        case "rPh" -> inPhonetic = false;
                        case "is" -> inInline = false;
                        case "c" -> endCell();
                        case "row" -> endRow();
                        default -> {
                            // nothing to finish
                        }
                    }
                }
            }
            x.close();
            if (!columnsSent) {
                sink.hiddenColumns(hiddenColumns);
            }
            if (!stopped) {
                sink.merges(merges);
            }
        }

        private void startRow(XMLStreamReader x) {
            String r = attribute(x, "r");
            rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
            rowHidden = isTrue(attribute(x, "hidden"));
            rowCells.clear();
            column = -1;
        }

        private void startCell(XMLStreamReader x) {
            String r = attribute(x, "r");
            column = r != null ? CellRef.parse(r)[1] : column + 1;
            type = attribute(x, "t");
            String s = attribute(x, "s");
            style = s == null ? 0 : Integer.parseInt(s);
            value.setLength(0);
        }

        private void startValue() {
            inValue = true;
        }

        private void endCell() {
            if (value.length() == 0 || column < 0) {
                return;
            }
            while (rowCells.size() <= column) {
                rowCells.add(null);
            }
            rowCells.set(column, cell());
        }

        private RawCell cell() {
            String v = value.toString();
            if (v.length() > MAX_CELL_CHARS) {
                return new RawCell(v, RawCell.Kind.ERROR, 0);
            }
            if (type == null || type.equals("n")) {
                try {
                    double number = Double.parseDouble(v);
                    return cellText.number(number, style);
                } catch (NumberFormatException e) {
                    return RawCell.text(v);
                }
            }
            return switch (type) {
                case "s" -> RawCell.text(strings.getItemAt(Integer.parseInt(v.strip())).getString());
                case "b" -> new RawCell(v.equals("1") ? "TRUE" : "FALSE", RawCell.Kind.BOOLEAN, 0);
                case "e" -> new RawCell(v, RawCell.Kind.ERROR, 0);
                case "d" -> new RawCell(v.length() >= 10 ? v.substring(0, 10) : v, RawCell.Kind.DATE, 0);
                default -> RawCell.text(v); // inlineStr, str (a formula's text)
            };
        }

        private void endRow() {
            if (!sink.row(new RawRow(rowIndex, rowCells.toArray(new RawCell[0]), rowHidden))) {
                stopped = true;
            }
        }
    }

    private static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private static String attribute(XMLStreamReader x, String wanted) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (local(x.getAttributeLocalName(i)).equals(wanted)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private static boolean isTrue(String v) {
        return "1".equals(v) || "true".equalsIgnoreCase(v);
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
