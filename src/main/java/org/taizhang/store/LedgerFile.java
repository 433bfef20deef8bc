package org.taizhang.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.taizhang.core.LedgerException;

/**
 * Opening and creating ledger files ({@code .taizhang}): one SQLite database each, in WAL mode
 * with foreign keys on, its schema brought up to date by versioned migrations. Every way a file
 * can be wrong (missing, not SQLite, not a ledger, damaged, from a newer program, open elsewhere)
 * ends in a clear message before anything is written.
 */
public final class LedgerFile {
    /** The schema version this program writes: the number of the newest migration. */
    public static final int SCHEMA_VERSION = 5;
    /** Marks a SQLite file as a Taizhang ledger (PRAGMA application_id): "TZ" + 1. */
    static final int APPLICATION_ID = 0x545A0001;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private LedgerFile() {
    }

    /** Creates a new, empty ledger; refuses to touch an existing file. */
    public static SqliteLedgerStore create(Path path, String title, int year, Clock clock) {
        if (Files.exists(path)) {
            throw new LedgerException("ledger.exists", path);
        }
        JdbcLedgerStore.checkYear(year);
        LedgerLock lock = LedgerLock.acquire(path);
        try {
            SqliteLedgerStore store = made(path, lock);
            store.setUp(title, year, clock.instant());
            return store;
        } catch (SQLException | RuntimeException e) {
            lock.close();
            deleteQuietly(path);
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException(e, "ledger.createFailed", path, e.getMessage());
        }
    }

    /**
     * A new ledger file with the tables and nothing in them, not even its identity: what a copy
     * fills (see {@link LedgerCopy}). Made under a name nobody opens, so it takes no lock; refuses
     * an existing file; a failure leaves no file.
     */
    static SqliteLedgerStore createEmpty(Path path) {
        if (Files.exists(path)) {
            throw new LedgerException("ledger.exists", path);
        }
        try {
            return made(path, null);
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(path);
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException(e, "ledger.createFailed", path, e.getMessage());
        }
    }

