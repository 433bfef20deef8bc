package org.taizhang.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.taizhang.core.LedgerException;

/**
 * The floor under an import's write (issue 19): the very rows an import wrote into a ledger file —
 * its tasks, its log record and the record's task changes — written again into an empty ledger
 * file of the same schema, through a connection with the same pragmas, in one transaction, by a
 * plain JDBC loop (one prepared INSERT per table, executed row by row). No parsing, no planning,
 * no checks: what writing those bytes costs at least.
 */
public final class WriteFloor {
    /** The tables an import writes, in an order their foreign keys allow. */
    private static final List<String> TABLES = List.of("adjustment", "adjustment_task", "task");

    private WriteFloor() {
    }

    /** Rows read before they are written, a batch at a time: 200,000 rows are never held at once. */
    private static final int BATCH = 10_000;

    /**
     * Writes the rows of {@code imported}'s tables into a new ledger file at {@code scratch} and
     * gives how long the writing took, in one transaction. The rows are read a batch at a time
     * between the writes; the reading and the removal after are not counted.
     */
    public static long nanos(Path imported, Path scratch) {
        try {
            LedgerFile.createEmpty(scratch).close();
            try (Connection from = LedgerFile.connect(imported, true); Statement s = from.createStatement();
                    Connection to = LedgerFile.connect(scratch, false)) {
                long took = 0;
                long start = System.nanoTime();
                to.setAutoCommit(false);
                took += System.nanoTime() - start;
                for (String name : TABLES) {
                    try (ResultSet rs = s.executeQuery("SELECT * FROM " + name)) {
                        ResultSetMetaData meta = rs.getMetaData();
                        List<String> columns = new ArrayList<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            columns.add(meta.getColumnName(c));
                        }
                        String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
                        try (PreparedStatement ps = to.prepareStatement(sql)) {
                            List<Object[]> rows = new ArrayList<>(BATCH);
                            boolean more = true;
                            while (more) {
                                rows.clear();
                                while (rows.size() < BATCH && (more = rs.next())) {
                                    Object[] row = new Object[columns.size()];
                                    for (int c = 0; c < row.length; c++) {
                                        row[c] = rs.getObject(c + 1);
                                    }
                                    rows.add(row);
                                }
                                start = System.nanoTime();
                                for (Object[] row : rows) {
                                    for (int c = 0; c < row.length; c++) {
                                        ps.setObject(c + 1, row[c]);
                                    }
                                    ps.executeUpdate();
                                }
                                took += System.nanoTime() - start;
                            }
                        }
                    }
                }
                start = System.nanoTime();
                to.commit();
                return took + System.nanoTime() - start;
            } finally {
                LedgerFile.deleteQuietly(scratch);
            }
        } catch (SQLException e) {
            throw new LedgerException(e, "ledger.sqlError", imported.getFileName(), e.getMessage());
        }
    }
}
