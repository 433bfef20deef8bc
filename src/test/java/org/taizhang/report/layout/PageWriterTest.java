package org.taizhang.report.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page layout with a plain font where every character is as wide as its size. */
class PageWriterTest {
    static final Marks.Metrics SQUARE = (text, size) -> text.codePointCount(0, text.length()) * size;

    private static List<String> texts(Marks.Page page) {
        List<String> out = new ArrayList<>();
        for (Marks.Mark m : page.marks()) {
            if (m instanceof Marks.Text t) {
                out.add(t.text());
            }
        }
        return out;
    }

    @Test
    void chineseWrapsAnywhereButNeverStartsALineWithClosingPunctuation() {
        PageWriter w = new PageWriter(Marks.PageSize.A4_PORTRAIT, SQUARE, "");
        assertEquals(List.of("一二三", "四五"), w.wrap("一二三四五", 10, 30));
        assertEquals(List.of("一二三，", "四"), w.wrap("一二三，四", 10, 30), "the comma hangs");
        assertEquals(List.of("一", "", "二"), w.wrap("一\n\n二", 10, 30), "line breaks are kept");
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndEveryPageHasItsFooter() {
        PageWriter w = new PageWriter(Marks.PageSize.A4_PORTRAIT, SQUARE, "标题");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            rows.add(List.of(Integer.toString(i), "第" + i + "行"));
        }
        w.heading("一、清单", 60);
        w.table(List.of(new PageWriter.Column("序号", 1, true), new PageWriter.Column("内容", 4, false)), rows, "（无）");
        Marks.Report report = w.finish("标题", "");
        assertTrue(report.pages().size() >= 5, "200 rows: " + report.pages().size());
        int rowsSeen = 0;
        for (Marks.Page page : report.pages()) {
            List<String> texts = texts(page);
            assertTrue(texts.contains("序号") && texts.contains("内容"), "header on page " + page.number());
            assertTrue(texts.contains("第 " + page.number() + " 页 共 " + report.pages().size() + " 页"));
            rowsSeen += (int) texts.stream().filter(t -> t.matches("第\\d+行")).count();
            for (Marks.Mark m : page.marks()) {
                if (m instanceof Marks.Box b) {
                    assertTrue(b.y() + b.height() <= Marks.PageSize.A4_PORTRAIT.height() - 42, "inside the margin");
                }
            }
        }
        assertEquals(200, rowsSeen, "every row once");
    }

    @Test
    void aHeadingIsNotLeftAloneAtTheFootOfAPage() {
        PageWriter w = new PageWriter(Marks.PageSize.A4_PORTRAIT, SQUARE, "标题");
        w.space(Marks.PageSize.A4_PORTRAIT.height() - 42 - 18 - 42 - 40); // 40 points left on the page
        w.heading("二、下一节", 60);
        Marks.Report report = w.finish("标题", "");
        assertEquals(2, report.pages().size());
        assertTrue(texts(report.pages().get(1)).contains("二、下一节"));
    }

    @Test
    void aSectionRowIsNotLeftAloneAtTheFootOfAPage() {
        PageWriter w = new PageWriter(Marks.PageSize.A4_LANDSCAPE, SQUARE, "标题");
        float row = 9 * 1.45f + 8; // one line of 9-point text and its padding
        float bottom = Marks.PageSize.A4_LANDSCAPE.height() - 42 - 18;
        w.space(bottom - 42 - 2 * row - 30); // after the header and one row, 30 points: room for a row, not two
        List<PageWriter.Row> rows = List.of(PageWriter.Row.of(List.of("1", "第一行")), PageWriter.Row.section("二、领域"),
                PageWriter.Row.of(List.of("2", "第二行")));
        w.rows(List.of(new PageWriter.Column("序号", 1, true), new PageWriter.Column("内容", 4, false)), rows, "（无）");
        Marks.Report report = w.finish("标题", "");
        assertEquals(2, report.pages().size());
        assertTrue(texts(report.pages().get(0)).contains("第一行"));
        assertTrue(!texts(report.pages().get(0)).contains("二、领域"), "the heading goes over with its row");
        assertTrue(texts(report.pages().get(1)).containsAll(List.of("序号", "二、领域", "第二行")));
    }
}
