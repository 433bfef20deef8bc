package org.taizhang.exchange.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.taizhang.exchange.read.RawCell;
import org.taizhang.exchange.read.RawRow;

/**
 * The header finder on any first rows a sheet may have: it finds a header among them or none, never
 * fails, and what it finds is one of the rows, maps each column once, and names a task column.
 * Without JAZZER_FUZZ it replays the inputs beside this class; see docs/RELIABILITY.md.
 */
class HeaderFinderFuzzTest {

    @FuzzTest
    @DictionaryEntries({"序号", "改革任务", "牵头单位", "配合单位", "责任单位", "完成时限", "进展情况", "状态", "备注", "完成值",
        "填报单位：", "填报日期：", "（盖章）", "联系人：", "、", "/", "本月进展", "累计进展", "台账编号", "\u3000", "  "})
    void findsAHeaderOrNone(FuzzedDataProvider data) {
        List<RawRow> rows = new ArrayList<>();
        int index = -1;
        int count = data.consumeInt(0, HeaderFinder.SEARCH_ROWS);
        for (int r = 0; r < count; r++) {
            index += data.consumeInt(1, 3); // rows come in order, perhaps with blank ones between
            RawCell[] cells = new RawCell[data.consumeInt(0, 40)];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = data.consumeBoolean() ? null : RawCell.text(data.consumeString(30));
            }
            rows.add(new RawRow(index, cells, data.consumeBoolean()));
        }
        BitSet hidden = new BitSet();
        for (int c = 0; c < 4; c++) {
            hidden.set(data.consumeInt(0, 40));
        }

        SheetLayout found = HeaderFinder.find(rows, hidden, Map.of());

        if (found != null) {
            assertTrue(rows.stream().anyMatch(r -> r.index() == found.headerRow()), "the header is one of the rows");
            assertEquals(found.mapping().size(), new HashSet<>(found.mapping().values()).size(), "each column once");
            assertTrue(found.maps(Column.TITLE) || found.maps(Column.TASK_ID), "a task column");
            assertTrue(found.headers().keySet().containsAll(found.mapping().keySet()), "mapped columns have headers");
        }
    }
}
