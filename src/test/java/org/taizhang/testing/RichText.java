package org.taizhang.testing;

import org.apache.poi.ss.usermodel.Workbook;

/** A workbook cell's rich text read back, its marked runs written out so a test can compare them. */
public final class RichText {
    private RichText() {
    }

    /** A cell's rich text as "[-struck-]" and "{+underlined+}". */
    public static String marks(Workbook wb, org.apache.poi.ss.usermodel.RichTextString rich) {
        StringBuilder b = new StringBuilder();
        String text = rich.getString();
        if (rich.numFormattingRuns() == 0) {
            return text;
        }
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            int start = rich.getIndexOfFormattingRun(i);
            int end = i + 1 < rich.numFormattingRuns() ? rich.getIndexOfFormattingRun(i + 1) : text.length();
            if (i == 0 && start > 0) {
                b.append(text, 0, start);
            }
            org.apache.poi.ss.usermodel.Font f = font(wb, rich, i);
            String part = text.substring(start, end);
            if (f != null && f.getStrikeout()) {
                b.append("[-").append(part).append("-]");
            } else if (f != null && f.getUnderline() == org.apache.poi.ss.usermodel.Font.U_SINGLE) {
                b.append("{+").append(part).append("+}");
            } else {
                b.append(part);
            }
        }
        return b.toString();
    }

    private static org.apache.poi.ss.usermodel.Font font(Workbook wb, org.apache.poi.ss.usermodel.RichTextString rich,
            int run) {
        if (rich instanceof org.apache.poi.xssf.usermodel.XSSFRichTextString x) {
            return x.getFontOfFormattingRun(run);
        }
        org.apache.poi.hssf.usermodel.HSSFRichTextString h = (org.apache.poi.hssf.usermodel.HSSFRichTextString) rich;
        short index = h.getFontOfFormattingRun(run);
        return index == org.apache.poi.hssf.usermodel.HSSFRichTextString.NO_FONT ? null : wb.getFontAt(index);
    }
}
