package org.taizhang.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.ledger.VerifyReport;

/**
 * A ledger opened for a clerk to work on: for writing when it can be, else for reading, with why.
 * A ledger another program writes, or one on a read-only folder or file, opens read-only and says
 * so; one that does not match its hash chain opens read-only as suspect, so nothing is built on
 * the alteration. Closing a writable ledger first keeps a backup of it, if it changed.
 */
public final class LedgerSession implements AutoCloseable {
    private final OpenLedger ledger;
    private final NotWritableException readOnlyBecause;
    private final VerifyReport suspect;

    private LedgerSession(OpenLedger ledger, NotWritableException readOnlyBecause, VerifyReport suspect) {
        this.ledger = ledger;
        this.readOnlyBecause = readOnlyBecause;
        this.suspect = suspect;
    }

    /** A ledger just made (new, or the sample): writable, nothing to say. */
    public static LedgerSession of(OpenLedger ledger) {
        return new LedgerSession(ledger, null, null);
    }

    public static LedgerSession open(Path file, Clock clock) {
        return open(new LedgerAddress.File(file), null, clock);
    }

    /**
     * A ledger file, or a ledger on a server logged in with {@code password} (null: the stored
     * one). A server ledger whose role is a viewer's opens read-only and says so.
     */
    public static LedgerSession open(LedgerAddress address, char[] password, Clock clock) {
        try {
            return new LedgerSession(OpenLedger.open(address, password, clock), null, null);
        } catch (SuspectLedgerException e) {
            return new LedgerSession(OpenLedger.openForReading(address, password, clock), null, e.report());
        } catch (NotWritableException e) {
            OpenLedger reading = OpenLedger.openForReading(address, password, clock);
            try {
                VerifyReport check = reading.service().verify(); // read-only is no reason to trust it
                return new LedgerSession(reading, e, check.ok() ? null : check);
            } catch (RuntimeException failed) {
                reading.close();
                throw failed;
            }
        }
    }

    public OpenLedger ledger() {
        return ledger;
    }

    /** The file of a ledger file; a server ledger has none (see {@link #address()}). */
    public Path path() {
        return ledger.path();
    }

    public LedgerAddress address() {
        return ledger.address();
    }

    /** Why the ledger is open only for reading, when it is not writable here. */
    public Optional<NotWritableException> readOnlyBecause() {
        return Optional.ofNullable(readOnlyBecause);
    }

    /** What the check found wrong, when the ledger does not match its hash chain. */
    public Optional<VerifyReport> suspect() {
        return Optional.ofNullable(suspect);
    }

    /** Lets go of the ledger, keeping a copy of it first if it changed since the last one. */
    @Override
    public void close() {
        try {
            if (!ledger.service().isReadOnly()) {
                ledger.service().backup(I18n.text("backup.onClose"));
            }
        } catch (LedgerException e) {
            LoggerFactory.getLogger(LedgerSession.class).warn("no backup on close: {}", e.getMessage());
        } finally {
            ledger.close();
        }
    }
}