    private static SqliteLedgerStore made(Path path, LedgerLock lock) throws SQLException {
        try (Connection db = connect(path, false)) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
        }
        migrate(path);
        return new SqliteLedgerStore(path, connect(path, false), false, lock);
    }

    /** Opens a ledger for writing, bringing its schema up to date; refused while another program writes it. */
    public static SqliteLedgerStore open(Path path) {
        checkIsSqlite(path);
        LedgerLock lock = LedgerLock.acquire(path);
        try {
            if (!Files.isWritable(path)) {
                throw new NotWritableException(NotWritableException.Reason.FILE_READ_ONLY, path.getFileName());
            }
            try (Connection db = connect(path, false)) {
                int version = checkLedger(db, path);
                if (version < SCHEMA_VERSION) {
                    migrate(path);
                }
            }
            return new SqliteLedgerStore(path, connect(path, false), false, lock);
        } catch (SQLException e) {
            lock.close();
            throw SqliteErrors.translate(e, path);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Opens a ledger to look at it; works while another program writes it. Never writes. */
    public static SqliteLedgerStore openReadOnly(Path path) {
        checkIsSqlite(path);
        String noRoom;
        try {
            return openReadOnly(path, connect(path, true));
        } catch (SQLException e) {
            noRoom = noRoomForSharedMemory(e, path);
            if (noRoom == null) {
                throw SqliteErrors.translate(e, path);
            }
        }
        // Nobody is writing this ledger (a writer would have made the shared-memory file), and
        // nobody can: it may be read as an unchanging file, unless a program that ended without
        // closing it left its last changes in the write-ahead log, which such a read would skip.
        if (hasUnsavedWal(path)) {
            throw new LedgerException(noRoom, path.getFileName());
        }
        try {
            return openReadOnly(path, connectImmutable(path));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    private static SqliteLedgerStore openReadOnly(Path path, Connection db) throws SQLException {
        try {
            int version = checkLedger(db, path);
            if (version < SCHEMA_VERSION) {
                throw new LedgerException("ledger.needsUpgrade", path.getFileName());
            }
            return new SqliteLedgerStore(path, db, true, null);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /**
     * A WAL ledger is read through a "-shm" file beside it, which SQLite makes if it is missing. In
     * a folder the program may not write to (a read-only share, a CD) it cannot, nor on a full disk.
     * Gives the message for a ledger that cannot be read without it, or null for other failures.
     */
    private static String noRoomForSharedMemory(SQLException e, Path path) {
        if (!(e instanceof org.sqlite.SQLiteException s)) {
            return null;
        }
        int code = s.getResultCode().code;
        if ((code & 0xff) == 8 || (code & 0xff) == 14) { // READONLY, CANTOPEN
            return Files.isWritable(path.toAbsolutePath().getParent()) ? null : "ledger.walInReadOnlyFolder";
        }
        return SqliteErrors.isDiskFull(s) ? "ledger.walOnFullDisk" : null;
    }

    /** Changes left in the write-ahead log by a program that ended without closing the ledger. */
    private static boolean hasUnsavedWal(Path path) {
        Path wal = path.resolveSibling(path.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static void checkIsSqlite(Path path) {
        if (!Files.exists(path)) {
            throw new LedgerException("ledger.notFound", path);
        }
        if (!Files.isRegularFile(path)) {
            throw new LedgerException("ledger.notSqlite", path.getFileName());
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(path)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new LedgerException("ledger.notSqlite", path.getFileName());
            }
        } catch (IOException e) {
            throw new LedgerException(e, "ledger.ioError", path.getFileName(), e.getMessage());
        }
    }

    /** Checks the file is a sound Taizhang ledger this program understands; returns its schema version. */
    private static int checkLedger(Connection db, Path path) throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "";
                if (!"ok".equals(result)) {
                    throw new LedgerException("ledger.damaged", path.getFileName(), result);
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                if (!rs.next() || rs.getInt(1) != APPLICATION_ID) {
                    throw new LedgerException("ledger.notLedger", path.getFileName());
                }
            }
            int version = 0;
            try (ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history "
                    + "WHERE success = 1")) {
                if (rs.next()) {
                    version = rs.getInt(1);
                }
            } catch (SQLException noHistory) {
                throw new LedgerException("ledger.notLedger", path.getFileName());
            }
            if (version > SCHEMA_VERSION) {
                throw new LedgerException("ledger.tooNew", path.getFileName(), version, SCHEMA_VERSION);
            }
            return version;
        }
    }

    private static void migrate(Path path) {
        try {
            migrations(path).load().migrate();
        } catch (FlywayException e) {
            throw new LedgerException(e, "ledger.migrationFailed", path.getFileName(), e.getMessage());
        }
    }

    private static FluentConfiguration migrations(Path path) {
        return Flyway.configure(LedgerFile.class.getClassLoader())
                .dataSource(dataSource(path, false))
                .locations("classpath:db/migration", "classpath:org/taizhang/store/migration")
                .loggers("slf4j");
    }

    /**
     * The tables and indexes of a ledger file of schema {@code version}, as the CREATE statements
     * SQLite keeps (each table as its migrations left it): what a ledger on a server starts from,
     * so that the two are defined once.
     */
    public static List<String> schema(int version) {
        try (ScratchFolder dir = ScratchFolder.make("taizhang-schema-")) {
            Path file = dir.path().resolve("schema.taizhang");
            migrations(file).target(Integer.toString(version)).load().migrate();
            List<String> out = new ArrayList<>();
            try (Connection db = connect(file, true); Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                            + "AND type IN ('table', 'index') AND name NOT LIKE 'flyway%' "
                            + "ORDER BY type DESC, name")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (java.io.UncheckedIOException | SQLException | FlywayException e) {
            throw new IllegalStateException("cannot make the schema of a ledger file", e);
        }
    }

    static Connection connect(Path path, boolean readOnly) throws SQLException {
        return dataSource(path, readOnly).getConnection();
    }

    /** Read-only, and told that nobody changes the file: needs no files beside it, writes none. */
    static Connection connectImmutable(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + path.toAbsolutePath().toUri() + "?immutable=1");
        return ds.getConnection();
    }

    private static SQLiteDataSource dataSource(Path path, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setReadOnly(readOnly);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + path.toAbsolutePath());
        return ds;
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    /** Removes a half-made new ledger with its companion files. */
    static void deleteQuietly(Path path) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(path.resolveSibling(path.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: a half-made new file is of no use to anyone
            }
        }
    }
}
