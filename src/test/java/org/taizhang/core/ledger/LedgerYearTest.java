package org.taizhang.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerYearTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "北疆市2023年全面深化改革任务台账|2023",
            "北疆市 2024 年改革任务台账|2024",
            "２０２５年度改革任务台账|2025",
            "二〇二三年全面深化改革任务台账|2023",
            "二零二四年改革台账|2024",
            "北疆市2023年改革任务台账（2024年1月更新）|2023",
            "2023—2025年国企改革深化提升行动台账|2023",
            "改革任务台账|0",
            "第12023年|0",
            "共2023项任务|0",
            "3000年计划|0",
    })
    void theFirstYearWrittenBeforeNian(String title, int year) {
        assertEquals(year == 0 ? OptionalInt.empty() : OptionalInt.of(year), LedgerYear.inTitle(title));
    }
}
