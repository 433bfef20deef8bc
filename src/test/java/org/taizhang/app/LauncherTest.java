package org.taizhang.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a lone argument opens: a ledger file or a server address opens the window, anything else is a command. */
class LauncherTest {
    @Test
    void aLedgerFileOrAServerAddressOpensTheWindow() {
        assertTrue(Launcher.opensInWindow(new String[] {"北疆市2023.TAIZHANG"}));
        assertTrue(Launcher.opensInWindow(new String[] {"postgresql://li@10.20.1.5/gaigeban?ledger=bj2023"}));
        assertTrue(Launcher.opensInWindow(new String[] {" Postgres://h/db?ledger=x"}));
        assertFalse(Launcher.opensInWindow(new String[] {"list"}));
        assertFalse(Launcher.opensInWindow(new String[] {"list", "x.taizhang"}));
    }
}
