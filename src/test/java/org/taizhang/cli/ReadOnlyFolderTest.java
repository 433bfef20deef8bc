package org.taizhang.cli;

import static org.taizhang.testing.Needs.need;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.ChildProgram;
import org.taizhang.ChildProgram.Run;
import org.taizhang.store.OpenLedger;

/**
 * A ledger in a folder the program may not write to (a read-only share, a CD, a colleague's
 * folder): it can be read, listed, verified and exported, and every change is refused with a clear
 * message, the file untouched.
 *
 * <p>The folder is made read-only with its permissions. Root ignores them, and tests often run as
 * root: there the program is started without the capability that lets root override them
 * ({@code setpriv}, util-linux), so the permissions hold for it as for a clerk.
 */
class ReadOnlyFolderTest {
    @TempDir
    Path dir;
    Path folder;
    Path ledger;
    List<String> asClerk;

    @BeforeEach
    void ledgerInAReadOnlyFolder() throws Exception {
        asClerk = withoutRootsOverride();
        folder = Files.createDirectory(dir.resolve("共享"));
        ledger = folder.resolve("x.taizhang");
        OpenLedger.createSample(ledger, Clock.systemUTC()).close();
        Files.delete(folder.resolve("x.taizhang.lock")); // as if copied there without it
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    @AfterEach
    void writableAgain() throws IOException {
        if (folder != null) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** How to start a program for which file permissions hold; skips when that cannot be had. */
    private static List<String> withoutRootsOverride() throws Exception {
        Path probe = Files.createTempFile("whoami", "");
        int uid = (Integer) Files.getAttribute(probe, "unix:uid");
        Files.delete(probe);
        if (uid != 0) {
            return List.of();
        }
        List<String> setpriv = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all");
        Path test = Files.createTempDirectory("perm");
        try {
            Files.setPosixFilePermissions(test, PosixFilePermissions.fromString("r-xr-xr-x"));
            List<String> touch = new ArrayList<>(setpriv);
            touch.add("touch");
            touch.add(test.resolve("x").toString());
            int code;
            try {
                code = new ProcessBuilder(touch).redirectErrorStream(true).start().waitFor();
            } catch (IOException noSetpriv) {
                code = -1;
            }
            need(code > 0, "running as root, which ignores file permissions, and setpriv cannot drop "
                    + "that right here (code " + code + "): a read-only folder cannot be made");
        } finally {
            Files.setPosixFilePermissions(test, PosixFilePermissions.fromString("rwx------"));
            Files.deleteIfExists(test.resolve("x"));
            Files.delete(test);
        }
        return setpriv;
    }

    private Run taizhang(String... args) throws Exception {
        List<String> command = new ArrayList<>(asClerk);
        command.addAll(ChildProgram.command(List.of(), args));
        return ChildProgram.finish(ChildProgram.start(new ProcessBuilder(command), dir, "run"), dir, "run");
    }

    @Test
    void itCanBeReadButNotChangedAndStaysAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(ledger);

        Run verify = taizhang("verify", "共享/x.taizhang");
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().contains("台账完好"), verify.out());
        Run list = taizhang("list", "共享/x.taizhang", "--search", "医保");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("医保"), list.out());
        Run export = taizhang("export", "共享/x.taizhang", "--out", "台账.xlsx");
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.size(dir.resolve("台账.xlsx")) > 0);

        Run edit = taizhang("edit", "共享/x.taizhang", "--task", "5", "--progress", "改不了", "--operator", "刘洋");
        assertEquals(1, edit.code());
        assertEquals("taizhang: 台账所在文件夹 " + folder.toAbsolutePath() + " 不可写，只能以只读方式打开", edit.err().strip());

        assertArrayEquals(before, Files.readAllBytes(ledger));
        try (var files = Files.list(folder)) {
            assertEquals(List.of("x.taizhang"), files.map(f -> f.getFileName().toString()).toList(),
                    "nothing was made beside it");
        }
    }

    @Test
    void aLedgerLeftUnclosedThereIsReadWithItsLastChangesOrSaysHowToReachThem() throws Exception {
        writableAgain();
        Files.delete(ledger);
        // A ledger whose program ended without closing it: its last change only in "-wal".
        Path elsewhere = Files.createDirectory(dir.resolve("别处"));
        OpenLedger.createSample(elsewhere.resolve("x.taizhang"), Clock.systemUTC()).close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + elsewhere.resolve("x.taizhang"));
                Statement s = db.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("INSERT INTO setting (key, value) VALUES ('未关闭', '1')");
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.copy(elsewhere.resolve("x.taizhang" + suffix), folder.resolve("x.taizhang" + suffix));
            }
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));

        // With its shared-memory file beside it, SQLite reads the log left behind by itself.
        Run withShm = taizhang("verify", "共享/x.taizhang");
        assertEquals(0, withShm.code(), withShm.err());

        // Without it, reading the file alone would silently show it without its last changes.
        writableAgain();
        Files.delete(folder.resolve("x.taizhang-shm"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Run withoutShm = taizhang("list", "共享/x.taizhang");
        assertEquals(1, withoutShm.code(), withoutShm.out());
        assertTrue(withoutShm.err().contains("上次没有正常关闭") && withoutShm.err().contains("x.taizhang-wal"),
                withoutShm.err());
    }
}
