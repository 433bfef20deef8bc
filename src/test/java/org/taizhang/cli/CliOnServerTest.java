package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.testing.PgCluster;
import org.taizhang.exchange.TestWorkbook;

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
    void importExportReportPrintDiffUndoNoticesAndRequestsWorkOnTheServer(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("returns"));
        TestWorkbook.xlsx().sheet("市医保局")
                .row("序号", "改革任务", "牵头单位", "进展情况", "状态")
                .row("(4)", "推进医保基金智能监管", "市医保局", "智能监管系统上线试运行", "推进中")
                .save(dir.resolve("returns").resolve("市医保局.xlsx"));
        CliRun imported = CliRun.of(clock, "import", address, dir.resolve("returns").resolve("市医保局.xlsx").toString(),
                "--operator", "赵静");
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains("已导入为第"), imported.out());

        Path xlsx = dir.resolve("台账.xlsx");
        assertEquals(0, CliRun.of(clock, "export", address, "--out", xlsx.toString()).code());
        assertTrue(Files.size(xlsx) > 0);
        CliRun report = CliRun.of(clock, "report", address, "--as-of", "2023-12-31", "--xlsx", dir.resolve("r.xlsx").toString());
        assertEquals(0, report.code(), report.err());
        CliRun print = CliRun.of(clock, "print", address, "--pdf", dir.resolve("p.pdf").toString());
        assertEquals(0, print.code(), print.err());
        assertTrue(Files.size(dir.resolve("p.pdf")) > 0);
        CliRun diff = CliRun.of(clock, "diff", address, "--from", "2023-06-01", "--to", "2023-07-01");
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("取消"), diff.out());
        CliRun notices = CliRun.of(clock, "notices", address, "--list", "--json");
        assertEquals(0, notices.code(), notices.err());
        assertTrue(JsonParser.parseString(notices.out()).getAsJsonArray().size() > 0);
        CliRun requests = CliRun.of(clock, "requests", address, "--json");
        assertEquals(0, requests.code(), requests.err());

        int log = JsonParser.parseString(CliRun.of(clock, "history", address, "--json").out()).getAsJsonArray().size();
        CliRun undo = CliRun.of(clock, "undo", address, "--operator", "陈晓", "--reason", "误操作");
        assertEquals(0, undo.code(), undo.err());
        assertEquals(log + 1,
                JsonParser.parseString(CliRun.of(clock, "history", address, "--json").out()).getAsJsonArray().size());
        assertEquals(0, CliRun.of(clock, "verify", address).code());
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

    @Test
    void theOwnerGrantsRightsAndAViewerMayListButNotEdit() {
        CliRun grant = CliRun.of(clock, "server", "grant", address, "--clerk", PgCluster.CLERK, "--viewer",
                PgCluster.VIEWER);
        assertEquals(0, grant.code(), grant.err());
        assertTrue(grant.out().contains(PgCluster.CLERK + "：经办") && grant.out().contains(PgCluster.VIEWER + "：查看"),
                grant.out());

        String asViewer = server.address(name, PgCluster.VIEWER);
        CliRun list = CliRun.of(clock, "list", asViewer, "--json");
        assertEquals(0, list.code(), list.err());
        CliRun edit = CliRun.of(clock, "edit", asViewer, "--task", "1", "--progress", "领导改的", "--operator", "领导");
        assertEquals(1, edit.code());
        assertTrue(edit.err().contains("只读账号"), edit.err());

        CliRun byClerk = CliRun.of(clock, "server", "grant", server.address(name, PgCluster.CLERK), "--viewer",
                PgCluster.CLERK);
        assertEquals(1, byClerk.code());
        assertTrue(byClerk.err().contains("所有者") && byClerk.err().contains(PgCluster.ROLE), byClerk.err());
        CliRun edited = CliRun.of(clock, "edit", server.address(name, PgCluster.CLERK), "--task", "1", "--progress",
                "经办改的", "--operator", "赵静");
        assertEquals(0, edited.code(), edited.err());

        CliRun rights = CliRun.of(clock, "server", "rights", address);
        assertEquals(List.of("服务器台账“" + name + "”的权限：", "  " + PgCluster.ROLE + "：所有者（建台账、升级结构、授权；可以修改）",
                "  " + PgCluster.CLERK + "：经办（可以修改；调整记录只增不改）", "  " + PgCluster.VIEWER + "：查看（只读）"),
                rights.out().lines().toList());
        CliRun onFile = CliRun.of(clock, "server", "rights", "北疆市2023.taizhang");
        assertEquals(1, onFile.code());
        assertTrue(onFile.err().contains("不是服务器台账"), onFile.err());
    }
}
