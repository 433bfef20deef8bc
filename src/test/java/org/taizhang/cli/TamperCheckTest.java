package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.store.OpenLedger;

/**
 * A ledger changed behind the program's back: verify names the first broken record first, and no
 * command writes on top of the change (exit 3, one line), while reading still works.
 */
class TamperCheckTest {
    @TempDir
    Path dir;
    Path file;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");

    CliRun run(String... args) {
        return CliRun.of(clock, args);
    }

    @BeforeEach
    void tamperedSample() throws Exception {
        file = dir.resolve("x.taizhang");
        OpenLedger.createSample(file, clock).close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET operator = '别人' WHERE id = 120");
        }
    }

    @Test
    void verifySaysFirstWhereTheChainBreaks() {
        CliRun r = run("verify", file.toString());
        assertEquals(3, r.code());
        assertEquals("台账记录自第 120 条起与校验链不符，可能被程序以外的方式改动过", r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("第 120 条调整记录"), r.out());
    }

    @Test
    void noCommandWritesOnTopOfTheChange() throws Exception {
        byte[] before = Files.readAllBytes(file);
        String refused = "taizhang: 台账“x.taizhang”：台账记录自第 120 条起与校验链不符，可能被程序以外的方式改动过。"
                + "为免在改动之上继续记录，不能修改；用 taizhang verify 可查看详情";
        for (String[] command : new String[][] {
            {"edit", file.toString(), "--task", "5", "--progress", "继续填报", "--operator", "刘洋"},
            {"undo", file.toString(), "--operator", "陈晓", "--reason", "撤销"},
            {"add", file.toString(), "--title", "新任务", "--operator", "赵静"},
        }) {
            CliRun r = run(command);
            assertEquals(3, r.code(), command[0] + ": " + r.err());
            assertEquals(refused, r.err().strip(), command[0]);
        }
        assertEquals(0, run("list", file.toString()).code(), "reading still works");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "nothing was written");
    }
}
