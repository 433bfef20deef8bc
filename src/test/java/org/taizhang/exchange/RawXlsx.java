package org.taizhang.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx zip by hand, part by part, for what POI's writer never makes: the files of WPS,
 * LibreOffice and scripts (no r attributes, inline strings, Strict OOXML, odd part names, extra
 * parts) and broken or hostile ones. The XML of each sheet is given as written; the package parts
 * around it ([Content_Types].xml, relationships, workbook.xml, styles) are made to fit.
 */
public final class RawXlsx {
    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private static final String PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    /**
     * Cell styles of the default styles part: 0 General, 1 a date (numFmt 14), 2 a custom Chinese
     * date (176), 3 "0.00", 4 text ("@").
     */
    public static final int GENERAL = 0;
    public static final int DATE = 1;
    public static final int CHINESE_DATE = 2;
    public static final int TWO_DECIMALS = 3;

    private record Sheet(String name, String path, String xml, String state) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private final Map<String, String> extraTypes = new LinkedHashMap<>();
    private final List<String> rootRelations = new ArrayList<>();
    private List<String> sharedStrings;
    private String styles = defaultStyles();
    private String workbookPr = "";
    private boolean strict;
    private String workbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static RawXlsx workbook() {
        return new RawXlsx();
    }

    /** A visible sheet whose part is {@code path} (e.g. "xl/worksheets/sheet1.xml"). */
    public RawXlsx sheet(String name, String path, String xml) {
        sheets.add(new Sheet(name, path, xml, null));
        return this;
    }

    public RawXlsx hiddenSheet(String name, String path, String xml) {
        sheets.add(new Sheet(name, path, xml, "hidden"));
        return this;
    }

    /** A sharedStrings part with these items (each the XML inside one si, e.g. "&lt;t&gt;序号&lt;/t&gt;"). */
    public RawXlsx sharedStrings(String... items) {
        sharedStrings = List.of(items);
        return this;
    }

    /** The styles part as given; null leaves it out. */
    public RawXlsx styles(String xml) {
        styles = xml;
        return this;
    }

    public RawXlsx date1904() {
        workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    /** Strict OOXML (ISO 29500 strict): other namespaces and relationship types, same content types. */
    public RawXlsx strict() {
        strict = true;
        return this;
    }

    public RawXlsx workbookContentType(String type) {
        workbookContentType = type;
        return this;
    }

    /** Any other part, with its content type (null: none declared). */
    public RawXlsx part(String path, String contentType, String content) {
        extra.put(path, content.getBytes(StandardCharsets.UTF_8));
        if (contentType != null) {
            extraTypes.put(path, contentType);
        }
        return this;
    }

    /** A relationship from the package root (e.g. to docProps/custom.xml). */
    public RawXlsx rootRelation(String type, String target) {
        rootRelations.add("<Relationship Id=\"rIdX" + rootRelations.size() + "\" Type=\"" + type + "\" Target=\""
                + target + "\"/>");
        return this;
    }

    /** The parts in order, name → bytes, as they go into the zip. */
    public Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        String rel = strict ? STRICT_REL : REL;
        String main = strict ? STRICT_MAIN : MAIN;
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + workbookContentType + "\"/>");
        for (Sheet s : sheets) {
            types.append("<Override PartName=\"/").append(s.path()).append("\" ContentType=\"").append(CT_SHEET)
                    .append("\"/>");
        }
        if (styles != null) {
            types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.styles+xml\"/>");
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/>");
        }
        extraTypes.forEach((path, type) -> types.append("<Override PartName=\"/").append(path)
                .append("\" ContentType=\"").append(type).append("\"/>"));
        types.append("</Types>");
        parts.put("[Content_Types].xml", bytes(types.toString()));

        parts.put("_rels/.rels", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"" + PACKAGE_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + String.join("", rootRelations) + "</Relationships>"));

        StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\">" + workbookPr + "<sheets>");
        StringBuilder wbRels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"" + PACKAGE_REL + "\">");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            wb.append("<sheet name=\"").append(s.name()).append("\" sheetId=\"").append(i + 1).append('"')
                    .append(s.state() == null ? "" : " state=\"" + s.state() + "\"")
                    .append(" r:id=\"rIdS").append(i + 1).append("\"/>");
            wbRels.append("<Relationship Id=\"rIdS").append(i + 1).append("\" Type=\"").append(rel)
                    .append("/worksheet\" Target=\"").append(s.path().substring("xl/".length())).append("\"/>");
        }
        wb.append("</sheets></workbook>");
        if (styles != null) {
            wbRels.append("<Relationship Id=\"rIdStyles\" Type=\"").append(rel)
                    .append("/styles\" Target=\"styles.xml\"/>");
        }
        if (sharedStrings != null) {
            wbRels.append("<Relationship Id=\"rIdStrings\" Type=\"").append(rel)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        wbRels.append("</Relationships>");
        parts.put("xl/workbook.xml", bytes(wb.toString()));
        parts.put("xl/_rels/workbook.xml.rels", bytes(wbRels.toString()));
        for (Sheet s : sheets) {
            parts.put(s.path(), bytes(s.xml()));
        }
        if (styles != null) {
            parts.put("xl/styles.xml", bytes(styles.replace(MAIN, main)));
        }
        if (sharedStrings != null) {
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<sst xmlns=\"" + main + "\" count=\"" + sharedStrings.size() + "\" uniqueCount=\""
                    + sharedStrings.size() + "\">");
            sharedStrings.forEach(si -> sst.append("<si>").append(si).append("</si>"));
            parts.put("xl/sharedStrings.xml", bytes(sst.append("</sst>").toString()));
        }
        parts.putAll(extra);
        return parts;
    }

    public Path save(Path file) {
        return write(file, parts());
    }

    /** Zips these parts, deflated, in order. */
    public static Path write(Path file, Map<String, byte[]> parts) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A worksheet part in the transitional namespace around these rows' XML. */
    public static String sheetXml(String... rows) {
        return sheetXmlIn(MAIN, rows);
    }

    /** A worksheet part in this namespace (e.g. {@link #STRICT_MAIN}). */
    public static String sheetXmlIn(String namespace, String... rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + namespace
                + "\" xmlns:r=\"" + REL + "\"><sheetData>" + String.join("", rows) + "</sheetData></worksheet>";
    }

    /** An inline string cell without a reference. */
    public static String is(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** An inline string cell at a reference. */
    public static String is(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A row at Excel row number {@code r} (1-based) of these cells. */
    public static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }

    /** A header row and data rows of inline strings, with references, as a sheet's rows. */
    public static String[] table(String[]... rows) {
        String[] out = new String[rows.length];
        for (int r = 0; r < rows.length; r++) {
            StringBuilder cells = new StringBuilder();
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    cells.append(is(org.taizhang.exchange.read.CellRef.column(c) + (r + 1), rows[r][c]));
                }
            }
            out[r] = row(r + 1, cells.toString());
        }
        return out;
    }

    static String defaultStyles() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"5\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"176\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs></styleSheet>";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
