package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taizhang.exchange.Corpus.assertErrors;
import static org.taizhang.exchange.Corpus.assertMapping;
import static org.taizhang.exchange.Corpus.assertRows;
import static org.taizhang.exchange.Corpus.mapping;
import static org.taizhang.exchange.Corpus.values;
import static org.taizhang.exchange.importing.Column.LEAD_UNITS;
import static org.taizhang.exchange.importing.Column.NUMBER;
import static org.taizhang.exchange.importing.Column.PROGRESS;
import static org.taizhang.exchange.importing.Column.REMARKS;
import static org.taizhang.exchange.importing.Column.STATUS;
import static org.taizhang.exchange.importing.Column.TITLE;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.WorkbookData;
import org.taizhang.exchange.importing.WorkbookReader;

/**
 * What the reader makes of the hostile corpus's files beyond refusing them (HostileImportTest checks
 * every file's refusal and the ledger): how far it reads before it gives up, and exactly which
 * values come through the files it can read. The timeout is a guard against hangs, generous on
 * purpose; nothing here measures speed.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileWorkbookTest {
    @TempDir
    Path dir;

    private static void assertTwoTasks(WorkbookData data) {
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局"),
                3, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市税务局"));
        assertErrors(data);
    }

    @Test
    void zipBombsMeetPoisInflateRatioGuard() {
        // The bombs are refused by POI's guard, not by running out of memory: it must stay on.
        assertTrue(ZipSecureFile.getMinInflateRatio() > 0, "POI's inflate-ratio guard is on");
        LedgerException e = assertThrows(LedgerException.class,
                () -> Corpus.read(HostileFiles.sheetBomb(dir.resolve("炸弹.xlsx"))));
        assertEquals("read.zipBomb", e.key());
        assertTrue(e.getCause().getMessage().contains("Zip bomb"), e.getCause().getMessage());
    }

    @Test
    void aMillionRowsEndWithTooManyRowsLongBeforeTheEnd() {
        Path file = HostileFiles.millionRows(dir.resolve("百万行.xlsx"));
        AtomicLong furthest = new AtomicLong();
        ReadOptions options = ReadOptions.of(2023).progress(new Progress() {
            @Override
            public void done(long count, long total) {
                furthest.accumulateAndGet(count, Math::max);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        LedgerException e = assertThrows(LedgerException.class, () -> WorkbookReader.read(file, options));
        assertEquals("import.tooManyRows", e.key());
        assertTrue(furthest.get() > 0 && furthest.get() <= WorkbookReader.MAX_ROWS + 1000,
                "reading stopped at the limit, not at the end: " + furthest.get());
    }

    @Test
    void allSixteenThousandColumnsOfAnXlsxAreRead() {
        WorkbookData read = Corpus.read(HostileFiles.sixteenThousandColumns(dir.resolve("宽表.xlsx")));
        assertMapping(mapping(0, NUMBER, 1, TITLE, 16_383, REMARKS), read);
        assertRows(read, 2, values(NUMBER, "1", TITLE, "任务一", REMARKS, "最后一列"));
        assertErrors(read);
    }

    @Test
    void allTwoHundredFiftySixColumnsOfAnXlsAreRead() {
        WorkbookData read = Corpus.read(HostileFiles.twoHundredFiftySixColumns(dir.resolve("宽表.xls")));
        assertMapping(mapping(0, NUMBER, 1, TITLE, 255, REMARKS), read);
        assertRows(read, 2, values(NUMBER, "1", TITLE, "任务一", REMARKS, "最后一列"));
    }

    @Test
    void aCellOfExcelsMostCharactersIsReadWholeAndOneMoreCostsItsCell() {
        WorkbookData read = Corpus.read(HostileFiles.longestCellsXlsx(dir.resolve("长文本.xlsx")));
        assertRows(read,
                2, values(NUMBER, "1", TITLE, "任务一", PROGRESS, HostileFiles.text(32_767)),
                3, values(NUMBER, "2", TITLE, "任务二"),
                4, values(NUMBER, "3", TITLE, "任务三", PROGRESS, "正常", STATUS, "推进中"));
        assertErrors(read, Corpus.cellError("Sheet1", 3, "C", "进展情况", HostileFiles.text(60) + "…",
                "import.cellTooLong"));
        WorkbookData xls = Corpus.read(HostileFiles.longestCellXls(dir.resolve("长文本.xls")));
        assertRows(xls,
                2, values(NUMBER, "1", TITLE, "任务一", PROGRESS, HostileFiles.text(32_767)),
                3, values(NUMBER, "2", TITLE, "任务二", PROGRESS, "正常", STATUS, "推进中"));
    }

    @Test
    void referencesBeyondTheGridAreIgnoredNotAllocated() {
        WorkbookData data = Corpus.read(HostileFiles.beyondTheGrid(dir.resolve("远.xlsx")));
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS), data);
        assertTwoTasks(data);
    }

    @Test
    void overlappingMergesDownToTheLastRowDoNotTakeRangesTimesRows() {
        int n = 20_000;
        WorkbookData data = Corpus.read(HostileFiles.overlappingMerges(dir.resolve("重叠合并.xlsx"), n));
        assertEquals(n, data.rows().size());
        assertEquals(values(NUMBER, String.valueOf(n), TITLE, "任务" + (n + 1), LEAD_UNITS, "市财政局"),
                data.rows().get(n - 1).values(), "the first range fills down; the ones overlapping it are skipped");
        assertErrors(data);
    }

    @Test
    void anXlsWriteProtectedWithExcelsDefaultPasswordIsRead() {
        // Excel encrypts a workbook that is only write-protected with the password VelvetSweatshop.
        assertTwoTasks(Corpus.read(HostileFiles.encryptedXls(dir.resolve("只读.xls"), "VelvetSweatshop")));
    }

    @Test
    void protectedSheetsAndWorkbookStructureAreReadAsAnyOther() {
        for (String format : new String[] {"xlsx", "xls"}) {
            assertTwoTasks(Corpus.read(HostileFiles.protectedBook(dir.resolve("保护." + format), format)));
        }
    }
}
