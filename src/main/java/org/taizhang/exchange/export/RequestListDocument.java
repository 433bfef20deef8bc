package org.taizhang.exchange.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * The 动态调整清单 as the Word document the committee reads: A4 landscape (eight columns of text
 * do not fit a portrait page), the meeting and 改革任务动态调整清单 as a two-line 小标宋 title, the
 * ledger's line in 楷体, the table in 宋体 with its header on every page and a row per request
 * under the heading of its type, "第 X 页 共 Y 页" and the check code in the footer.
 */
public final class RequestListDocument {
    /**
     * The columns' widths in twips, the landscape text's 14570 in all: 序号 and 调整类型 just wide
     * enough for their headers, 牵头单位 for "市发展改革委" on one line, the reason the most room.
     */
    private static final int[] SHARES = {620, 2300, 1450, 1100, 1700, 2100, 3300, 2000};
    private static final boolean[] CENTERED = {true, false, true, true, false, false, false, false};

    private RequestListDocument() {
    }

    public static void write(Path file, boolean replace, RequestListContent list) {
        OfficialDocx doc = new OfficialDocx(OfficialDocx.Paper.A4_LANDSCAPE);
        doc.title(list.meeting() + "\n" + list.title());
        doc.paragraph(list.line(), OfficialDocx.Look.SUBTITLE, ParagraphAlignment.CENTER);
        List<String> headers = RequestListContent.headers();
        List<OfficialDocx.Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new OfficialDocx.Column(headers.get(i), SHARES[i], CENTERED[i]));
        }
        OfficialDocx.Table table = doc.table(columns);
        for (RequestListContent.Section s : list.sections()) {
            table.section(s.heading());
            for (RequestListContent.Row row : s.rows()) {
                table.row(row.cells(), row.diff() == null ? java.util.Map.of()
                        : java.util.Map.of(4, row.diff().before(), 5, row.diff().after()));
            }
        }
        doc.footer(list.checkCode());
        doc.write(file, replace);
    }
}
