package org.taizhang.exchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.taizhang.core.LedgerException;

/**
 * An .xlsx workbook read as a stream: the sheet's XML is walked with StAX, one row at a time, so
 * a sheet of 100,000 rows never sits in memory as cells. The package is opened through POI's
 * OPCPackage (which also guards against zip bombs); the workbook, its relationships, shared strings
 * and styles are read here, ignoring namespaces, so Strict OOXML and the odder writers (WPS,
 * LibreOffice, scripts) read alike. POI's XSSFReader refuses Strict OOXML outright.
 */
final class XlsxSource implements WorkbookSource {
    /** No real cell holds more than Excel allows; anything longer is a broken or hostile file. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Excel's grid is 16,384 columns wide (A to XFD); a cell beyond it is ignored. */
    static final int MAX_COLUMNS = 16_384;
    /** More merged ranges than any real sheet has; the rest are ignored rather than held. */
    static final int MAX_MERGES = 100_000;

    private final String name;
    private final OPCPackage pkg;
    private final PackagePart workbookPart;
    private final List<SheetInfo> sheets;
    private final Map<Integer, String> sheetRelations;
    private final boolean date1904;
    private List<String> strings;
    private XlsxParts.Styles styles;

    private XlsxSource(String name, OPCPackage pkg, PackagePart workbookPart, List<SheetInfo> sheets,
            Map<Integer, String> sheetRelations, boolean date1904) {
        this.name = name;
        this.pkg = pkg;
        this.workbookPart = workbookPart;
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
            throw notOpened(file, e);
        } catch (RuntimeException e) {
            throw failure(name, e);
        }
        try {
            PackagePart workbookPart = workbookPart(pkg, name);
            List<SheetInfo> sheets = new ArrayList<>();
            Map<Integer, String> relations = new HashMap<>();
            boolean date1904;
            try (InputStream in = workbookPart.getInputStream()) {
                date1904 = readWorkbook(in, sheets, relations);
            }
            if (sheets.isEmpty()) {
                throw new LedgerException("read.noSheets", name);
            }
            return new XlsxSource(name, pkg, workbookPart, sheets, relations, date1904);
        } catch (LedgerException e) {
            pkg.revert();
            throw e;
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw failure(name, e);
        }
    }

    /**
     * The package's main part, which must be a workbook: a Word or PowerPoint file is OOXML too.
     * The relationship is found by the end of its type, which Strict OOXML spells differently.
     */
    private static PackagePart workbookPart(OPCPackage pkg, String name) throws InvalidFormatException {
        for (PackageRelationship r : pkg.getRelationships()) {
            if (r.getRelationshipType().endsWith("/officeDocument") && r.getTargetMode() == TargetMode.INTERNAL) {
                PackagePart part = pkg.getPart(r);
                String type = part == null ? "" : part.getContentType();
                if (type.contains(".binary.")) {
                    throw new LedgerException("read.xlsb", name);
                }
                if (part != null && (type.contains("spreadsheetml") || type.contains("ms-excel"))) {
                    return part;
                }
                throw new LedgerException("read.notWorkbook", name);
            }
        }
        throw new LedgerException("read.notWorkbook", name);
    }

    /** Reads workbook.xml: the sheets in order with their state, and the 1904 date system flag. */
    private static boolean readWorkbook(InputStream in, List<SheetInfo> sheets, Map<Integer, String> relations)
            throws XMLStreamException {
        boolean date1904 = false;
        boolean inSheets = false;
        XMLStreamReader x = XlsxParts.xml(in);
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && local(x.getLocalName()).equals("sheets")) {
                inSheets = false;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = local(x.getLocalName());
            if (tag.equals("workbookPr")) {
                date1904 = isTrue(attribute(x, "date1904"));
            } else if (tag.equals("sheets")) {
                inSheets = true;
            } else if (tag.equals("sheet") && inSheets) {
                int index = sheets.size();
                String state = attribute(x, "state");
                sheets.add(new SheetInfo(index, attribute(x, "name"), state != null && !state.equals("visible")));
                relations.put(index, attribute(x, "id"));
            }
        }
        x.close();
        return date1904;
    }

    /** The workbook's part related by a relationship of this kind ("styles", "sharedStrings"), or null. */
    private PackagePart related(String kind) throws InvalidFormatException {
        for (PackageRelationship r : workbookPart.getRelationships()) {
            if (r.getRelationshipType().endsWith("/" + kind) && r.getTargetMode() == TargetMode.INTERNAL) {
                return workbookPart.getRelatedPart(r);
            }
        }
        return null;
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
        SheetWalk walk = null;
        try {
            if (strings == null) {
                PackagePart sst = related("sharedStrings");
                PackagePart st = related("styles");
                try (InputStream in = sst == null ? InputStream.nullInputStream() : sst.getInputStream()) {
                    strings = sst == null ? List.of() : XlsxParts.sharedStrings(in, MAX_CELL_CHARS);
                }
                try (InputStream in = st == null ? InputStream.nullInputStream() : st.getInputStream()) {
                    styles = st == null ? XlsxParts.Styles.NONE : XlsxParts.styles(in);
                }
            }
            String id = sheetRelations.get(sheet.index());
            PackageRelationship relation = id == null ? null : workbookPart.getRelationship(id);
            PackagePart part = relation == null ? null : workbookPart.getRelatedPart(relation);
            if (part == null) {
                throw new LedgerException("read.damaged", name, "no part for sheet " + sheet.name());
            }
            walk = new SheetWalk(sink);
            // The XML parsed on a second thread while this one reads the cells (XmlAhead); it is
            // stopped before the stream under it is closed.
            try (InputStream in = part.getInputStream(); XmlAhead x = XmlAhead.of(XlsxParts.xml(in))) {
                walk.walk(x);
            }
        } catch (LedgerException e) {
            throw e;
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            LedgerException why = failure(name, e);
            // Damage inside a sheet is named by the sheet and the row where the reading stopped.
            throw why.key().equals("read.damaged") && walk != null && walk.at > 0
                    ? new LedgerException(e, "read.damagedSheet", name, sheet.name(), walk.at, message(e))
                    : why;
        }
    }

    /**
     * Why POI could not open the package. It says "not OOXML" both for a zip of something else and
     * for a workbook whose zip is cut short or whose [Content_Types].xml is broken; the clerk should
     * hear "damaged" for the latter two.
     */
    private static LedgerException notOpened(Path file, Exception e) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return new LedgerException(e, "read.notWorkbook", name);
            }
        } catch (IOException | RuntimeException broken) {
            return new LedgerException(e, "read.damaged", name, message(broken));
        }
        return failure(name, e);
    }

    /**
     * A part too large for its compressed size is a zip bomb (POI stops inflating it); a part with a
     * DOCTYPE (refused here, and by POI's own parser) carries entities built to attack the reader;
     * all else is damage.
     */
    private static LedgerException failure(String name, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return new LedgerException(e, "read.zipBomb", name);
            }
            if (t instanceof XlsxParts.DoctypeFound || m != null && m.contains("DOCTYPE is disallowed")) {
                return new LedgerException(e, "read.doctype", name);
            }
        }
        return new LedgerException(e, "read.damaged", name, message(e));
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** Walks one sheet's XML, handing rows to the sink as they end. */
    private final class SheetWalk {
        private static final int RAW_LIMIT = XlsxParts.rawLimit(MAX_CELL_CHARS);

        private final RowSink sink;
        private final CellText.Styled cellText = new CellText.Styled(new CellText(date1904), index -> {
            int format = styles.formatId(index);
            return format < 0 ? null : new CellText.Format(format, styles.format(format));
        });
        private final StringBuilder value = new StringBuilder();
        /** Inline strings, which carry their text in every cell: one String for each short text that comes again. */
        private final RepeatedText repeated = new RepeatedText();
        private final List<RawCell> rowCells = new ArrayList<>();
        private int rowIndex = -1;
        /** The Excel number of the row being read (the next one while its start is read), 0 before any. */
        private int at;
        private boolean rowHidden;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private int phonetic;
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
                        case "col" -> hideColumns(x, hiddenColumns);
                        case "sheetData" -> {
                            sink.hiddenColumns(hiddenColumns);
                            columnsSent = true;
                        }
                        case "row" -> startRow(x);
                        case "c" -> startCell(x);
                        // An inline string's text is in <is>; a <v> beside it (POI leaves one when it edits
                        // such a cell) is not what Excel shows.
                        case "v" -> inValue = !"inlineStr".equals(type);
                        case "is" -> {
                            inInline = true;
                            value.setLength(0);
                        }
                        case "t" -> {
                            if (inInline && phonetic == 0) {
                                inValue = true; // an inline string's text; a phonetic guide's is left out
                            }
                        }
                        case "rPh" -> phonetic++;
                        case "mergeCell" -> {
                            if (merges.size() < MAX_MERGES) {
                                merges.add(Merge.parse(attribute(x, "ref")));
                            }
                        }
                        default -> {
                            // other elements carry nothing the import needs
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (inValue) {
                        int room = RAW_LIMIT - value.length();
                        if (room > 0) {
                            value.append(x.getTextCharacters(), x.getTextStart(), Math.min(room, x.getTextLength()));
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
                        case "rPh" -> phonetic--;
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

        /** A hidden col range; LibreOffice writes one up to the last column, so it is cut to the grid. */
        private void hideColumns(XMLStreamReader x, BitSet hidden) {
            if (isTrue(attribute(x, "hidden"))) {
                int min = Math.max(1, Integer.parseInt(attribute(x, "min").strip()));
                int max = Math.min(MAX_COLUMNS, Integer.parseInt(attribute(x, "max").strip()));
                if (min <= max) {
                    hidden.set(min - 1, max);
                }
            }
        }

        /** A row's attributes, read in one pass over them (the first of a name counts, as in {@link #attribute}). */
        private void startRow(XMLStreamReader x) {
            String r = null;
            String hidden = null;
            for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
                String name = local(x.getAttributeLocalName(i));
                if (r == null && name.equals("r")) {
                    r = x.getAttributeValue(i);
                } else if (hidden == null && name.equals("hidden")) {
                    hidden = x.getAttributeValue(i);
                }
            }
            at = rowIndex + 2;
            rowIndex = r != null ? Integer.parseInt(r.strip()) - 1 : rowIndex + 1;
            at = rowIndex + 1;
            rowHidden = isTrue(hidden);
            rowCells.clear();
            column = -1;
        }

        /** A cell's reference, type and style, read in one pass over its attributes: two or three a cell, 100,000s of cells. */
        private void startCell(XMLStreamReader x) {
            String r = null;
            String t = null;
            String s = null;
            for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
                String name = local(x.getAttributeLocalName(i));
                if (name.length() != 1) {
                    continue;
                }
                switch (name.charAt(0)) {
                    case 'r' -> r = r == null ? x.getAttributeValue(i) : r;
                    case 't' -> t = t == null ? x.getAttributeValue(i) : t;
                    case 's' -> s = s == null ? x.getAttributeValue(i) : s;
                    default -> {
                        // cm, vm, ph: nothing the import reads
                    }
                }
            }
            column = r != null ? CellRef.columnOf(r) : column + 1;
            type = t;
            style = s == null ? 0 : Integer.parseInt(s.strip());
            value.setLength(0);
            inValue = false;
        }

        private void endCell() {
            inValue = false;
            // Outside the grid (or an overflowing reference): no real cell, and no reason to grow the row to it.
            if (value.length() == 0 || column < 0 || column >= MAX_COLUMNS) {
                return;
            }
            while (rowCells.size() <= column) {
                rowCells.add(null);
            }
            rowCells.set(column, cell());
        }

        private RawCell cell() {
            if (type == null || type.equals("n")) {
                try {
                    return cellText.number(Double.parseDouble(value.toString().strip()), style);
                } catch (NumberFormatException e) {
                    return text(value);
                }
            }
            return switch (type) {
                case "s" -> text((CharSequence) strings.get(Integer.parseInt(value.toString().strip())));
                case "b" -> new RawCell(isTrue(value.toString().strip()) ? "TRUE" : "FALSE", RawCell.Kind.BOOLEAN, 0);
                case "e" -> new RawCell(value.toString().strip(), RawCell.Kind.ERROR, 0);
                case "d" -> {
                    String v = value.toString().strip();
                    yield new RawCell(v.length() >= 10 ? v.substring(0, 10) : v, RawCell.Kind.DATE, 0);
                }
                default -> text(repeated.of(XlsxParts.cellText(value, MAX_CELL_CHARS))); // inlineStr, str (a formula's text)
            };
        }

        /** Text as Excel shows it; longer than a cell may hold, it is an error the row parser names. */
        private RawCell text(CharSequence raw) {
            return text(XlsxParts.cellText(raw, MAX_CELL_CHARS));
        }

        private RawCell text(String text) {
            return text.length() > MAX_CELL_CHARS ? new RawCell(text, RawCell.Kind.ERROR, 0) : RawCell.text(text);
        }

        private void endRow() {
            if (!sink.row(new RawRow(rowIndex, rowCells.toArray(new RawCell[0]), rowHidden))) {
                stopped = true;
            }
        }
    }

    private static String local(String name) {
        return XlsxParts.local(name);
    }

    private static String attribute(XMLStreamReader x, String wanted) {
        return XlsxParts.attribute(x, wanted);
    }

    private static boolean isTrue(String v) {
        return "1".equals(v) || "true".equalsIgnoreCase(v);
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
