package org.taizhang.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.task.Task;
import java.util.Map;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.PgLedgerStore;
import org.taizhang.store.ServerRights;
import org.taizhang.testing.PgCluster;

/**
 * The service's contract on a ledger on a PostgreSQL server: a schema of the test server each,
 * made by its owner and written by a clerk's role, as in an office (docs/decisions/0021), so that
 * every adjustment the suite makes shows a clerk's rights suffice.
 */
class LedgerServiceOnPostgresTest extends LedgerServiceContract {
    private PgCluster server;
    private String name;

    @Override
    LedgerStore emptyLedger(String title, int year, SettableClock clock) {
        server = PgCluster.get();
        name = server.newLedgerName();
        PgLedgerStore.create(server.url(), server.login(), name, title, year, clock).close();
        ServerRights.grant((LedgerAddress.Server) LedgerAddress.parse(server.address(name)), null,
                Map.of(PgCluster.CLERK, ServerRights.Access.CLERK));
        return PgLedgerStore.open(server.url(), server.login(PgCluster.CLERK), name);
    }

    @Override
    void remove(LedgerStore store) {
        PgLedgerStore ledger = (PgLedgerStore) store;
        ledger.close();
        server.drop(ledger.ledgerName());
    }

    /**
     * Two PCs write one ledger at once: while the other holds the ledger's write lock and appends,
     * this one's edit (of another task) waits for the lock and then follows the other's record;
     * it is not refused as sealed on an old head, and the chain stays one line.
     */
    @Test
    void writersOfTwoPcsLineUpInsteadOfFailing() throws Exception {
        long mine = add(task("1.", "任务一", "市财政局"));
        long theirs = add(task("2.", "任务二", "市税务局"));
        Task seen = service.task(mine).orElseThrow();
        try (PgLedgerStore otherStore = PgLedgerStore.open(server.url(), server.login(), name)) {
            LedgerService other = new LedgerService(otherStore, clock);
            CompletableFuture<Adjustment> waiting = other.together(() -> {
                other.edit(other.task(theirs).orElseThrow().toBuilder().progress("对方").build(), Note.by("刘洋"));
                CompletableFuture<Adjustment> edit = CompletableFuture.supplyAsync(
                        () -> service.edit(seen.toBuilder().progress("我的").build(), Note.by("赵静")));
                awaitLockWaiter();
                return edit;
            });
            Adjustment saved = waiting.get(60, TimeUnit.SECONDS);
            assertEquals(4, saved.id(), "after the other PC's record, not beside it");
            assertEquals(other.log().get(2).hash(), saved.previousHash());
        }
        assertEquals("我的", service.task(mine).orElseThrow().progress());
        assertEquals("对方", service.task(theirs).orElseThrow().progress());
        assertTrue(service.verify().ok(), service.verify().problems().toString());
    }

    /** Until a session waits for an advisory lock: the edit has reached the lock, and waits there. */
    private void awaitLockWaiter() {
        try (Connection db = server.superuser(); Statement s = db.createStatement()) {
            for (int i = 0; i < 6000; i++) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
            throw new AssertionError("the edit never reached the ledger's lock");
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
