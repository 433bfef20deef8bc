package org.taizhang.exchange.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * The 督办单 as a Word document, A4 portrait with GB/T 9704 margins: a band in the level's colour
 * with 红色督办单 / 黄色督办单 / 蓝色督办单 in white, the issuing office and the number, the unit
 * addressed, what is found and what is asked (仿宋), the tasks in a table (宋体, header repeated), the
 * contact person, the office and date at the foot, the check code in the footer.
 */
public final class NoticeDocument {
    /** 序号, 改革任务, 完成时限, 逾期/剩余, 最近进展: of the portrait text's 8844 twips. */
    private static final int[] SHARES = {800, 2450, 1250, 1250, 3094};
    private static final boolean[] CENTERED = {true, false, true, true, false};

    private NoticeDocument() {
    }

    public static void write(Path file, boolean replace, NoticeContent n) {
        OfficialDocx doc = new OfficialDocx(OfficialDocx.Paper.A4_PORTRAIT);
        doc.band(n.title(), new OfficialDocx.Look(OfficialDocx.Face.XIAOBIAOSONG, 26, false), n.level().rgb());
        doc.paragraph(n.office(), OfficialDocx.Look.BODY, ParagraphAlignment.CENTER);
        doc.paragraph(n.number(), OfficialDocx.Look.BODY, ParagraphAlignment.CENTER, n.level().rgb());
        if (n.preview()) {
            doc.paragraph(org.taizhang.core.I18n.text("noticeDoc.previewLine"), OfficialDocx.Look.SUBTITLE,
                    ParagraphAlignment.CENTER);
        }
        doc.paragraph(n.unit() + "：", OfficialDocx.Look.BODY, ParagraphAlignment.LEFT);
        doc.indented(n.finding(), OfficialDocx.Look.BODY);
        List<String> headers = NoticeContent.headers();
        List<OfficialDocx.Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new OfficialDocx.Column(headers.get(i), SHARES[i], CENTERED[i]));
        }
        OfficialDocx.Table table = doc.table(columns);
        for (NoticeContent.Row row : n.rows()) {
            table.row(row.cells());
        }
        doc.indented(n.asked(), OfficialDocx.Look.BODY);
        if (!n.contact().isEmpty()) {
            doc.indented(n.contact(), OfficialDocx.Look.BODY);
        }
        doc.paragraph("", OfficialDocx.Look.BODY, ParagraphAlignment.LEFT);
        doc.paragraph(n.signature(), OfficialDocx.Look.BODY, ParagraphAlignment.RIGHT);
        doc.footer(n.checkCode());
        doc.write(file, replace);
    }
}
