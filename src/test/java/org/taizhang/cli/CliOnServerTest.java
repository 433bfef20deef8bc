package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.testing.PgCluster;

/** The command line on a server ledger: the same commands, the address in place of the file. */
class CliOnServerTest {
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");
    PgCluster server;
    String name;
    String address;

    @BeforeEach
    void sample() {
        server = PgCluster.get();
        name = server.newLedgerName();
        address = server.address(name);
        CliRun demo = CliRun.of(clock, "demo", address);
        assertEquals(0, demo.code(), demo.err());
    }

    @AfterEach
    void drop() {
        server.drop(name);
    }

    @Test
    void theSampleOnAServerListsEditsAndVerifiesAsAFileDoes() {
        CliRun list = CliRun.of(clock, "list", address, "--json");
        assertEquals(0, list.code(), list.err());
        int tasks = JsonParser.parseString(list.out()).getAsJsonArray().size();
        assertTrue(tasks > 10, list.out());
        int log = JsonParser.parseString(CliRun.of(clock, "history", address, "--json").out()).getAsJsonArray().size();

        CliRun edit = CliRun.of(clock, "edit", address, "--task", "1", "--progress", "服务器上改的进展", "--operator", "赵静");
        assertEquals(0, edit.code(), edit.out() + edit.err());
        assertEquals(log + 1,
                JsonParser.parseString(CliRun.of(clock, "history", address, "--json").out()).getAsJsonArray().size());
        CliRun verify = CliRun.of(clock, "verify", address);
        assertEquals(0, verify.code(), verify.out() + verify.err());
    }

    @Test
    void aMissingLedgerOrAPasswordInTheAddressIsOneLineOfWords() {
        CliRun missing = CliRun.of(clock, "list", server.address("no_such_ledger"));
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("no_such_ledger"), missing.err());
        CliRun password = CliRun.of(clock, "list", "postgresql://a:b@127.0.0.1/taizhang?ledger=x");
        assertTrue(password.code() != 0);
        assertTrue(password.err().contains("密码"), password.err());
        assertTrue(!password.err().contains("Exception"), password.err());
    }
}
