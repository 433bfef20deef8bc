package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import org.taizhang.core.LedgerException;

/**
 * The 完成时限 parser on any text a cell may hold: it reads a deadline or says why it cannot, and the
 * lenient reading agrees with the strict one. Without JAZZER_FUZZ it replays the inputs beside this
 * class (the crashes found so far); see docs/RELIABILITY.md for the fuzzing runs.
 */
class DeadlineFuzzTest {
    private static final Set<String> REFUSALS = Set.of("deadline.unreadable", "deadline.badDate", "deadline.noDay",
            "deadline.noMonth");

    @FuzzTest
    @DictionaryEntries({"年", "月", "日", "底前", "季度", "上半年", "下半年", "年内", "年底", "上旬", "中旬", "下旬", "长期坚持",
        "持续推进", "第", "十二", "２０２３", "2023", "-", "/", ".", "．", "。", "，"})
    void readsADeadlineOrSaysWhy(FuzzedDataProvider data) {
        int year = data.consumeInt(1900, 2200);
        String text = data.consumeRemainingAsString();
        Deadline strict;
        try {
            strict = Deadline.parse(text, year);
        } catch (LedgerException e) {
            assertTrue(REFUSALS.contains(e.key()), e.key());
            assertTrue(e.getMessage().contains(text.strip()), "the message quotes the text");
            assertEquals(DeadlineKind.UNREAD, Deadline.parseLenient(text, year).kind(), "lenient agrees");
            return;
        }
        assertEquals(text.strip(), strict.text(), "the text is kept as written");
        assertEquals(strict, Deadline.parseLenient(text, year), "lenient agrees");
        boolean dated = strict.kind() != DeadlineKind.ONGOING && strict.kind() != DeadlineKind.NONE
                && strict.kind() != DeadlineKind.RECURRING && strict.kind() != DeadlineKind.UNDATED;
        if (dated) {
            assertNotNull(strict.date(), strict.kind() + " has a date");
        } else {
            assertNull(strict.date(), strict.kind() + " has none");
        }
        if (strict.kind() == DeadlineKind.RECURRING) {
            java.time.LocalDate day = java.time.LocalDate.of(Math.min(year, 2199), 6, 30);
            assertTrue(strict.dueAfter(day).isAfter(day), "a recurring deadline is due next after the day asked");
        }
    }
}
