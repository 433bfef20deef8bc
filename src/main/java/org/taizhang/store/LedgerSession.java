package org.taizhang.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.VerifyReport;

/**
 * A ledger opened for a clerk to work on: for writing when it can be, else for reading, with why.
 * A ledger another program writes, or one on a read-only folder or file, opens read-only and says
 * so. It is shown before it is checked against its hash chain: {@link #check()} runs after (on the
 * window's worker, so the clerk's first save waits for it), and a ledger that fails turns read-only
 * as suspect, so nothing is built on the alteration. Closing a writable ledger first keeps a backup
 * of it, if it changed.
 */
public final class LedgerSession implements AutoCloseable {
    private final OpenLedger ledger;
    private final NotWritableException readOnlyBecause;
    /** What the check of the hash chain found, once it ran. */
    private VerifyReport checked;

    private LedgerSession(OpenLedger ledger, NotWritableException readOnlyBecause) {
        this.ledger = ledger;
        this.readOnlyBecause = readOnlyBecause;
    }

    /** A ledger just made (new, or the sample): writable, nothing to say. */
    public static LedgerSession of(OpenLedger ledger) {
        return new LedgerSession(ledger, null);
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
            return new LedgerSession(OpenLedger.openCheckingLater(address, password, clock), null);
        } catch (NotWritableException e) {
            return new LedgerSession(OpenLedger.openForReading(address, password, clock), e);
        }
    }

    /**
     * Checks the ledger against its hash chain, once (read-only is no reason to trust it): what
     * was found wrong, if anything. A writable ledger that fails turns read-only.
     */
    public synchronized Optional<VerifyReport> check() {
        if (checked == null) {
            checked = ledger.check().orElseGet(() -> ledger.service().verify());
        }
        return suspect();
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

    /** What {@link #check()} found wrong, when it ran and the ledger does not match its hash chain. */
    public synchronized Optional<VerifyReport> suspect() {
        return checked == null || checked.ok() ? Optional.empty() : Optional.of(checked);
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
