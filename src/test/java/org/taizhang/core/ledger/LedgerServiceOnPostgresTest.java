package org.taizhang.core.ledger;

import org.taizhang.store.PgLedgerStore;
import org.taizhang.testing.PgCluster;

/** The service's contract on a ledger on a PostgreSQL server: a schema of the test server each. */
class LedgerServiceOnPostgresTest extends LedgerServiceContract {
    private PgCluster server;

    @Override
    LedgerStore emptyLedger(String title, int year, SettableClock clock) {
        server = PgCluster.get();
        return PgLedgerStore.create(server.url(), server.login(), server.newLedgerName(), title, year, clock);
    }

    @Override
    void remove(LedgerStore store) {
        PgLedgerStore ledger = (PgLedgerStore) store;
        ledger.close();
        server.drop(ledger.ledgerName());
    }
}
