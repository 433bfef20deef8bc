package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;

/** What a clerk writes for a ledger: a file, or a server ledger's address, never with a password. */
class LedgerAddressTest {
    @TempDir
    Path dir;

    @Test
    void aPathIsAFile() {
        LedgerAddress a = LedgerAddress.parse(" 台账/北疆市2023.taizhang ");
        LedgerAddress.File f = assertInstanceOf(LedgerAddress.File.class, a);
        assertEquals(Path.of("台账/北疆市2023.taizhang"), f.path());
        assertEquals("北疆市2023.taizhang", a.shortName());
    }

    @Test
    void aServerAddressNamesHostPortDatabaseLedgerAndUser() {
        LedgerAddress.Server s = assertInstanceOf(LedgerAddress.Server.class,
                LedgerAddress.parse("postgresql://zhang@10.1.2.3:5433/gaigeban?ledger=bj2023"));
        assertEquals("10.1.2.3", s.host());
        assertEquals(5433, s.port());
        assertEquals("gaigeban", s.database());
        assertEquals("bj2023", s.ledger());
        assertEquals("zhang", s.userName());
        assertEquals("jdbc:postgresql://10.1.2.3:5433/gaigeban", s.jdbcUrl());
        assertEquals("postgresql://zhang@10.1.2.3:5433/gaigeban?ledger=bj2023", s.display());
        assertEquals("bj2023 @ 10.1.2.3", s.shortName());
    }

    @Test
    void theDefaultPortIsLeftOutAndPostgresIsTheSameScheme() {
        LedgerAddress a = LedgerAddress.parse("POSTGRES://db.gov.local/gaigeban?ledger=bj2023");
        LedgerAddress.Server s = assertInstanceOf(LedgerAddress.Server.class, a);
        assertEquals(5432, s.port());
        assertEquals("postgresql://db.gov.local/gaigeban?ledger=bj2023", a.display());
        assertEquals(a, LedgerAddress.parse(a.display()), "the shown address reads back as itself");
    }

    @Test
    void aPasswordInTheAddressIsRefusedNotKept() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> LedgerAddress.parse("postgresql://zhang:secret@h/db?ledger=bj2023"));
        assertEquals("server.passwordInAddress", e.key());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void anAddressWithoutLedgerOrDatabaseSaysWhatIsMissing() {
        assertEquals("server.noLedgerInAddress",
                assertThrows(LedgerException.class, () -> LedgerAddress.parse("postgresql://h/db")).key());
        assertEquals("server.badAddress",
                assertThrows(LedgerException.class, () -> LedgerAddress.parse("postgresql://h/?ledger=x")).key());
        assertEquals("server.badAddress",
                assertThrows(LedgerException.class, () -> LedgerAddress.parse("postgresql:///db?ledger=x")).key());
        assertEquals("server.badAddress", assertThrows(LedgerException.class, () -> LedgerAddress.parse("  ")).key());
    }

    @Test
    void theTypedPasswordComesFirstThenThePasswordFile() throws Exception {
        LedgerAddress.Server s = (LedgerAddress.Server) LedgerAddress.parse("postgresql://zhang@h:5432/db?ledger=x");
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "other:5432:db:zhang:wrong\nh:5432:db:zhang:from-file\n");
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            if (System.getenv("PGPASSWORD") == null) {
                assertEquals("from-file", s.login(null).getProperty("password"));
            }
            assertEquals("typed", s.login("typed".toCharArray()).getProperty("password"));
            assertEquals("zhang", s.login(null).getProperty("user"));
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }
}
