package org.taizhang.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.taizhang.core.text.TextDiff;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.taizhang.core.I18n;

/**
 * A Word document in the style of the office's official papers (GB/T 9704 where it speaks): A4,
 * every run naming its Chinese font in {@code w:rFonts eastAsia} (and the face Word takes on a PC
 * without it in the font table), a 小标宋 title, tables whose header row repeats on each page, and
 * page numbers as PAGE / NUMPAGES fields in the footer. Written the way every export is written
 * ({@link SafeFile}). The 动态调整清单 is the first user, the 通报 ({@code report.docx}) the
 * second: it adds the page laid out in lines and characters ({@link #grid}), paragraphs written
 * run by run ({@link #text}) and the "— 1 —" page numbers ({@link #pageNumbers}).
 */
public final class OfficialDocx {
    /** Latin letters and figures in the office's papers. */
    private static final String LATIN = "Times New Roman";

    /** A face as the office names it, and the one to take where it is not installed. */
    public enum Face {
        XIAOBIAOSONG("方正小标宋简体", "宋体"),
        FANGSONG("仿宋_GB2312", "仿宋"),
        KAITI("楷体_GB2312", "楷体"),
        HEITI("黑体", "SimHei"),
        SONGTI("宋体", "SimSun");

        private final String family;
        private final String fallback;

        Face(String family, String fallback) {
            this.family = family;
            this.fallback = fallback;
        }

        public String family() {
            return family;
        }
    }

    /** How text looks: face, size in points (二号 22, 三号 16, 四号 14, 小四 12, 五号 10.5, 小五 9), bold. */
    public record Look(Face face, double points, boolean bold) {
        /** The title: 二号小标宋. */
        public static final Look TITLE = new Look(Face.XIAOBIAOSONG, 22, false);
        /** Body text: 三号仿宋. */
        public static final Look BODY = new Look(Face.FANGSONG, 16, false);
        /** A line under the title: 四号楷体. */
        public static final Look SUBTITLE = new Look(Face.KAITI, 14, false);
        public static final Look TABLE_HEADER = new Look(Face.HEITI, 11, false);
        public static final Look TABLE_SECTION = new Look(Face.HEITI, 10.5, false);
        public static final Look TABLE_BODY = new Look(Face.SONGTI, 10.5, false);
        public static final Look FOOTER = new Look(Face.SONGTI, 9, false);
        /** A first-level heading (一、): 三号黑体. */
        public static final Look HEADING = new Look(Face.HEITI, 16, false);
        /** A second-level heading (（一）): 三号楷体. */
        public static final Look SUBHEADING = new Look(Face.KAITI, 16, false);
        /** The page number "— 1 —": 四号宋体 (its figures in Times New Roman, as every figure here). */
        public static final Look PAGE_NUMBER = new Look(Face.SONGTI, 14, false);
        /** A note under a table: 五号宋体. */
        public static final Look NOTE = new Look(Face.SONGTI, 10.5, false);
    }

    /** The paper and its margins, in twentieths of a point (twips; 1 mm ≈ 56.7). */
    public enum Paper {
        /** GB/T 9704: 天头 37 mm, 订口 28 mm, the text 156 × 225 mm. */
        A4_PORTRAIT(11906, 16838, 2098, 1474, 1984, 1588, 1134),
        /** A4 turned for a wide table: 20 mm all round, the footer 10 mm from the paper's edge. */
        A4_LANDSCAPE(16838, 11906, 1134, 1134, 1134, 1134, 567);

        final int width;
        final int height;
        final int top;
        final int right;
        final int bottom;
        final int left;
        final int footer;

        Paper(int width, int height, int top, int right, int bottom, int left, int footer) {
            this.width = width;
            this.height = height;
            this.top = top;
            this.right = right;
            this.bottom = bottom;
            this.left = left;
            this.footer = footer;
        }

        /** The width of the text between the side margins. */
        public int textWidth() {
            return width - left - right;
        }
    }

