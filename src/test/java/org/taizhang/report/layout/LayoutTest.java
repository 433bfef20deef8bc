package org.taizhang.report.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A layout written page by page gives the pages a layout held whole gives, footers and all, and
 * hands each on as soon as it is full, before the rows of the next are laid out.
 */
class LayoutTest {
    /** A heading, a paragraph and a table long enough for many pages, laid out the same each time. */
    private static Layout document(AtomicInteger rowsMade) {
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            numbers.add(Integer.toString(i));
        }
        return new Layout("清单", Marks.PageSize.A4_PORTRAIT, PageWriterTest.SQUARE, "清单（续）", "校验码 1-ABCD",
                w -> {
                    w.title("清单", 18);
                    w.heading("一、总体情况", 60);
                    w.paragraph("这是一段文字。".repeat(40), 10.5f);
                    List<PageWriter.Row> rows = org.taizhang.report.Lists.mapped(numbers, n -> {
                        rowsMade.incrementAndGet();
                        return PageWriter.Row.of(List.of(n, "第" + n + "行".repeat(Integer.parseInt(n) % 7 + 1)));
                    });
                    w.rows(List.of(new PageWriter.Column("序号", 1, true), new PageWriter.Column("内容", 4, false)), rows,
                            "（无）");
                });
    }

    @Test
    void pagesWrittenOneByOneAreThePagesHeldWhole() {
        Marks.Report held = document(new AtomicInteger()).hold();
        List<Marks.Page> written = new ArrayList<>();
        int pages = document(new AtomicInteger()).write(written::add);
        assertEquals(held.pages().size(), pages);
        assertTrue(pages > 10, "a long table: " + pages);
        assertEquals(held.pages(), written, "the same marks, footers and check code included, in the same order");
        Marks.Page last = written.get(written.size() - 1);
        assertTrue(last.marks().stream().anyMatch(m -> m instanceof Marks.Text t
                && t.text().equals("第 " + pages + " 页 共 " + pages + " 页")), "共 m 页 known before the first page");
    }

    @Test
    void eachPageIsHandedOnAsSoonAsItIsFull() {
        AtomicInteger rowsMade = new AtomicInteger();
        Layout layout = document(rowsMade);
        int total = layout.count();
        assertEquals(600, rowsMade.get(), "counting lays every row out once");
        List<Integer> rowsWhenHanded = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        rowsMade.set(0);
        layout.write(total, page -> {
            numbers.add(page.number());
            rowsWhenHanded.add(rowsMade.get());
        });
        assertEquals(total, numbers.size());
        assertEquals(1, numbers.get(0));
        assertTrue(rowsWhenHanded.get(0) < 100, "the first page goes before the table is laid out: "
                + rowsWhenHanded.get(0));
        for (int i = 1; i < rowsWhenHanded.size(); i++) {
            assertTrue(rowsWhenHanded.get(i) >= rowsWhenHanded.get(i - 1), "pages go as the rows are laid out");
        }
        assertTrue(rowsWhenHanded.get(total / 2) < 600, "half-way, half the rows");
    }
}
