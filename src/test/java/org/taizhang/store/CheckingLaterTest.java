package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.core.task.Task;

/**
 * A ledger opened for the window with its chain check deferred: readable at once, checked once,
 * and never written before the check passed.
 */
class CheckingLaterTest {
    @TempDir
    Path dir;
    Path file;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");

    @BeforeEach
    void sample() {
        file = dir.resolve("x.taizhang");
        OpenLedger.createSample(file, clock).close();
    }

    private void tamper() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET reason = '事后改写的理由' WHERE id = 200");
        }
    }

    private static Task withProgress(LedgerService service, String progress) {
        Task t = service.tasks().get(3);
        return t.toBuilder().progress(progress).build();
    }

    @Test
    void aWholeLedgerIsCheckedOnceBeforeItsFirstWrite() {
        try (OpenLedger ledger = OpenLedger.openCheckingLater(new LedgerAddress.File(file), null, clock)) {
            AtomicInteger checks = new AtomicInteger();
            ledger.store().checkBeforeWriting(() -> {
                checks.incrementAndGet();
                return ledger.service().verify();
            });
            assertTrue(ledger.service().tasks().size() > 60, "read before the check");
            assertEquals(0, checks.get(), "reading does not check");
            ledger.service().edit(withProgress(ledger.service(), "一"), Note.by("赵静"));
            ledger.service().edit(withProgress(ledger.service(), "二"), Note.by("赵静"));
            assertEquals(1, checks.get(), "the first write checked, once");
            assertTrue(ledger.check().orElseThrow().ok());
            assertEquals(1, checks.get());
        }
    }

    @Test
    void anAlteredLedgerOpensButIsNeverWrittenAndTurnsReadOnly() throws Exception {
        tamper();
        long before;
        try (OpenLedger reading = OpenLedger.openForReading(file, clock)) {
            before = reading.service().log().size();
        }
        try (OpenLedger ledger = OpenLedger.openCheckingLater(new LedgerAddress.File(file), null, clock)) {
            assertFalse(ledger.service().isReadOnly(), "not known yet");
            SuspectLedgerException refused = assertThrows(SuspectLedgerException.class,
                    () -> ledger.service().edit(withProgress(ledger.service(), "建在改动之上"), Note.by("赵静")));
            assertTrue(refused.getMessage().contains("第 200 条"), refused.getMessage());
            assertTrue(ledger.service().isReadOnly());
            VerifyReport found = ledger.check().orElseThrow();
            assertFalse(found.ok());
            assertThrows(SuspectLedgerException.class,
                    () -> ledger.service().edit(withProgress(ledger.service(), "再试"), Note.by("赵静")));
        }
        try (OpenLedger reading = OpenLedger.openForReading(file, clock)) {
            assertEquals(before, reading.service().log().size(), "nothing written");
        }
        assertThrows(SuspectLedgerException.class, () -> OpenLedger.open(file, clock),
                "the command line's writing commands still refuse it at opening");
    }
}
