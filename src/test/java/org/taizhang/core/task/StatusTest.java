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
        "正在推进中, 推进中", "目前正在推进, 推进中", "已基本完成, 已完成", "已经完成, 已完成", "推进较慢, 滞后",
        "进度偏慢, 滞后", "有所延迟, 滞后", "进展缓慢。, 滞后", "现已办结, 已完成", "仍在推进中, 推进中",
    })
    void readsDepartmentsWords(String word, String label) {
        assertEquals(label, Status.read(word).label());
    }

    @Test
    void unknownWordNamesTheAllowedOnes() {
        for (String word : new String[] {"差不多了", "已", "中", "较好"}) {
            assertThrows(LedgerException.class, () -> Status.read(word), word);
        }
        LedgerException e = assertThrows(LedgerException.class, () -> Status.read("差不多了"));
        assertTrue(e.getMessage().contains("差不多了"));
        assertTrue(e.getMessage().contains("推进中"));
    }
}
