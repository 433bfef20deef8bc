package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.notice.Notice;
import org.taizhang.core.notice.Notices;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.exchange.export.FillInWorkbooks;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.WorkbookImport;
import org.taizhang.testing.TestLedger;

/**
 * A unit's next return answers its 督办单: the sample's notice that 市文旅广电局 never answered is
 * marked answered, naming the return, once the unit's return reports progress on one of its
 * tasks; a return that reports nothing on them leaves it open.
 */
class ReturnAnswersNoticeTest {
    @TempDir
    Path dir;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");

    private Notice open(LedgerService service) {
        return new Notices(service).all().stream().filter(n -> n.answered() == null).findFirst().orElseThrow();
    }

    @Test
    void theUnitsNextReturnAnswersItsNotice() throws Exception {
        LedgerService service = sample.service();
        Notice notice = open(service);
        Path exported = FillInWorkbooks.write(dir, ExportFormat.XLSX, false, service.info(), service.tasks(),
                List.of(notice.unit()), "2024年第一季度", Progress.NONE).get(0);
        WorkbookImport imports = new WorkbookImport(service);

        WorkbookImport.Reading untouched = imports.read(exported, WorkbookImport.Choices.NONE, Progress.NONE);
        assertEquals(List.of(), imports.apply(untouched, Importer.defaultExclusions(untouched.plan()),
                Note.by("赵静")).answered(), "a return that reports nothing answers nothing");
        assertNull(open(service).answered());

        Path returned = FillInFormatTest.fillIn(exported, notice.tasks().get(0), FillInFormat.header(TaskField.PROGRESS),
                "一季度：已完成整改，景区经营权流转协议签订。");
        WorkbookImport.Reading reading = imports.read(returned, WorkbookImport.Choices.NONE, Progress.NONE);
        WorkbookImport.Outcome outcome = imports.apply(reading, Importer.defaultExclusions(reading.plan()),
                Note.by("赵静"));
        assertEquals(List.of(notice.number()), outcome.answered().stream().map(Notice::number).toList());
        Notice answered = new Notices(service).byNumber(notice.number()).orElseThrow();
        assertEquals(LocalDate.of(2024, 1, 10), answered.answered());
        assertTrue(answered.answer().contains(returned.getFileName().toString()), answered.answer());
        assertTrue(service.verify().ok());
    }
}
