package org.taizhang.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.taizhang.core.LedgerException;

/**
 * A ledger in one SQLite file, locked against a second writer. What it shares with a ledger on a
 * server is in {@link JdbcLedgerStore}; here is what is the file's own: its lock, its copies
 * (backups), its errors. Open it through {@link LedgerFile}.
 */
public final class SqliteLedgerStore extends JdbcLedgerStore {
    private final Path path;
    private final LedgerLock lock;

    /** Whether the file keeps its text in UTF-8 (SQLite's default, and every ledger this program made). */
    private final boolean utf8;

    SqliteLedgerStore(Path path, Connection db, boolean readOnly, LedgerLock lock) throws SQLException {
        super(db, readOnly);
        this.path = path;
        this.lock = lock;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA encoding")) {
            utf8 = rs.next() && "UTF-8".equalsIgnoreCase(rs.getString(1));
        } catch (SQLException e) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
    }

    /** The bytes SQLite holds, decoded here: sqlite-jdbc's getString hands them over through a direct buffer first. */
    @Override
    String text(ResultSet rs, int column) throws SQLException {
        if (!utf8) {
            return rs.getString(column);
        }
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    public Path path() {
        return path;
    }

    @Override
    Object name() {
        return path.getFileName();
    }

    @Override
    LedgerException failure(SQLException e) {
        return SqliteErrors.translate(e, path);
    }

    /**
     * A reading transaction that waits for no one: DEFERRED takes no write lock, and in WAL mode it
     * keeps the state of its first read until it ends, while the window beside it writes on.
     */
    @Override
    void snapshotBegins() {
        ((SQLiteConnection) db).getConnectionConfig()
                .setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
    }

    /** Write transactions take the write lock at BEGIN (IMMEDIATE), as the file was opened to. */
    @Override
    void snapshotEnds() {
        ((SQLiteConnection) db).getConnectionConfig()
                .setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    }

    @Override
    List<String> tables() {
        List<String> out = new ArrayList<>();
        query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'flyway%' "
                + "AND name NOT LIKE 'sqlite%' ORDER BY name", ps -> { }, rs -> out.add(rs.getString(1)));
        return out;
    }

    /**
     * Writes a consistent copy of the ledger to a new file (SQLite's VACUUM INTO: safe while the
     * ledger is open, unlike copying a live WAL database file by file).
     */
    public synchronized void copyTo(Path target) {
        if (java.nio.file.Files.exists(target)) {
            throw new LedgerException("ledger.exists", target);
        }
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The backups of this ledger, where the ledger's settings put them (by default beside the file). */
    @Override
    public Backups backups() {
        return Backups.ofFile(path, setting(Backups.FOLDER_SETTING).orElse(""), Backups.keep(setting(Backups.KEEP_SETTING)),
                ZoneId.systemDefault());
    }

    @Override
    public synchronized void backup(String reason, Instant now) {
        if (isReadOnly() || transactionDepth > 0) {
            return;
        }
        ChainHead head = head();
        if (head.count() > 0) {
            backups().take(db, reason, head.count(), head.hash(), now);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!isReadOnly() && !db.isClosed()) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA optimize");
                }
            }
            db.close();
        } catch (SQLException e) {
            // closing: nothing more can be lost, every write was committed in its own transaction
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
