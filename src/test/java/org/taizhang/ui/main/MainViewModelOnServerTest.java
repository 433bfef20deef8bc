package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.PgCluster;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.ScriptedDialogs;
import org.taizhang.ui.command.StandardAction;
import org.taizhang.ui.connect.ConnectViewModel;

/** The main window's logic on a ledger on a real PostgreSQL server: connected to, remembered, reopened. */
class MainViewModelOnServerTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");
    MemoryPrefs prefs = new MemoryPrefs();
    ScriptedDialogs dialogs = new ScriptedDialogs();
    PgCluster server = PgCluster.get();
    String name = server.newLedgerName();
    LedgerAddress address = LedgerAddress.parse(server.address(name));
    ImmediateBackground background = new ImmediateBackground();
    MainViewModel vm;

    @BeforeEach
    void sampleOnServer() {
        OpenLedger.createSample(address, clock).close();
        vm = window();
    }

    private MainViewModel window() {
        return new MainViewModel(background, clock, ZoneId.of("Asia/Shanghai"),
                dir.resolve("示例.taizhang"), prefs, dialogs);
    }

    @AfterEach
    void drop() {
        vm.shutdown();
        server.drop(name);
    }

    @Test
    void connectingOpensTheServerLedgerForWritingAndRemembersItsAddress() {
        dialogs.connects.add(form -> {
            form.addressProperty().set(server.address(name));
            return Optional.of(form.choice());
        });
        assertTrue(vm.command(StandardAction.CONNECT_SERVER).isExecutable(), "连接服务器台账 works with no ledger open");
        vm.command(StandardAction.CONNECT_SERVER).execute();
        assertTrue(vm.ledgerOpenProperty().get(), dialogs.told.toString());
        assertTrue(vm.windowTitleProperty().get().contains(name + " @ 127.0.0.1"), vm.windowTitleProperty().get());
        assertTrue(vm.command(StandardAction.ADD_TASK).isExecutable(), "a server ledger is written as a file is");
        assertEquals(address.display(), vm.recent().get(0));
        assertTrue(!vm.isGone(vm.recent().get(0)));
        int shown = vm.table().size();
        vm.shutdown();

        vm = window();
        vm.start(Optional.empty());
        assertTrue(vm.ledgerOpenProperty().get(), "the last ledger, on the server, opens at start: " + dialogs.told);
        assertEquals(shown, vm.table().size());
    }

    @Test
    void whatAnotherPcSavesIsShownWithoutReopeningAndSaidWhoChangedWhat() throws Exception {
        vm.start(Optional.of(server.address(name)));
        assertTrue(vm.ledgerOpenProperty().get(), dialogs.told.toString());
        assertEquals("", vm.elsewhereProperty().get());
        TaskRow row = vm.table().visibleRows().stream().filter(r -> !r.isHeading() && r.task().parentId() == null
                && !r.task().status().isClosed()).findFirst().orElseThrow();
        vm.selectedProperty().set(row);

        try (OpenLedger other = OpenLedger.open(address, clock)) { // the PC next door
            Task now = other.service().task(row.id()).orElseThrow();
            other.service().edit(now.toBuilder().progress("隔壁电脑填的进展").build(), Note.by("赵静"));
        }
        assertTrue(background.runLater(20), "the watch hears of the other PC's save");
        assertEquals("隔壁电脑填的进展", vm.table().visibleRow(row.id()).orElseThrow().task().progress());
        assertEquals(row.id(), vm.selectedProperty().get().id(), "the selected task stays selected");
        String said = vm.elsewhereProperty().get();
        assertTrue(said.contains("赵静") && said.contains("进展情况"), said);
        assertTrue(said.contains(row.task().number().text().replaceFirst("[.．、]$", "")), said);

        vm.close();
        assertEquals("", vm.elsewhereProperty().get(), "nothing said of a ledger no longer on screen");
    }

    @Test
    void savingAServerLedgerAsAFileCopiesItsHistoryAndStaysOnTheServer() {
        vm.start(Optional.of(server.address(name)));
        Path file = dir.resolve("北疆市2023 副本.taizhang");
        vm.saveAs(file);
        assertTrue(dialogs.told.toString().contains(file.getFileName().toString()), dialogs.told.toString());
        assertTrue(vm.windowTitleProperty().get().contains(name), "still the server ledger: " + vm.windowTitleProperty().get());
        try (OpenLedger copy = OpenLedger.openForReading(file, clock)) {
            assertTrue(copy.service().verify().ok());
            assertEquals(vm.service().head(), copy.service().head(), "the whole chain, the same head");
        }
    }

    @Test
    void aSaveTheServerCannotTakeBringsTheFormBackAsTheClerkLeftIt() throws Exception {
        vm.start(Optional.of(server.address(name)));
        TaskRow row = vm.table().visibleRows().stream().filter(r -> !r.isHeading() && r.task().parentId() == null
                && !r.task().status().isClosed()).findFirst().orElseThrow();
        vm.selectedProperty().set(row);
        var head = vm.service().head();
        // the server's disk fills while the clerk types: the save fails half way, in the server
        dialogs.edits.add(form -> {
            fullDisk(true);
            form.progressProperty().set("断网前写好的进展");
            return Optional.of(form.result());
        });
        dialogs.edits.add(form -> {
            assertEquals("断网前写好的进展", form.progressProperty().get(), "the clerk's words are still there");
            fullDisk(false); // room again: the same form is saved
            return Optional.of(form.result());
        });
        dialogs.notes.add(Optional.of(Note.by("赵静")));
        dialogs.notes.add(Optional.of(Note.by("赵静")));
        vm.command(StandardAction.EDIT_TASK).execute();
        assertTrue(dialogs.told.toString().contains("磁盘已满"), dialogs.told.toString());
        assertTrue(dialogs.edits.isEmpty(), "the form came back");
        assertEquals(head.count() + 1, vm.service().head().count(), "saved once, on the second try");
        assertEquals("断网前写好的进展", vm.service().task(row.id()).orElseThrow().progress());
        assertTrue(vm.service().verify().ok());
    }

    /** A full disk on the server, as its own error (disk_full), where a save writes its task rows. */
    private void fullDisk(boolean full) {
        try (java.sql.Connection db = server.superuser(); java.sql.Statement s = db.createStatement()) {
            s.execute("SET search_path TO " + name);
            if (full) {
                s.execute("CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
                        + "'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END; $$");
                s.execute("CREATE TRIGGER full_disk BEFORE INSERT OR UPDATE ON task FOR EACH ROW EXECUTE FUNCTION full_disk()");
            } else {
                s.execute("DROP TRIGGER full_disk ON task");
                s.execute("DROP FUNCTION full_disk()");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aServerThatWantsAPasswordBringsTheFormBackUntilTheRightOneIsTyped() {
        server.passwordRole("li_password", "正确的密码");
        org.taizhang.store.ServerRights.grant((LedgerAddress.Server) address, null,
                java.util.Map.of("li_password", org.taizhang.store.ServerRights.Access.CLERK));
        String mine = server.address(name, "li_password");
        java.util.List<String> asked = new java.util.ArrayList<>();
        dialogs.connects.add(form -> { // asked again: none was stored for this role
            asked.add(form.whyProperty().get());
            assertEquals(LedgerAddress.parse(mine).display(), form.addressProperty().get(), "the address kept");
            form.passwordProperty().set("错的密码");
            return Optional.of(form.choice());
        });
        dialogs.connects.add(form -> {
            asked.add(form.whyProperty().get());
            form.passwordProperty().set("正确的密码");
            return Optional.of(form.choice());
        });
        vm.openRecent(mine);
        assertEquals(2, asked.size(), asked.toString());
        assertTrue(asked.get(0).contains("要求") && asked.get(0).contains("li_password"), asked.get(0));
        assertTrue(asked.get(1).contains("密码不对"), asked.get(1));
        assertTrue(vm.ledgerOpenProperty().get(), dialogs.told.toString());
        assertTrue(vm.command(StandardAction.ADD_TASK).isExecutable(), "a clerk's role writes");
        assertTrue(prefs.recent().stream().noneMatch(r -> r.contains("密码")), "no password remembered");
    }

    @Test
    void aServerAddressOnTheCommandLineOpensIt() {
        vm.start(Optional.of(server.address(name)));
        assertTrue(vm.ledgerOpenProperty().get(), dialogs.told.toString());
        assertTrue(vm.service().verify().ok());
    }

    @Test
    void aMissingServerLedgerIsSaidInWords() {
        vm.openRecent(server.address("no_such_ledger"));
        assertTrue(!vm.ledgerOpenProperty().get());
        assertTrue(dialogs.told.toString().contains("no_such_ledger"), dialogs.told.toString());
        assertTrue(dialogs.connects.isEmpty());
    }

    @Test
    void aCancelledConnectOpensNothing() {
        dialogs.connects.add(form -> Optional.<ConnectViewModel.Choice>empty());
        vm.command(StandardAction.CONNECT_SERVER).execute();
        assertTrue(!vm.ledgerOpenProperty().get());
    }
}
