package org.taizhang.exchange.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The look of the office's own tables, made once per workbook: a 宋体 title, a bold header in
 * 黑体 on grey with borders, body text in 宋体 wrapped at the top of bordered cells, 领域 rows
 * shaded, and the cells a unit fills in shaded yellow and left unlocked.
 */
final class Styles {
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle body;
    final CellStyle bodyCentered;
    final CellStyle bodyText;
    /** The fonts of a difference's marked runs in a body cell. */
    final DiffLook.Fonts diff;
    final CellStyle date;
    final CellStyle section;
    final CellStyle editable;
    final CellStyle note;

    Styles(Workbook wb) {
        Font titleFont = font(wb, "宋体", 18, true);
        Font headerFont = font(wb, "黑体", 11, true);
        Font bodyFont = font(wb, "宋体", 10.5, false);
        Font sectionFont = font(wb, "黑体", 11, true);
        Font noteFont = font(wb, "仿宋", 10.5, false);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        subtitle = wb.createCellStyle();
        subtitle.setFont(bodyFont);
        subtitle.setVerticalAlignment(VerticalAlignment.CENTER);

        header = bordered(wb, headerFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        fill(header, IndexedColors.GREY_25_PERCENT);

        diff = new DiffLook.Fonts(wb, bodyFont);
        body = bordered(wb, bodyFont);
        body.setVerticalAlignment(VerticalAlignment.TOP);
        body.setWrapText(true);

        bodyCentered = bordered(wb, bodyFont);
        bodyCentered.setAlignment(HorizontalAlignment.CENTER);
        bodyCentered.setVerticalAlignment(VerticalAlignment.TOP);
        bodyCentered.setWrapText(true);

        // Text that begins with = + - @ stays text when a clerk edits the cell in Excel.
        bodyText = wb.createCellStyle();
        bodyText.cloneStyleFrom(body);
        bodyText.setQuotePrefixed(true);

        date = bordered(wb, bodyFont);
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setAlignment(HorizontalAlignment.CENTER);
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

        section = bordered(wb, sectionFont);
        section.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(section, IndexedColors.LIGHT_TURQUOISE);

        editable = bordered(wb, bodyFont);
        editable.setVerticalAlignment(VerticalAlignment.TOP);
        editable.setWrapText(true);
        editable.setLocked(false);
        fill(editable, IndexedColors.LIGHT_YELLOW);

        note = wb.createCellStyle();
        note.setFont(noteFont);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static Font font(Workbook wb, String name, double points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeight((short) Math.round(points * 20));
        f.setBold(bold);
        return f;
    }

    private static CellStyle bordered(Workbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void fill(CellStyle s, IndexedColors color) {
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