    /**
     * A table column: its header, its share of the text's width (in twips, they may add up to
     * {@link Paper#textWidth()}), whether its cells are centred.
     */
    public record Column(String header, int share, boolean centered) {
    }

    private final XWPFDocument doc = new XWPFDocument();
    private final Paper paper;
    /** The body's line pitch in twips once {@link #grid} laid the page out in lines, else 0. */
    private int linePitch;
    /** The width of a character of the grid in twips, once {@link #grid} set one. */
    private double charPitch;
    /** The body's size in points, once {@link #grid} set one. */
    private double bodyPoints;

    public OfficialDocx(Paper paper) {
        this.paper = paper;
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(paper.width));
        size.setH(BigInteger.valueOf(paper.height));
        if (paper.width > paper.height) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(paper.top));
        mar.setRight(BigInteger.valueOf(paper.right));
        mar.setBottom(BigInteger.valueOf(paper.bottom));
        mar.setLeft(BigInteger.valueOf(paper.left));
        mar.setHeader(BigInteger.valueOf(paper.footer));
        mar.setFooter(BigInteger.valueOf(paper.footer));
        mar.setGutter(BigInteger.ZERO);
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(LATIN);
        defaults.setHAnsi(LATIN);
        defaults.setEastAsia(Face.SONGTI.family);
        doc.createStyles().setDefaultFonts(defaults);
        doc.getStyles().setEastAsia("zh-CN");
    }

    /**
     * Lays the page out as GB/T 9704 does: {@code lines} lines of {@code chars} characters of the
     * body's look (22 × 28 in 三号). The section's {@code docGrid} (指定行和字符网格) gets the line
     * pitch (the text's height over the lines) and the character pitch, which Word counts from
     * the default size (here the body's) plus {@code charSpace}/4096 points; the default run is
     * set in the body's look (and the Normal style, where LibreOffice reads it): Word and WPS show
     * the grid in 文档网格, and text a clerk adds there stands on it. Paragraphs written with
     * {@link #text} keep to its lines at an exact height of one pitch but not to its characters:
     * LibreOffice gives a character wider than a cell two cells, so they draw their runs together
     * instead (see {@link Text}); the title, tables and page numbers, in other sizes, are off it too.
     */
    public void grid(int lines, int chars, Look body) {
        int height = paper.height - paper.top - paper.bottom;
        linePitch = height / lines;
        charPitch = (double) paper.textWidth() / chars;
        bodyPoints = body.points();
        int charSpace = (int) Math.round((charPitch / 20.0 - body.points()) * 4096);
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(linePitch));
        grid.setCharSpace(BigInteger.valueOf(charSpace));
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(LATIN);
        defaults.setHAnsi(LATIN);
        defaults.setEastAsia(body.face().family);
        doc.getStyles().setDefaultFonts(defaults);
        BigInteger size = BigInteger.valueOf(Math.round(body.points() * 2));
        var rPr = doc.getStyles().getDefaultRunStyle().getRPr();
        (rPr.sizeOfSzArray() > 0 ? rPr.getSzArray(0) : rPr.addNewSz()).setVal(size);
        // the Normal style in the body's look too: LibreOffice takes the grid's character from it
        // (without it, 12 pt, and every 三号 character would fill two cells of the grid)
        CTStyle normal = CTStyle.Factory.newInstance();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(STOnOff1.ON);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        CTRPr normalRun = normal.addNewRPr();
        CTFonts normalFonts = normalRun.addNewRFonts();
        normalFonts.setAscii(LATIN);
        normalFonts.setHAnsi(LATIN);
        normalFonts.setEastAsia(body.face().family);
        normalRun.addNewSz().setVal(size);
        normalRun.addNewSzCs().setVal(size);
        doc.getStyles().addStyle(new XWPFStyle(normal));
    }

    /** The line pitch of {@link #grid} in points (28.95 for 22 lines of GB/T 9704), or 0 without a grid. */
    public double linePitch() {
        return linePitch / 20.0;
    }

    /** A paragraph written run by run; on the page's grid when there is one (see {@link #grid}). */
    public Text text(ParagraphAlignment align) {
        return new Text(align);
    }

    /** A paragraph of the body, run by run: indents in characters of the grid, an exact line height. */
    public final class Text {
        private final XWPFParagraph p = doc.createParagraph();
        private boolean offGrid;

        private Text(ParagraphAlignment align) {
            p.setAlignment(align);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            if (linePitch > 0) {
                p.setSpacingBetween(linePitch / 20.0, LineSpacingRule.EXACT);
                // Set on the grid's pitch by the paragraph itself: LibreOffice gives a character
                // wider than a cell of the grid two cells (Word squeezes it into one), so a 三号
                // character on a grid of 28 a line would take two there. Off the grid, each run is
                // drawn closer by the difference, which every program honours alike.
                ppr(p).addNewSnapToGrid().setVal(STOnOff1.OFF);
                // no extra space where Chinese meets a figure or a Latin letter: the official
                // document sets "2023年" close, as the grid counts it
                ppr(p).addNewAutoSpaceDE().setVal(STOnOff1.OFF);
                ppr(p).addNewAutoSpaceDN().setVal(STOnOff1.OFF);
            }
        }

        /** Text in a look; "\n" breaks the line. */
        public Text run(String text, Look look) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFRun r = tight(OfficialDocx.run(p, look), look);
                if (i > 0) {
                    r.addBreak();
                }
                r.setText(lines[i]);
            }
            return this;
        }

        /** Text the clerk is to replace: highlighted in yellow, as Word and WPS mark what is to be filled. */
        public Text fill(String text, Look look) {
            XWPFRun r = tight(OfficialDocx.run(p, look), look);
            r.setText(text);
            r.setTextHighlightColor("yellow");
            return this;
        }

        /**
         * A run of the body's size drawn together by what the grid's character is narrower than
         * the type (28 三号 characters in 156 mm: 0.25 pt each), in whole twentieths of a point,
         * rounded so that 28 still fit.
         */
        private XWPFRun tight(XWPFRun r, Look look) {
            if (charPitch > 0 && !offGrid && Math.abs(look.points() - bodyPoints) < 0.01) {
                int spacing = (int) Math.floor(charPitch - look.points() * 20);
                if (spacing < 0) {
                    r.setCharacterSpacing(spacing);
                }
            }
            return r;
        }

        /** The first line indented by this many characters (w:firstLineChars, and in twips for a reader without them). */
        public Text firstLine(double chars) {
            ind().setFirstLineChars(BigInteger.valueOf(Math.round(chars * 100)));
            ind().setFirstLine(BigInteger.valueOf(Math.round(chars * pitch())));
            return this;
        }

        /** The right edge held in by this many characters. */
        public Text right(double chars) {
            ind().setRightChars(BigInteger.valueOf(Math.round(chars * 100)));
            ind().setRight(BigInteger.valueOf(Math.round(chars * pitch())));
            return this;
        }

        /** A line height of its own, in points (固定值), for a line in a larger type than the body's. */
        public Text exact(double points) {
            p.setSpacingBetween(points, LineSpacingRule.EXACT);
            return this;
        }

        /** Space before, in lines of the grid. */
        public Text before(double lines) {
            p.setSpacingBefore((int) Math.round(lines * (linePitch > 0 ? linePitch : 240)));
            return this;
        }

        /** Kept on the page of the paragraph after it (a heading). */
        public Text keepNext() {
            p.setKeepNext(true);
            return this;
        }

        /** Begins a new page (an attachment). */
        public Text newPage() {
            p.setPageBreak(true);
            return this;
        }

        /**
         * Kept to the type's own width and line: a type larger or smaller than the body's (its
         * runs are not drawn together either).
         */
        public Text offGrid() {
            CTPPr ppr = ppr(p);
            (ppr.isSetSnapToGrid() ? ppr.getSnapToGrid() : ppr.addNewSnapToGrid()).setVal(STOnOff1.OFF);
            offGrid = true;
            return this;
        }

        /** The paragraph's text, for a test. */
        public String text() {
            return p.getText();
        }

        private CTInd ind() {
            CTPPr ppr = ppr(p);
            return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        }

        private double pitch() {
            return charPitch > 0 ? charPitch : 320;
        }
    }

    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /**
     * Page numbers as GB/T 9704 (7.5) sets them: 四号宋体 Arabic figures between two em dashes
     * ("— 1 —"), a PAGE field; odd pages on the right, even pages on the left, each one character
     * in from the edge (单页码居右空一字，双页码居左空一字), so that they sit on the outside
     * of a sheet printed on both sides; the line 7 mm below the text.
     */
    public void pageNumbers() {
        doc.setEvenAndOddHeadings(true);
        int line = 400; // 20 pt: the line's exact height
        int indent = 280; // one character of 四号
        CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
        mar.setFooter(BigInteger.valueOf(paper.bottom - 397 - line)); // 7 mm = 397 twips below the text
        for (HeaderFooterType type : List.of(HeaderFooterType.DEFAULT, HeaderFooterType.EVEN)) {
            XWPFFooter footer = doc.createFooter(type);
            XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
            boolean odd = type == HeaderFooterType.DEFAULT;
            p.setAlignment(odd ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            p.setSpacingBetween(line / 20.0, LineSpacingRule.EXACT);
            CTInd ind = ppr(p).addNewInd();
            if (odd) {
                ind.setRight(BigInteger.valueOf(indent));
            } else {
                ind.setLeft(BigInteger.valueOf(indent));
            }
            ppr(p).addNewSnapToGrid().setVal(STOnOff1.OFF);
            run(p, Look.PAGE_NUMBER).setText("\u2014 ");
            field(p, "PAGE", Look.PAGE_NUMBER);
            run(p, Look.PAGE_NUMBER).setText(" \u2014");
        }
    }

    /** The title, centred; a line break where the text has one (official titles break at a unit of meaning). */
    public void title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(240);
        p.setSpacingBetween(1.1, LineSpacingRule.AUTO);
        lines(p, text, Look.TITLE);
    }

    /**
     * A coloured band across the text's width with {@code text} in white on it (the level of a
     * 督办单: 红色 / 黄色 / 蓝色): the paragraph shaded in {@code rgb} (six hex digits).
     */
    public void band(String text, Look look, String rgb) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(0);
        p.setSpacingAfter(240);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var shd = ppr.addNewShd();
        shd.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(rgb);
        XWPFRun r = run(p, look);
        r.setColor("FFFFFF");
        r.setText(text);
    }

    /** A paragraph of text in one look, its colour {@code rgb} (six hex digits). */
    public void paragraph(String text, Look look, ParagraphAlignment align, String rgb) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, look);
            if (i > 0) {
                r.addBreak();
            }
            r.setColor(rgb);
            r.setText(lines[i]);
        }
    }

    /** A paragraph of body text with its first line indented by two characters, as official prose is. */
    public void indented(String text, Look look) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBefore(60);
        p.setSpacingAfter(60);
        p.setIndentationFirstLine((int) Math.round(look.points() * 2 * 20));
        lines(p, text, look);
    }

    /** A paragraph of text in one look. */
    public void paragraph(String text, Look look, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        lines(p, text, look);
    }

    /** A table across the text's width, its header row repeated on each page. */
    public Table table(List<Column> columns) {
        return new Table(columns);
    }

    /**
     * The footer on every page: "第 X 页 共 Y 页" in the middle (PAGE and NUMPAGES fields, so Word,
     * WPS and LibreOffice count the pages as they lay them out) and {@code right} at the right edge.
     */
    public void footer(String right) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabs tabs = ppr.addNewTabs();
        tabs.addNewTab().setVal(STTabJc.CENTER);
        tabs.getTabArray(0).setPos(BigInteger.valueOf(paper.textWidth() / 2));
        tabs.addNewTab().setVal(STTabJc.RIGHT);
        tabs.getTabArray(1).setPos(BigInteger.valueOf(paper.textWidth()));
        run(p, Look.FOOTER).addTab();
        // "第 {0} 页 共 {1} 页" from the bundle, its placeholders turned into fields
        String pattern = I18n.text("report.footer", "\u0001", "\u0002");
        StringBuilder text = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '\u0001' || c == '\u0002') {
                run(p, Look.FOOTER).setText(text.toString());
                text.setLength(0);
                field(p, c == '\u0001' ? "PAGE" : "NUMPAGES");
            } else {
                text.append(c);
            }
        }
        XWPFRun tail = run(p, Look.FOOTER);
        tail.setText(text.toString());
        tail.addTab();
        run(p, Look.FOOTER).setText(right);
    }

    private static void field(XWPFParagraph p, String instruction) {
        field(p, instruction, Look.FOOTER);
    }

    private static void field(XWPFParagraph p, String instruction, Look look) {
        run(p, look).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, look).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        run(p, look).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, look).setText("1");
        run(p, look).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** Writes the document (through a temporary file, {@link SafeFile}); once, it is closed after. */
    public void write(Path file, boolean replace) {
        List<IBodyElement> body = doc.getBodyElements();
        if (!body.isEmpty() && body.get(body.size() - 1).getElementType() == BodyElementType.TABLE) {
            // Word ends a body with a paragraph; a tiny one, so that it never makes a page of its own
            XWPFParagraph end = doc.createParagraph();
            end.setSpacingAfter(0);
            end.setSpacingBetween(1, LineSpacingRule.AUTO);
            run(end, new Look(Face.SONGTI, 1, false));
        }
        fontTable();
        SafeFile.write(file, replace, (OutputStream out) -> {
            try {
                doc.write(out);
            } finally {
                doc.close();
            }
        });
    }

    /**
     * The font table: each face named, with the face Word substitutes where it is missing (altName)
     * and the GB2312 character set. Written as text: POI's lite schemas leave its classes out.
     */
    private void fontTable() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (Face f : Face.values()) {
            x.append("<w:font w:name=\"").append(f.family).append("\"><w:altName w:val=\"").append(f.fallback)
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        x.append("<w:font w:name=\"").append(LATIN).append("\"><w:panose1 w:val=\"02020603050405020304\"/>"
                + "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            if (doc.getPackage().containPart(name)) {
                return;
            }
            PackagePart part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write(x.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text in a paragraph, a line break for each "\n". */
    private static void lines(XWPFParagraph p, String text, Look look) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, look);
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
    }

    /** A run in a look: the Chinese face on eastAsia (where Word looks for it), figures in Times New Roman. */
    private static XWPFRun run(XWPFParagraph p, Look look) {
        XWPFRun r = p.createRun();
        r.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(look.face().family, XWPFRun.FontCharRange.eastAsia);
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        pr.getRFontsArray(0).setHint(STHint.EAST_ASIA);
        pr.addNewLang().setEastAsia("zh-CN");
        r.setFontSize(look.points());
        if (look.bold()) {
            r.setBold(true);
        }
        return r;
    }

    /** A table of the document: a header row repeated on every page, then section and body rows. */
    public final class Table {
        private final List<Column> columns;
        private final XWPFTable table;
        private final int[] widths;

        private Table(List<Column> columns) {
            this.columns = List.copyOf(columns);
            int total = columns.stream().mapToInt(Column::share).sum();
            widths = new int[columns.size()];
            int left = paper.textWidth();
            for (int i = 0; i < widths.length; i++) {
                widths[i] = i == widths.length - 1 ? left : paper.textWidth() * columns.get(i).share() / total;
                left -= widths[i];
            }
            table = doc.createTable(1, columns.size());
            table.setWidth(Integer.toString(paper.textWidth()));
            table.setWidthType(TableWidthType.DXA);
            table.setTableAlignment(TableRowAlign.CENTER);
            var pr = table.getCTTbl().getTblPr();
            (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            for (var border : List.<java.util.function.Consumer<XWPFTable>>of(
                    t -> t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "000000"),
                    t -> t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "000000"),
                    t -> t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "000000"),
                    t -> t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "000000"),
                    t -> t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000"),
                    t -> t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000"))) {
                border.accept(table);
            }
            table.setCellMargins(40, 80, 40, 80);
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                fill(header.getCell(i), widths[i], columns.get(i).header(), Look.TABLE_HEADER, ParagraphAlignment.CENTER);
            }
        }

        /** A row across the table naming the group below it, kept on the page of the group's first row. */
        public void section(String heading) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            while (row.getTableCells().size() > 1) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            XWPFTableCell cell = row.getCell(0);
            fill(cell, paper.textWidth(), heading, Look.TABLE_SECTION, ParagraphAlignment.LEFT);
            tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns.size()));
            for (XWPFParagraph p : cell.getParagraphs()) {
                CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                ppr.addNewKeepNext();
            }
        }

        /** A body row; "\n" in a cell starts a new paragraph. A row is not split across pages. */
        public void row(List<String> cells) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
                // left, not justified: in a narrow column 两端对齐 spreads a line's characters apart
                // wherever a closing mark may not begin the next line
                fill(row.getCell(i), widths[i], text, Look.TABLE_BODY,
                        columns.get(i).centered() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            }
        }

        /**
         * A body row whose cells in {@code marked} are written run by run with their differences
         * marked ({@link DiffLook}): removed struck through, added underlined, each in its colour.
         */
        public void row(List<String> cells, java.util.Map<Integer, List<TextDiff.Run>> marked) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
                ParagraphAlignment align = columns.get(i).centered() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
                List<TextDiff.Run> runs = marked.get(i);
                if (runs == null) {
                    fill(row.getCell(i), widths[i], text, Look.TABLE_BODY, align);
                } else {
                    fill(row.getCell(i), widths[i], runs, Look.TABLE_BODY, align);
                }
            }
        }

        private void fill(XWPFTableCell cell, int width, List<TextDiff.Run> runs, Look look, ParagraphAlignment align) {
            fill(cell, width, "", look, align); // the cell's width and first paragraph, one empty run
            XWPFParagraph p = cell.getParagraphs().get(cell.getParagraphs().size() - 1);
            for (TextDiff.Run r : runs) {
                String[] lines = r.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        p = cell.addParagraph();
                        p.setAlignment(align);
                        p.setSpacingBefore(0);
                        p.setSpacingAfter(0);
                        p.setSpacingBetween(lineHeight(look), LineSpacingRule.EXACT);
                        if (linePitch > 0) {
                            ppr(p).addNewSnapToGrid().setVal(STOnOff1.OFF);
                        }
                    }
                    if (lines[i].isEmpty()) {
                        continue;
                    }
                    XWPFRun run = run(p, look);
                    run.setText(lines[i]);
                    DiffLook.mark(run, r.mark());
                }
            }
        }

        private void fill(XWPFTableCell cell, int width, String text, Look look, ParagraphAlignment align) {
            CTTcPr pr = tcPr(cell);
            var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
            w.setW(BigInteger.valueOf(width));
            w.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph p = i == 0 && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().get(0)
                        : cell.addParagraph();
                p.setAlignment(align);
                p.setSpacingBefore(0);
                p.setSpacingAfter(0);
                p.setSpacingBetween(lineHeight(look), LineSpacingRule.EXACT);
                if (linePitch > 0) {
                    ppr(p).addNewSnapToGrid().setVal(STOnOff1.OFF);
                }
                run(p, look).setText(lines[i]);
            }
        }

        /**
         * A fixed line height (固定值), a third more than the type: rows come out the same height in
         * Word, WPS and LibreOffice, whichever face stands in for a missing one.
         */
        private static double lineHeight(Look look) {
            return Math.round(look.points() * 4 / 3 * 2) / 2.0;
        }

        private static CTTcPr tcPr(XWPFTableCell cell) {
            return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        }
    }
}
