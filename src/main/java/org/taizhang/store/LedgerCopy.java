package org.taizhang.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.CheckCode;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerStore.ChainHead;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.ledger.VerifyReport;

/**
 * Copies a ledger to a new address, a file or a server ledger, either way: the same ledger with
 * its whole history — its identity (uuid, created, title, year), settings, units and domains with
 * their ids and order, tasks with their revisions, and every record of the log as it is, so that
 * the chain and its head are the copy's too. Every table is copied row by row (the two stores'
 * tables are the same: a server ledger's schema is made from the file's). Nothing is decided or
 * added: a copy is no adjustment.
 * <p>
 * The source is read in one snapshot, so it may stay open in a window meanwhile. The destination
 * must not exist; it is written in one transaction under a name nobody opens (".x.taizhang.part",
 * a scratch schema) and given its name when whole, so a failure or a killed program leaves no
 * destination. Then the copy is opened afresh and verified, and its head compared with the source's.
 * A server ledger's backups are such copies into ledger files ({@link PgLedgerStore#backup}).
 */
public final class LedgerCopy {
    /**
     * What a copy did: from where to where, the ledger, the rows of each table, the source's chain
     * head, and what checking the copy found (its verification, its head).
     */
    public record Result(LedgerAddress from, LedgerAddress to, LedgerInfo info, Map<String, Long> rows,
            ChainHead head, VerifyReport check, ChainHead copiedHead) {
        public long tasks() {
            return rows.getOrDefault("task", 0L);
        }

        public long adjustments() {
            return rows.getOrDefault("adjustment", 0L);
        }

        /** The check code of the source's head, which the copy's paper prints too. */
        public CheckCode code() {
            return CheckCode.of(head.count(), head.hash());
        }

        public boolean sameHead() {
            return head.equals(copiedHead);
        }

        /** The copy verifies and ends on the source's head. */
        public boolean ok() {
            return check.ok() && sameHead();
        }
    }

    /** Where a copy has got to: for tests that stop it there. */
    @FunctionalInterface
    interface Steps {
        Steps NONE = step -> { };

        /** {@code step}: "table:NAME" when a table's rows are in, "filled" when all are, before the copy takes its name. */
        void reached(String step);
    }

    /**
     * Tables in the order their rows are written: what a row refers to before it (an undo's record,
     * a task's changes' record). A table not named here (a later schema's) follows, by name.
     */
    private static final List<String> ORDER = List.of("ledger_meta", "setting", "unit", "domain", "adjustment",
            "adjustment_task", "task");
    /** The columns each table's rows are read in order of: its key. Others: the first column. */
    private static final Map<String, String> KEY = Map.of("adjustment_task", "adjustment_id, seq");

    private LedgerCopy() {
    }

    /**
     * Copies the ledger at {@code from} to {@code to}, which must not exist; checks the copy. A
     * source that does not match its own chain is not copied (SuspectLedgerException).
     */
    public static Result copy(LedgerAddress from, LedgerAddress to, Clock clock) {
        return copy(from, to, clock, Steps.NONE);
    }

    static Result copy(LedgerAddress from, LedgerAddress to, Clock clock, Steps steps) {
        refuseTarget(from, to); // said before the source is read
        try (OpenLedger source = OpenLedger.openForReading(from, clock)) {
            return copyOpen(source, to, clock, steps);
        }
    }

    /**
     * Copies the ledger open in this program, through its own connection (a window's server ledger
     * is logged in with a password typed there, which is kept nowhere to log in again).
     */
    public static Result copy(OpenLedger source, LedgerAddress to, Clock clock) {
        refuseTarget(source.address(), to);
        return copyOpen(source, to, clock, Steps.NONE);
    }

    private static Result copyOpen(OpenLedger source, LedgerAddress to, Clock clock, Steps steps) {
        LedgerAddress from = source.address();
        JdbcLedgerStore store = source.store();
        record Read(ChainHead head, LedgerInfo info, Map<String, Long> rows) {
        }
        Read read = store.snapshot(() -> {
            VerifyReport check = source.service().verify();
            if (!check.ok()) {
                throw new SuspectLedgerException(from.shortName(), check); // a copy would carry the alteration on
            }
            return new Read(store.head(), store.info(), write(store, to, steps));
        });
        try (OpenLedger copy = OpenLedger.openForReading(to, clock)) {
            return new Result(from, to, read.info(), read.rows(), read.head(), copy.service().verify(),
                    copy.store().head());
        }
    }

    /** A copy goes to a new place: not onto its source, not onto a ledger already there. */
    private static void refuseTarget(LedgerAddress from, LedgerAddress to) {
        if (from.display().equals(to.display())) {
            throw new LedgerException("copy.sameLedger", from.display());
        }
        if (to instanceof LedgerAddress.File f) {
            if (Files.exists(f.path())) {
                throw new LedgerException("ledger.exists", f.path());
            }
        } else {
            LedgerAddress.Server s = (LedgerAddress.Server) to;
            if (PgLedgerStore.exists(s.jdbcUrl(), s.login(null), s.ledger())) {
                throw new LedgerException("server.ledgerExists", s.ledger());
            }
        }
    }

