package org.taizhang.store;

import java.nio.file.Path;
import java.time.Clock;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.core.sample.SampleLedger;

/** An open ledger file and the service over it; closing it releases the file. */
public record OpenLedger(SqliteLedgerStore store, LedgerService service) implements AutoCloseable {

    public static OpenLedger create(Path path, String title, int year, Clock clock) {
        SqliteLedgerStore store = LedgerFile.create(path, title, year, clock);
        return new OpenLedger(store, new LedgerService(store, clock));
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

    /**
     * For writing: refused while another program writes the same file, and refused (with what the
     * check found) when the ledger does not match its hash chain: writing on would build on the
     * alteration. The check reads the whole log; see docs/RELIABILITY.md for what it costs.
     */
    public static OpenLedger open(Path path, Clock clock) {
        SqliteLedgerStore store = LedgerFile.open(path);
        OpenLedger ledger = new OpenLedger(store, new LedgerService(store, clock));
        VerifyReport check;
        try {
            check = ledger.service().verify();
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
        if (!check.ok()) {
            ledger.close();
            throw new SuspectLedgerException(path.getFileName().toString(), check);
        }
        return ledger;
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
        return new OpenLedger(store, new LedgerService(store, clock));
    }

    public Path path() {
        return store.path();
    }

    @Override
    public void close() {
        store.close();
    }
}
