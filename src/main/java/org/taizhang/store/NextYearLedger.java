package org.taizhang.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Source;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.LedgerYear;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.core.yearend.CarryOver;

/**
 * Starting next year's ledger file from this year's (新建下一年度台账): the one use case behind
 * {@code taizhang new NEXT --carry-over FROM} and the window's menu. The old ledger is only read;
 * the new file holds exactly the tasks it carried over ({@link CarryOver}), or does not exist.
 */
public final class NextYearLedger {
    private NextYearLedger() {
    }

    /** The new ledger, open for writing, and what the carry-over did. */
    public record Started(OpenLedger ledger, CarryOver.Result result) {
    }

    /** From a ledger file, opened read-only (it may be open in another program). */
    public static Started start(Path next, Path from, Integer year, String title, Note note, Clock clock) {
        refuseExisting(next);
        try (OpenLedger old = OpenLedger.openForReading(from, clock)) {
            return start(next, old.service(), from.getFileName().toString(), year, title, note, clock);
        }
    }

    /**
     * From an open ledger (the window's), named {@code fromName}. {@code year} defaults to the
     * year after the old one's, {@code title} to the old title with that year. Refused, with
     * nothing left behind: a file already at {@code next}, a year not after the old one, an old
     * ledger that fails its check or carried nothing over, a note without an operator.
     */
    public static Started start(Path next, LedgerService from, String fromName, Integer year, String title, Note note,
            Clock clock) {
        refuseExisting(next);
        if (note.operator().isEmpty()) {
            throw new LedgerException("adjust.operatorRequired");
        }
        LedgerInfo old = from.info();
        int y = year != null ? year : old.year() + 1;
        if (y <= old.year()) {
            throw new LedgerException("carryOver.yearNotAfter", Integer.toString(y), Integer.toString(old.year()));
        }
        VerifyReport check = from.verify();
        if (!check.ok()) {
            throw new SuspectLedgerException("carryOver.suspect", fromName, check);
        }
        if (CarryOver.carried(from).isEmpty()) {
            throw new LedgerException("carryOver.nothing", old.title());
        }
        String t = title != null && !title.isBlank() ? title.strip()
                : LedgerYear.retitled(old.title(), y).orElse(I18n.text("ledger.defaultTitle", Integer.toString(y)));
        OpenLedger made = OpenLedger.create(next, t, y, clock);
        try {
            // The old ledger's identity is its id and chain head (in each task's origin), not its
            // file's bytes, which a live SQLite file changes with every checkpoint.
            CarryOver.Result result = CarryOver.into(made.service(), from, Source.file(fromName, ""), note);
            return new Started(made, result);
        } catch (RuntimeException e) {
            made.close();
            LedgerFile.deleteQuietly(next);
            throw e;
        }
    }

    private static void refuseExisting(Path next) {
        if (Files.exists(next)) {
            throw new LedgerException("ledger.exists", next);
        }
    }
}
