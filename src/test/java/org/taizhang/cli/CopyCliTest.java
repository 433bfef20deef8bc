package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.PgCluster;

/** {@code taizhang copy}: a ledger file onto a server and back, with what it copied and the head it checked. */
class CopyCliTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");
    PgCluster server;
    String name;
    String address;
    Path file;

    @BeforeEach
    void sample() {
        server = PgCluster.get();
        name = server.newLedgerName();
        address = server.address(name);
        file = dir.resolve("北疆市台账.taizhang");
        CliRun demo = CliRun.of(clock, "demo", file.toString());
        assertEquals(0, demo.code(), demo.err());
    }

    @AfterEach
    void drop() {
        server.drop(name);
    }

    @Test
    void aFileGoesOntoTheServerAndBackWithTheSameCheckCode() {
        String code;
        try (OpenLedger ledger = OpenLedger.openForReading(file, clock)) {
            code = ledger.service().checkCode().text();
        }

        CliRun up = CliRun.of(clock, "copy", file.toString(), address);
        assertEquals(0, up.code(), up.out() + up.err());
        assertTrue(up.out().contains("已复制台账"), up.out());
        assertTrue(up.out().contains("链头与原台账相同，校验码 " + code), up.out() + " / " + code);
        assertTrue(up.out().matches("(?s).*任务 \\d+ 项，调整记录 [\\d,]+ 条.*"), up.out());

        Path back = dir.resolve("从服务器复制回来.taizhang");
        CliRun down = CliRun.of(clock, "copy", address, back.toString());
        assertEquals(0, down.code(), down.out() + down.err());
        assertTrue(down.out().contains("校验码 " + code), down.out());

        CliRun verify = CliRun.of(clock, "verify", back.toString(), "--code", code);
        assertEquals(0, verify.code(), verify.out() + verify.err());
        CliRun onServer = CliRun.of(clock, "verify", address, "--code", code);
        assertEquals(0, onServer.code(), onServer.out() + onServer.err());
    }

    @Test
    void anExistingDestinationIsOneLineAndExitOne() throws Exception {
        assertEquals(0, CliRun.of(clock, "copy", file.toString(), address).code());
        CliRun again = CliRun.of(clock, "copy", file.toString(), address);
        assertEquals(1, again.code(), again.out() + again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertTrue(again.err().contains("服务器上已有台账“" + name + "”"), again.err());

        Path taken = dir.resolve("已有.taizhang");
        Files.writeString(taken, "已有的文件");
        CliRun toFile = CliRun.of(clock, "copy", address, taken.toString());
        assertEquals(1, toFile.code());
        assertTrue(toFile.err().contains("已存在"), toFile.err());
        assertEquals("已有的文件", Files.readString(taken));

        CliRun usage = CliRun.of(clock, "copy", file.toString());
        assertEquals(2, usage.code(), "DST missing: wrong usage");
        assertFalse(usage.err().isBlank());
    }
}
