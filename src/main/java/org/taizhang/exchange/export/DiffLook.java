package org.taizhang.exchange.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.taizhang.core.text.TextDiff;

/**
 * How a document marks a difference ({@link TextDiff}), as the window does: a removed run struck
 * through in red, an added one underlined in green, so the marks survive a black-and-white
 * printer and a reader who does not tell red from green. The colours are the window's
 * (-color-diff-removed-fg, -color-diff-added-fg in fxml/taizhang.css; CssTokensTest keeps them
 * equal).
 */
public final class DiffLook {
    /** A removed run's colour, RRGGBB. */
    public static final String REMOVED_RGB = "B3261E";
    /** An added run's colour, RRGGBB. */
    public static final String ADDED_RGB = "1B6E2A";

    private DiffLook() {
    }

    /** A cell's text with its differences marked, for {@link Table#row}: written as rich text. */
    public record Marked(List<TextDiff.Run> runs) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            runs.forEach(r -> b.append(r.text()));
            return b.toString();
        }
    }

    /**
     * A field's values before and after for a workbook's two cells: marked where both hold text
     * (a value written into an empty field, or emptied, is all of it new or gone: no marks).
     */
    static Object[] cells(org.taizhang.core.task.TaskField field, String before, String after) {
        if (before.isEmpty() || after.isEmpty() || before.equals(after)) {
            return new Object[] {before, after};
        }
        TextDiff d = TextDiff.of(field, before, after);
        return new Object[] {new Marked(d.before()), new Marked(d.after())};
    }

    /** Marks a Word run as {@code mark} says; an unmarked run is left as it is. */
    static void mark(XWPFRun run, TextDiff.Mark mark) {
        switch (mark) {
            case SAME -> {
            }
            case REMOVED -> {
                run.setStrikeThrough(true);
                run.setColor(REMOVED_RGB);
            }
            case ADDED -> {
                run.setUnderline(UnderlinePatterns.SINGLE);
                run.setColor(ADDED_RGB);
            }
        }
    }

    /** A workbook's two fonts for marked runs, made once per workbook, over a cell's body font. */
    static final class Fonts {
        private final Font removed;
        private final Font added;

        Fonts(Workbook wb, Font body) {
            removed = copy(wb, body);
            removed.setStrikeout(true);
            colour(removed, REMOVED_RGB, org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
            added = copy(wb, body);
            added.setUnderline(Font.U_SINGLE);
            colour(added, ADDED_RGB, org.apache.poi.ss.usermodel.IndexedColors.GREEN.getIndex());
        }

        private static Font copy(Workbook wb, Font body) {
            Font f = wb.createFont();
            f.setFontName(body.getFontName());
            f.setFontHeightInPoints(body.getFontHeightInPoints());
            f.setCharSet(body.getCharSet());
            return f;
        }

        private static void colour(Font f, String rgb, short indexed) {
            if (f instanceof XSSFFont x) {
                int v = Integer.parseInt(rgb, 16);
                x.setColor(new XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v}, null));
            } else {
                f.setColor(indexed); // .xls: the palette's nearest
            }
        }

        /** The runs as one cell's rich text, the marked ones in their fonts. */
        RichTextString text(Workbook wb, List<TextDiff.Run> runs) {
            StringBuilder b = new StringBuilder();
            runs.forEach(r -> b.append(r.text()));
            RichTextString rich = wb.getCreationHelper().createRichTextString(b.toString());
            int at = 0;
            for (TextDiff.Run r : runs) {
                int end = at + r.text().length();
                if (r.mark() != TextDiff.Mark.SAME && end > at) {
                    rich.applyFont(at, end, r.mark() == TextDiff.Mark.REMOVED ? removed : added);
                }
                at = end;
            }
            return rich;
        }
    }
}
