package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.testing.PgCluster;

/**
 * {@code bench --server} on a tiny size: it runs, prints a file's and a server ledger's figures
 * side by side, and takes away the ledgers it made. The figures themselves are not judged here
 * (no timing in unit tests); docs/PERFORMANCE.md records them.
 */
class BenchOnServerTest {
    @TempDir
    Path scratch;

    @Test
    void printsFileAndServerSideBySideAndDropsItsLedgers() throws SQLException, java.io.IOException {
        PgCluster server = PgCluster.get();
        String database = server.address("x").replace("?ledger=x", "");
        CliRun run = CliRun.of(SettableClock.at("2023-03-20T01:00:00Z"), "bench", "--server", database,
                "--sizes", "30", "--import-rows", "40", "--dir", scratch.toString());
        assertEquals(0, run.code(), run.out() + run.err());

        List<String> lines = run.out().lines().toList();
        String sizes = lines.stream().filter(l -> l.startsWith("| 30 |")).findFirst().orElseThrow(() -> new AssertionError(run.out()));
        String[] cells = sizes.split("\\|");
        assertEquals(11, cells.length, sizes); // "", tasks, file and server for add, open, list, edit; a watch
        for (int i = 2; i < cells.length; i++) {
            assertTrue(cells[i].strip().matches("[\\d,]+ ms|[\\d.]+ s"), sizes);
        }
        String header = lines.stream().filter(l -> l.startsWith("| tasks |")).findFirst().orElseThrow();
        assertEquals(4, header.split("\\| server ", -1).length - 1, header);
        assertTrue(header.endsWith("watch: server |"), header);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\| 40 \\| file \\| [\\d,]+ ms \\|.*")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\| 40 \\| server \\| [\\d,]+ ms \\|.*")), run.out());

        try (Connection db = server.superuser(); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'bench%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the benchmark's ledgers are dropped");
        }
        try (var left = Files.list(scratch)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().contains("taizhang")), "ledger files removed");
        }
    }
}
