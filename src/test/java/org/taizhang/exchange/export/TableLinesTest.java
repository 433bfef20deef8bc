package org.taizhang.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many lines a cell's text takes, which sets its row's height: counted in place, as it was by paragraphs. */
class TableLinesTest {
    /** The count as it was made before: paragraph by paragraph, split at each line break. */
    private static int byParagraphs(String text, int widthInChinese) {
        int capacity = Math.max(1, widthInChinese * 2 + 4);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                units += paragraph.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (units + capacity - 1) / capacity);
        }
        return Math.min(lines, 25);
    }

    @Test
    void linesAreCountedAsTheParagraphsWere() {
        String[] texts = {"", "a", "\n", "a\n", "\nb", "a\n\nb", "1.已完成实施方案起草并征求意见12条。2.召开专题推进会3次，梳理问题清单。",
            "1.制定实施方案；\n2.开展试点；\n3.总结推广经验做法。\n", "x".repeat(200), "改".repeat(300),
            "\n".repeat(40), "ab改革\n".repeat(9) + "全面深化改革任务台账".repeat(5)};
        for (String text : texts) {
            for (int width : new int[] {1, 3, 7, 14, 24}) {
                assertEquals(byParagraphs(text, width), Table.lines(text, width), width + ": " + text);
            }
        }
        assertEquals(3, Table.lines("1.制定实施方案；\n2.开展试点；\n3.总结推广经验做法。", 16));
        assertEquals(25, Table.lines("\n".repeat(40), 10));
    }
}
