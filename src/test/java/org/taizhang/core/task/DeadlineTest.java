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
        "年末, 2024-12-31, YEAR_END",
        "2023年年末, 2023-12-31, YEAR_END",
        "年前, 2024-12-31, YEAR_END",
        "全年, 2024-12-31, YEAR_END",
        "2023年底前, 2023-12-31, YEAR_END",
        "2025年, 2025-12-31, YEAR_END",
        "三季度末, 2024-09-30, QUARTER_END",
        "第一季度, 2024-03-31, QUARTER_END",
        "2023年6月30日, 2023-06-30, DATE",
        "2023-06-30, 2023-06-30, DATE",
        "2023/6/30, 2023-06-30, DATE",
        "２０２３年６月３０日, 2023-06-30, DATE",
        "6月上旬, 2024-06-10, DATE",
        "2023年11月上旬, 2023-11-10, DATE",
        "6月中旬, 2024-06-20, DATE",
        "6月下旬, 2024-06-30, MONTH_END",
        "6月底前出台方案，年底前全面推开, 2024-12-31, YEAR_END",
        "2023年9月底前完成试点，2024年6月底前全面推开, 2024-06-30, MONTH_END",
        "9月15日前, 2024-09-15, DATE",
        "九月十五日前, 2024-09-15, DATE",
        "2月29日前, 2024-02-29, DATE",
        "去年年底, 2023-12-31, YEAR_END",
        "次年3月底前, 2025-03-31, MONTH_END",
        "明年上半年, 2025-06-30, HALF_YEAR_END",
        "上年度, 2023-12-31, YEAR_END",
        "今年三季度末, 2024-09-30, QUARTER_END",
        "2023—2025年, 2025-12-31, YEAR_END",
        "2024-2026年, 2026-12-31, YEAR_END",
        "6月底前出台方案，此后每季度报送进展, 2024-06-30, MONTH_END",
        "6.30, 2024-06-30, DATE",
        "6.30前, 2024-06-30, DATE",
        "12/31, 2024-12-31, DATE",
        "20230630, 2023-06-30, DATE",
        "2023.6, 2023-06-30, MONTH_END",
        "2023.6.30, 2023-06-30, DATE",
    })
    void readsPhrasesInTheLedgersYear(String text, LocalDate date, DeadlineKind kind) {
        Deadline d = Deadline.parse(text, 2024);
        assertEquals(date, d.date());
        assertEquals(kind, d.kind());
        assertEquals(text, d.text(), "the original text is kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"长期坚持", "持续推进", "常态化推进", "2023年起", "2023年起持续推进", "2022年以来"})
    void ongoingHasNoDate(String text) {
        Deadline d = Deadline.parse(text, 2024);
        assertEquals(DeadlineKind.ONGOING, d.kind());
        assertNull(d.date());
        assertNull(d.dueAfter(LocalDate.of(2024, 6, 30)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"根据上级部署", "按上级要求", "按进度推进", "按计划推进", "视情况而定", "待定", "适时推进"})
    void phrasesWithoutADateOfTheirOwnAreUndatedNotErrors(String text) {
        Deadline d = Deadline.parse(text, 2024);
        assertEquals(DeadlineKind.UNDATED, d.kind());
        assertNull(d.date());
        assertEquals(text, d.text());
    }

    /** A recurring deadline is due next after the day asked about (after its end). */
    @ParameterizedTest(name = "{0} after {1} → {2}")
    @CsvSource({
        "每月, 2023-06-29, 2023-06-30",
        "每月, 2023-06-30, 2023-07-31",
        "每月, 2024-01-31, 2024-02-29",
        "每季度, 2023-07-01, 2023-09-30",
        "每季度, 2023-09-30, 2023-12-31",
        "每季度末, 2023-12-31, 2024-03-31",
        "按季度报送, 2023-02-10, 2023-03-31",
        "每半年, 2023-05-01, 2023-06-30",
        "每半年, 2023-06-30, 2023-12-31",
        "每年, 2023-06-30, 2023-12-31",
        "每年6月底前, 2023-07-01, 2024-06-30",
        "每年6月底前, 2023-06-29, 2023-06-30",
        "每月10日前, 2023-06-09, 2023-06-10",
        "每月10日前, 2023-06-10, 2023-07-10",
        "每月31日前, 2023-06-01, 2023-06-30",
        "每周, 2023-06-26, 2023-07-02",
        "每周, 2023-07-02, 2023-07-09",
    })
    void recurringIsDueNextAfterTheDayAskedAbout(String text, LocalDate after, LocalDate due) {
        Deadline d = Deadline.parse(text, 2023);
        assertEquals(DeadlineKind.RECURRING, d.kind());
        assertNull(d.date(), "no one date of its own");
        assertEquals(due, d.dueAfter(after));
    }

    @Test
    void aDatedDeadlineIsDueOnItsDateWhateverTheDayAsked() {
        Deadline d = Deadline.parse("6月底前", 2023);
        assertEquals(LocalDate.of(2023, 6, 30), d.dueAfter(LocalDate.of(2023, 7, 5)));
    }

    @Test
    void blankIsNone() {
        assertEquals(Deadline.NONE, Deadline.parse("  ", 2024));
        assertTrue(Deadline.parse(null, 2024).isNone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"尽快", "abc", "抓紧", "2023"})
    void nonsenseIsAClearFailureThatSaysWhatIsUnderstood(String text) {
        LedgerException e = assertThrows(LedgerException.class, () -> Deadline.parse(text, 2024));
        assertEquals("deadline.unreadable", e.key());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(e.getMessage().contains("每季度") && e.getMessage().contains("根据上级部署"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023年2月30日|2023年2月只有28日", "13月底前|没有13月", "6月31日|6月只有30日", "2月30日前|2023年2月只有28日",
            "2月29日前|2023年2月只有28日", "2023年2月29日|2023年2月只有28日", "2022年11月31日|11月只有30日",
            "每月32日前|不存在", "每年13月底前|不存在", "6.31|6月只有30日", "20230231|2023年2月只有28日"})
    void impossibleDatesAreAClearFailureThatSaysWhy(String text, String why) {
        LedgerException e = assertThrows(LedgerException.class, () -> Deadline.parse(text, 2023));
        assertTrue(e.getMessage().contains("“" + text + "”") && e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void leapYearsHaveTheTwentyNinthOfFebruary() {
        assertEquals(LocalDate.of(2024, 2, 29), Deadline.parse("2月29日前", 2024).date());
        assertEquals(LocalDate.of(2024, 2, 29), Deadline.parse("2月底前", 2024).date());
        assertEquals(LocalDate.of(2023, 2, 28), Deadline.parse("2月底前", 2023).date());
        assertEquals(LocalDate.of(2000, 2, 29), Deadline.parse("2000年2月29日", 2023).date(), "a century divisible by 400");
        LedgerException e = assertThrows(LedgerException.class, () -> Deadline.parse("2100年2月29日", 2023));
        assertTrue(e.getMessage().contains("2100年2月只有28日"), e.getMessage());
        assertEquals(LocalDate.of(2024, 2, 29), Deadline.parse("次年2月底前", 2023).date(), "a relative year, then leap");
        assertEquals(LocalDate.of(2024, 2, 29), Deadline.parse("每月底前", 2024).dueAfter(LocalDate.of(2024, 2, 1)));
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
