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
import org.taizhang.core.ledger.SettableClock;
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
    MainViewModel vm;

    @BeforeEach
    void sampleOnServer() {
        OpenLedger.createSample(address, clock).close();
        vm = window();
    }

    private MainViewModel window() {
        return new MainViewModel(new ImmediateBackground(), clock, ZoneId.of("Asia/Shanghai"),
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