    private static Map<String, Long> write(JdbcLedgerStore source, LedgerAddress to, Steps steps) {
        if (to instanceof LedgerAddress.File f) {
            Path target = f.path().toAbsolutePath();
            Path part = target.resolveSibling("." + target.getFileName() + "." + scratch() + ".part");
            Map<String, Long> rows = writeFile(source, part, steps);
            try {
                Files.move(part, target); // not ATOMIC_MOVE: that would replace a file made meanwhile
            } catch (FileAlreadyExistsException e) {
                LedgerFile.deleteQuietly(part);
                throw new LedgerException(e, "ledger.exists", target);
            } catch (IOException e) {
                LedgerFile.deleteQuietly(part);
                throw new LedgerException(e, "ledger.ioError", target.getFileName(), e.getMessage());
            }
            return rows;
        }
        return writeServer(source, (LedgerAddress.Server) to, steps);
    }

    /** Writes {@code source} into the new ledger file {@code file}; a failure leaves no file. */
    static Map<String, Long> writeFile(JdbcLedgerStore source, Path file) {
        return writeFile(source, file, Steps.NONE);
    }

    private static Map<String, Long> writeFile(JdbcLedgerStore source, Path file, Steps steps) {
        SqliteLedgerStore copy = LedgerFile.createEmpty(file);
        boolean written = false;
        try {
            Map<String, Long> rows = copy.inTransaction(() -> rows(source, copy, steps));
            written = true;
            return rows;
        } finally {
            copy.close();
            if (!written) {
                LedgerFile.deleteQuietly(file);
            }
        }
    }

    /**
     * Writes {@code source} into a new server ledger: made under a scratch name, filled, and given
     * its name in the one transaction, so other PCs never see it half made; a failure drops it.
     */
    private static Map<String, Long> writeServer(JdbcLedgerStore source, LedgerAddress.Server to, Steps steps) {
        PgLedgerStore copy = PgLedgerStore.createEmpty(to.jdbcUrl(), to.login(null), "taizhang_copy_" + scratch());
        boolean written = false;
        try {
            Map<String, Long> rows = copy.inTransaction(() -> {
                Map<String, Long> r = rows(source, copy, steps);
                copy.renameTo(to.ledger());
                return r;
            });
            written = true;
            return rows;
        } finally {
            if (written) {
                copy.close();
            } else {
                copy.dropAndClose();
            }
        }
    }

    private static String scratch() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Every table's rows from {@code source} into {@code copy}, in {@code copy}'s transaction; the count of each. */
    private static Map<String, Long> rows(JdbcLedgerStore source, JdbcLedgerStore copy, Steps steps) {
        List<String> tables = source.tables();
        if (!new TreeSet<>(tables).equals(new TreeSet<>(copy.tables()))) {
            throw new LedgerException("copy.otherTables", source.name(), String.join(", ", tables),
                    String.join(", ", copy.tables()));
        }
        List<String> ordered = new ArrayList<>(ORDER);
        ordered.retainAll(tables);
        List<String> others = new ArrayList<>(tables);
        others.removeAll(ORDER);
        Collections.sort(others);
        ordered.addAll(others);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            for (String table : ordered) {
                rows.put(table, table(source, copy, table));
                steps.reached("table:" + table);
            }
            copy.rowsCopied();
        } catch (SQLException e) {
            throw copy.failure(e);
        }
        steps.reached("filled");
        return rows;
    }

    private static long table(JdbcLedgerStore source, JdbcLedgerStore copy, String table) throws SQLException {
        long count = 0;
        try (PreparedStatement read = source.db.prepareStatement("SELECT * FROM " + table + " ORDER BY "
                + KEY.getOrDefault(table, "1"))) {
            read.setFetchSize(1000); // the server sends a large table in parts (within the snapshot's transaction)
            try (ResultSet rs = read.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                List<String> columns = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                }
                try (RowInserter out = new RowInserter(copy.db, "INSERT INTO " + table + " (" + String.join(", ", columns)
                        + ") VALUES", n, "")) {
                    Object[] row = new Object[n];
                    while (rs.next()) {
                        for (int i = 0; i < n; i++) {
                            row[i] = value(rs, i + 1);
                        }
                        out.add(row);
                        count++;
                    }
                    out.flush();
                }
            }
        }
        return count;
    }

    /** A ledger's values are whole numbers and text (or nothing): each as it is, a number as a long. */
    private static Object value(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null || v instanceof String || v instanceof Long) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short) {
            return ((Number) v).longValue();
        }
        return rs.getString(column);
    }
}
