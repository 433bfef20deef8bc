package org.taizhang.report.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.taizhang.exchange.export.OfficialDocx;
import org.taizhang.exchange.export.OfficialDocx.Look;
import org.taizhang.report.Bulletin;
import org.taizhang.report.SummaryTables;

/**
 * A {@link Bulletin} as an editable Word document in the layout of GB/T 9704-2012: A4 with its
 * margins, 22 lines of 28 characters a page on the document grid, the title in 二号小标宋, the body
 * in 三号仿宋_GB2312, 一、 headings in 黑体 and （一） lead-ins in 楷体_GB2312, the part for the clerk
 * highlighted, the office and date under the body, "— 1 —" page numbers on the outside, and the
 * attachment's tables on a page of their own.
 */
public final class BulletinDocument {
    /** Lines a page and characters a line of GB/T 9704 (5.2.2). */
    public static final int LINES = 22;
    public static final int CHARS = 28;
    /** 成文日期 four characters in from the right (7.3.5.1, a document that is sealed). */
    private static final double DATE_RIGHT = 4;

    private BulletinDocument() {
    }

    public static void write(Bulletin b, Path file, boolean replace) {
        OfficialDocx doc = new OfficialDocx(OfficialDocx.Paper.A4_PORTRAIT);
        doc.grid(LINES, CHARS, Look.BODY);
        double pitch = doc.linePitch();

        // the title: 二号小标宋, centred, a line under it left empty (主送 标题下空一行)
        doc.text(ParagraphAlignment.CENTER).offGrid().exact(Math.max(pitch, 35)).run(b.title(), Look.TITLE);
        doc.text(ParagraphAlignment.LEFT).run("", Look.BODY);
        if (!b.recipients().isEmpty()) {
            doc.text(ParagraphAlignment.BOTH).run(b.recipients(), Look.BODY);
        }
        for (Bulletin.Part part : b.parts()) {
            doc.text(ParagraphAlignment.BOTH).firstLine(2).keepNext().run(part.heading(), Look.HEADING);
            for (Bulletin.Paragraph p : part.paragraphs()) {
                OfficialDocx.Text t = doc.text(ParagraphAlignment.BOTH).firstLine(2);
                if (!p.lead().isEmpty()) {
                    t.run(p.lead(), Look.SUBHEADING);
                }
                if (p.toFill()) {
                    t.fill(p.text(), Look.BODY);
                } else {
                    t.run(p.text(), Look.BODY);
                }
            }
        }
        // 附件说明: a line under the body, two characters in
        doc.text(ParagraphAlignment.LEFT).run("", Look.BODY);
        doc.text(ParagraphAlignment.BOTH).firstLine(2).run(b.attachment(), Look.BODY);
        // the office centred over the date, the date four characters in from the right; room for the seal above
        String office = b.office();
        double dateWidth = width(b.date());
        double officeWidth = width(office.isEmpty() ? placeholder() : office);
        double officeRight = DATE_RIGHT + (dateWidth - officeWidth) / 2;
        double dateRight = DATE_RIGHT;
        if (officeRight < 2) { // a long office name: both move left, the office two characters in
            dateRight += 2 - officeRight;
            officeRight = 2;
        }
        doc.text(ParagraphAlignment.LEFT).run("", Look.BODY);
        doc.text(ParagraphAlignment.LEFT).run("", Look.BODY);
        OfficialDocx.Text signed = doc.text(ParagraphAlignment.RIGHT).right(officeRight);
        if (office.isEmpty()) {
            signed.fill(placeholder(), Look.BODY);
        } else {
            signed.run(office, Look.BODY);
        }
        doc.text(ParagraphAlignment.RIGHT).right(dateRight).run(b.date(), Look.BODY);

        // 附件: "附件" in 黑体 at the top left of a new page, its title centred on the third line
        Bulletin.Attachment a = b.tables();
        doc.text(ParagraphAlignment.LEFT).newPage().run(a.label(), Look.HEADING);
        doc.text(ParagraphAlignment.LEFT).run("", Look.BODY);
        doc.text(ParagraphAlignment.CENTER).offGrid().exact(Math.max(pitch, 35)).run(a.title(), Look.TITLE);
        doc.text(ParagraphAlignment.CENTER).offGrid().run(a.line(), Look.SUBTITLE);
        for (Bulletin.Titled titled : a.tables()) {
            doc.text(ParagraphAlignment.LEFT).keepNext().before(0.5).run(titled.heading(), Look.HEADING);
            SummaryTables.Table t = titled.table();
            List<OfficialDocx.Column> columns = columns(t.columns());
            OfficialDocx.Table table = doc.table(columns);
            for (List<Object> row : t.rows()) {
                table.row(row.stream().map(String::valueOf).toList());
            }
            if (t.rows().isEmpty()) {
                table.row(List.of(t.empty()));
            }
        }
        doc.text(ParagraphAlignment.LEFT).offGrid().before(0.3).run(b.source(), Look.NOTE);
        doc.pageNumbers();
        doc.write(file, replace);
    }

    /**
     * The columns' widths on the portrait page (8844 twips): each count as wide as its header (五号黑体,
     * a long one on two lines broken where a reader breaks it, with the cell's margins) or as
     * "100.0%", the widest of the report's columns (the 领域's or the unit's name) taking what is
     * left, so that no header breaks inside a word.
     */
    static List<OfficialDocx.Column> columns(List<SummaryTables.Column> report) {
        int text = OfficialDocx.Paper.A4_PORTRAIT.textWidth();
        int widest = 0;
        for (int i = 1; i < report.size(); i++) {
            widest = report.get(i).width() > report.get(widest).width() ? i : widest;
        }
        int[] twips = new int[report.size()];
        int used = 0;
        for (int i = 0; i < report.size(); i++) {
            if (i != widest) {
                double header = 0;
                for (String line : header(report.get(i).header()).split("\n")) {
                    header = Math.max(header, Math.ceil(width(line)));
                }
                twips[i] = (int) Math.round((Math.max(header * OfficialDocx.Look.TABLE_HEADER.points(), 22) + 9) * 20);
                used += twips[i];
            }
        }
        twips[widest] = Math.max(text - used, 1200);
        List<OfficialDocx.Column> out = new ArrayList<>();
        for (int i = 0; i < report.size(); i++) {
            String header = i == widest ? report.get(i).header() : header(report.get(i).header());
            out.add(new OfficialDocx.Column(header, twips[i], report.get(i).centered()));
        }
        return out;
    }

    /** A header of four Chinese characters or more on two lines, broken in the middle (长期/坚持, 按期/完成率). */
    private static String header(String text) {
        return text.length() >= 4 && width(text) == text.length() ? text.substring(0, text.length() / 2) + "\n"
                + text.substring(text.length() / 2) : text;
    }

    private static String placeholder() {
        return org.taizhang.core.I18n.text("bulletin.office");
    }

    /** Width in characters of 三号: a Chinese character one, a figure or Latin letter half. */
    private static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? 0.5 : 1;
        }
        return w;
    }
}
