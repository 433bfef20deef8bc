package org.taizhang.core.ledger;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.store.LedgerFile;
import org.taizhang.store.SqliteLedgerStore;

/** The service's contract on a ledger file. */
class LedgerServiceOnSqliteTest extends LedgerServiceContract {
    @TempDir
    Path dir;

    @Override
    LedgerStore emptyLedger(String title, int year, SettableClock clock) {
        return LedgerFile.create(dir.resolve("ledger.taizhang"), title, year, clock);
    }

    @Override
    void remove(LedgerStore store) {
        ((SqliteLedgerStore) store).close();
    }
}
