package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;

class DeadlineTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
        "2023年12月底前, 2023-12-31, MONTH_END",
        "6月底前, 2024-06-30, MONTH_END",
        "2月底, 2024-02-29, MONTH_END",
        "六月底前, 2024-06-30, MONTH_END",
        "2023年6月, 2023-06-30, MONTH_END",
        "上半年, 2024-06-30, HALF_YEAR_END",
        "下半年, 2024-12-31, HALF_YEAR_END",
        "2023年上半年, 2023-06-30, HALF_YEAR_END",
        "年内, 2024-12-31, YEAR_END",
        "年底前, 2024-12-31, YEAR_END",
        "2023年底前, 2023-12-31, YEAR_END",
        "2025年, 2025-12-31, YEAR_END",
        "三季度末, 2024-09-30, QUARTER_END",
        "第一季度, 2024-03-31, QUARTER_END",
        "2023年6月30日, 2023-06-30, DATE",
        "2023-06-30, 2023-06-30, DATE",
        "2023/6/30, 2023-06-30, DATE",
        "２０２３年６月３０日, 2023-06-30, DATE",
        "6月中旬, 2024-06-20, DATE",
        "6月下旬, 2024-06-30, MONTH_END",
        "6月底前出台方案，年底前全面推开, 2024-12-31, YEAR_END",
        "2023年9月底前完成试点，2024年6月底前全面推开, 2024-06-30, MONTH_END",
    })
    void readsPhrasesInTheLedgersYear(String text, LocalDate date, DeadlineKind kind) {
        Deadline d = Deadline.parse(text, 2024);
        assertEquals(date, d.date());
        assertEquals(kind, d.kind());
        assertEquals(text, d.text(), "the original text is kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"长期坚持", "持续推进", "常态化推进"})
    void ongoingHasNoDate(String text) {
        Deadline d = Deadline.parse(text, 2024);
        assertEquals(DeadlineKind.ONGOING, d.kind());
        assertNull(d.date());
    }

    @Test
    void blankIsNone() {
        assertEquals(Deadline.NONE, Deadline.parse("  ", 2024));
        assertTrue(Deadline.parse(null, 2024).isNone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"尽快", "按上级要求", "abc", "待定"})
    void nonsenseIsAClearFailure(String text) {
        LedgerException e = assertThrows(LedgerException.class, () -> Deadline.parse(text, 2024));
        assertEquals("deadline.unreadable", e.key());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void impossibleDatesAreAClearFailure() {
        assertEquals("deadline.badDate", assertThrows(LedgerException.class,
                () -> Deadline.parse("2023年2月30日", 2023)).key());
        assertEquals("deadline.badDate", assertThrows(LedgerException.class,
                () -> Deadline.parse("13月底前", 2023)).key());
    }

    @Test
    void lenientReadingKeepsUnreadableText() {
        Deadline d = Deadline.parseLenient("尽快", 2024);
        assertEquals(DeadlineKind.UNREAD, d.kind());
        assertEquals("尽快", d.text());
        assertEquals(DeadlineKind.UNREAD, Deadline.parseLenient("2023年2月30日", 2024).kind());
    }

    @Test
    void sortsByDateWithUndatedLast() {
        Deadline june = Deadline.parse("6月底前", 2024);
        Deadline year = Deadline.parse("年内", 2024);
        Deadline ongoing = Deadline.parse("长期坚持", 2024);
        assertTrue(june.compareTo(year) < 0);
        assertTrue(year.compareTo(ongoing) < 0);
        assertTrue(Deadline.of(LocalDate.of(2024, 1, 1)).compareTo(june) < 0);
    }
}
