package org.taizhang.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.core.sample.SampleLedger;

/**
 * An open ledger, a file or on a server, and the service over it; closing it releases the file or
 * the connection. Opened by its {@link LedgerAddress}; the {@code Path} forms are for files.
 */
public record OpenLedger(JdbcLedgerStore store, LedgerService service, LedgerAddress address) implements AutoCloseable {

    private static OpenLedger over(JdbcLedgerStore store, LedgerAddress address, Clock clock) {
        return new OpenLedger(store, new LedgerService(store, clock), address);
    }

    public static OpenLedger create(Path path, String title, int year, Clock clock) {
        return over(LedgerFile.create(path, title, year, clock), new LedgerAddress.File(path), clock);
    }

    /** A new, empty ledger at the address; refused where one is already. */
    public static OpenLedger create(LedgerAddress address, String title, int year, Clock clock) {
        if (address instanceof LedgerAddress.File f) {
            return create(f.path(), title, year, clock);
        }
        LedgerAddress.Server s = (LedgerAddress.Server) address;
        return over(PgLedgerStore.create(s.jdbcUrl(), s.login(null), s.ledger(), title, year, clock), s, clock);
    }

    /** A new ledger holding the sample: the 2023 ledger of 北疆市 with its year of adjustments. */
    public static OpenLedger createSample(Path path, Clock clock) {
        OpenLedger ledger = create(path, SampleLedger.TITLE, SampleLedger.YEAR, clock);
        try {
            SampleLedger.populate(ledger.store());
            return ledger;
        } catch (RuntimeException e) {
            ledger.close(); // an empty "sample" left behind would be opened as the sample from then on
            LedgerFile.deleteQuietly(path);
            throw e;
        }
    }

    /** A new ledger at the address holding the sample; on a server, removed again if filling it fails. */
    public static OpenLedger createSample(LedgerAddress address, Clock clock) {
        if (address instanceof LedgerAddress.File f) {
            return createSample(f.path(), clock);
        }
        OpenLedger ledger = create(address, SampleLedger.TITLE, SampleLedger.YEAR, clock);
        try {
            SampleLedger.populate(ledger.store());
            return ledger;
        } catch (RuntimeException e) {
            ((PgLedgerStore) ledger.store()).dropAndClose();
            throw e;
        }
    }

    /**
     * For writing: refused while another program writes the same file, and refused (with what the
     * check found) when the ledger does not match its hash chain: writing on would build on the
     * alteration. The check reads the whole log; see docs/RELIABILITY.md for what it costs.
     */
    public static OpenLedger open(Path path, Clock clock) {
        return open(new LedgerAddress.File(path), null, clock);
    }

    /** For writing, as {@link #open(Path, Clock)}; a server ledger with the stored password. */
    public static OpenLedger open(LedgerAddress address, Clock clock) {
        return open(address, null, clock);
    }

    /** For writing, a server ledger logged in with the password typed in the window (or the stored one when none). */
    public static OpenLedger open(LedgerAddress address, char[] password, Clock clock) {
        OpenLedger ledger = openCheckingLater(address, password, clock);
        VerifyReport check;
        try {
            check = ledger.check().orElseThrow();
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
        if (!check.ok()) {
            ledger.close();
            throw new SuspectLedgerException(ledger.address().shortName(), check);
        }
        return ledger;
    }

    /**
     * For writing, as {@link #open(LedgerAddress, char[], Clock)}, but with the check of the hash
     * chain deferred to {@link #check()} or, at the latest, the first write (which waits for it and
     * is refused if it fails): the window's way, which shows the ledger at once and checks it after.
     */
    public static OpenLedger openCheckingLater(LedgerAddress address, char[] password, Clock clock) {
        OpenLedger ledger;
        if (address instanceof LedgerAddress.File f) {
            ledger = over(LedgerFile.open(f.path()), f, clock);
        } else {
            LedgerAddress.Server s = (LedgerAddress.Server) address;
            ledger = over(PgLedgerStore.open(s.jdbcUrl(), s.login(password), s.ledger()), s, clock);
        }
        ledger.store().checkBeforeWriting(ledger.service()::verify);
        return ledger;
    }

    /**
     * Runs the check {@link #openCheckingLater} deferred, once: what it found (a ledger that fails
     * it has turned read-only); empty when the ledger was opened otherwise.
     */
    public Optional<VerifyReport> check() {
        return store.check();
    }

    /**
     * For looking only: read-only, so it works beside a program that has the file open. A file
     * of an older schema is first brought up to date, which needs it to be free.
     */
    public static OpenLedger openForReading(Path path, Clock clock) {
        SqliteLedgerStore store;
        try {
            store = LedgerFile.openReadOnly(path);
        } catch (LedgerException e) {
            if (!e.key().equals("ledger.needsUpgrade")) {
                throw e;
            }
            LedgerFile.open(path).close();
            store = LedgerFile.openReadOnly(path);
        }
        return over(store, new LedgerAddress.File(path), clock);
    }

    /** For looking only, as {@link #openForReading(Path, Clock)}; a server ledger through a read-only connection. */
    public static OpenLedger openForReading(LedgerAddress address, Clock clock) {
        return openForReading(address, null, clock);
    }

    public static OpenLedger openForReading(LedgerAddress address, char[] password, Clock clock) {
        if (address instanceof LedgerAddress.File f) {
            return openForReading(f.path(), clock);
        }
        LedgerAddress.Server s = (LedgerAddress.Server) address;
        return over(PgLedgerStore.openReadOnly(s.jdbcUrl(), s.login(password), s.ledger()), s, clock);
    }

    /** The file of a ledger file; refused for a server ledger, which has none. */
    public Path path() {
        return file().path();
    }

    /** The ledger's backups: ledger files, beside a ledger file or in this PC's folder for a server ledger. */
    public Backups backups() {
        return store.backups();
    }

    /** The store of a ledger file, for what only a file has (its copy by VACUUM). */
    public SqliteLedgerStore file() {
        if (store instanceof SqliteLedgerStore f) {
            return f;
        }
        throw new LedgerException("server.notAFile", address.display());
    }

    /**
     * Watches the ledger for what other programs append from now on (实时更新): each of their
     * adjustments, read from the log (who, when, type, which tasks and fields), is handed to
     * {@code listener} on the watch's own thread soon after it is committed; a front end hops to its
     * own thread from there. The program's own adjustments are not handed on. A ledger file has
     * nothing to watch ({@link LedgerWatch#NONE}); a server ledger's watch outlives a dropped
     * connection and catches up. Start watching before reading the ledger, so that nothing appended
     * in between is missed; closing the watch, or the ledger, stops it.
     */
    public LedgerWatch watch(Consumer<Adjustment> listener) {
        return store instanceof PgLedgerStore server ? server.watch(listener) : LedgerWatch.NONE;
    }

    @Override
    public void close() {
        store.close();
    }
}
