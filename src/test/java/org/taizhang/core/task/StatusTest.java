package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.LedgerException;

class StatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "按时推进, 推进中", "正常推进, 推进中", "推进中, 推进中",
        "办结销号, 已完成", "基本完成, 已完成", "已完成, 已完成",
        "中止事项, 已取消", "进度滞后, 滞后", "尚未启动, 未启动",
        "持续推进, 长期坚持", "并入, 已合并", " 已 完成 , 已完成", "done, 已完成",
    })
    void readsDepartmentsWords(String word, String label) {
        assertEquals(label, Status.read(word).label());
    }

    @Test
    void unknownWordNamesTheAllowedOnes() {
        LedgerException e = assertThrows(LedgerException.class, () -> Status.read("差不多了"));
        assertTrue(e.getMessage().contains("差不多了"));
        assertTrue(e.getMessage().contains("推进中"));
    }
}
