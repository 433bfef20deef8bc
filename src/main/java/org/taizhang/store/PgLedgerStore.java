package org.taizhang.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;

/**
 * A ledger on a PostgreSQL server (or one that speaks its SQL and protocol: KingbaseES, openGauss,
 * HighGo): one schema of a database per ledger, made and brought up to date by Flyway from
 * {@code db/postgresql} and {@code store/postgresql}. What it shares with a ledger file is in {@link JdbcLedgerStore}.
 * <p>
 * Several PCs may write one ledger at once. Each write transaction first takes an advisory lock
 * on the ledger ({@code pg_advisory_xact_lock}, released by the commit), so appends to the log
 * happen one after another; and an append whose record was sealed on a chain head that is no
 * longer the log's last record (another PC appended in between) is refused, so the hash chain
 * stays one line (docs/decisions/0018). The service reads what it seals on inside that same
 * transaction, so with it that refusal is not reached: writers wait their turn (0020).
 * <p>
 * Each append also notifies the ledger's channel within its transaction, so that the programs
 * watching the ledger ({@link #watch}) hear of it when, and only if, it is committed
 * (docs/decisions/0022).
 */
public final class PgLedgerStore extends JdbcLedgerStore {
    /** The schema version this program writes: the number of the newest migration in db/postgresql. */
    public static final int SCHEMA_VERSION = 2;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String ledger;
    private final String server;
    private final long lockKey;
    private final PGSimpleDataSource source;
    /** The hashes of the records this store appended: a watch does not hand the program its own. */
    private final Set<String> appended = ConcurrentHashMap.newKeySet();
    private final List<PgLedgerWatch> watches = new CopyOnWriteArrayList<>();

    private PgLedgerStore(Connection db, PGSimpleDataSource source, String ledger, boolean readOnly) {
        super(db, readOnly);
        this.ledger = ledger;
        this.server = server(source);
        this.lockKey = lockKey(ledger);
        this.source = source;
    }

    /** A store over a watch's own connection, which it only reads the log through. */
    static PgLedgerStore reader(Connection db, PGSimpleDataSource source, String ledger) {
        return new PgLedgerStore(db, source, ledger, true);
    }

    /** Makes a new, empty ledger named {@code ledger} in the database at {@code url}; refuses an existing one. */
    public static PgLedgerStore create(String url, Properties login, String ledger, String title, int year,
            Clock clock) {
        checkName(ledger);
        checkYear(year);
        PGSimpleDataSource ds = dataSource(url, login, ledger);
        try {
            try (Connection db = ds.getConnection()) {
                if (schemaExists(db, ledger)) {
                    throw new LedgerException("server.ledgerExists", ledger);
                }
            }
        } catch (SQLException e) {
            throw translate(e, ledger, ds);
        }
        try {
            migrate(ds, ledger);
            PgLedgerStore store = new PgLedgerStore(ds.getConnection(), ds, ledger, false);
            try {
                store.setUp(title, year, clock.instant());
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (SQLException | RuntimeException e) {
            dropQuietly(ds, ledger); // a half-made ledger would be opened as a ledger from then on
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException(e, "ledger.createFailed", ledger, e.getMessage());
        }
    }

    /** Opens the ledger named {@code ledger} in the database at {@code url}, bringing its schema up to date. */
    public static PgLedgerStore open(String url, Properties login, String ledger) {
        return open(url, login, ledger, false);
    }

    /** Opens a server ledger for looking only: the connection is read-only, its schema left as it is. */
    public static PgLedgerStore openReadOnly(String url, Properties login, String ledger) {
        return open(url, login, ledger, true);
    }

    private static PgLedgerStore open(String url, Properties login, String ledger, boolean readOnly) {
        checkName(ledger);
        PGSimpleDataSource ds = dataSource(url, login, ledger);
        try {
            int version;
            try (Connection db = ds.getConnection()) {
                if (!schemaExists(db, ledger)) {
                    throw new LedgerException("server.ledgerNotFound", ledger);
                }
                version = schemaVersion(db, ledger);
            }
            if (version > SCHEMA_VERSION) {
                throw new LedgerException("ledger.tooNew", ledger, version, SCHEMA_VERSION);
            }
            if (version < SCHEMA_VERSION) {
                if (readOnly) {
                    throw new LedgerException("ledger.needsUpgrade", ledger);
                }
                migrate(ds, ledger);
            }
            Connection db = ds.getConnection();
            db.setReadOnly(readOnly);
            return new PgLedgerStore(db, ds, ledger, readOnly);
        } catch (SQLException e) {
            throw translate(e, ledger, ds);
        }
    }

    /** The ledger's name on the server (its schema). */
    public String ledgerName() {
        return ledger;
    }

    /** Whether a ledger may have this name on a server: lower-case letters, digits, underscores, a letter first. */
    public static boolean isLedgerName(String ledger) {
        return ledger != null && NAME.matcher(ledger).matches();
    }

    private static void checkName(String ledger) {
        if (!isLedgerName(ledger)) {
            throw new LedgerException("server.badLedgerName", ledger);
        }
    }

    private static PGSimpleDataSource dataSource(String url, Properties login, String ledger) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        try {
            for (String key : login.stringPropertyNames()) {
                ds.setProperty(key, login.getProperty(key));
            }
        } catch (SQLException e) {
            throw new LedgerException(e, "server.unreachable", url, e.getMessage());
        }
        ds.setCurrentSchema(ledger);
        ds.setApplicationName("Taizhang");
        return ds;
    }

    private static String server(PGSimpleDataSource ds) {
        return String.join(",", ds.getServerNames()) + "/" + ds.getDatabaseName();
    }

    private static boolean schemaExists(Connection db, String ledger) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT 1 FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid "
                        + "WHERE n.nspname = ? AND c.relname = 'ledger_meta'")) {
            ps.setString(1, ledger);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int schemaVersion(Connection db, String ledger) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM \"" + ledger
                        + "\".flyway_schema_history WHERE success")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException noHistory) {
            throw new LedgerException(noHistory, "ledger.notLedger", ledger);
        }
    }

    private static void migrate(PGSimpleDataSource ds, String ledger) {
        try {
            Flyway.configure(PgLedgerStore.class.getClassLoader())
                    .dataSource(ds)
                    .schemas(ledger)
                    .defaultSchema(ledger)
                    .createSchemas(true)
                    .locations("classpath:db/postgresql", "classpath:org/taizhang/store/postgresql")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new LedgerException(e, "ledger.migrationFailed", ledger, e.getMessage());
        }
    }

    private static void dropQuietly(PGSimpleDataSource ds, String ledger) {
        try (Connection db = ds.getConnection(); Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + ledger + "\" CASCADE");
        } catch (SQLException ignored) {
            // the first failure is the one to report
        }
    }

    /**
     * Removes the ledger {@code ledger} from the database with everything in it, for the benchmark,
     * which makes its own ledgers there and takes them away again. Nothing a clerk can reach calls it.
     */
    public static void drop(String url, Properties login, String ledger) {
        checkName(ledger);
        PGSimpleDataSource ds = dataSource(url, login, ledger);
        try (Connection db = ds.getConnection(); Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + ledger + "\" CASCADE");
        } catch (SQLException e) {
            throw translate(e, ledger, ds);
        }
    }

    /** Removes a ledger this program has just made and could not fill (the sample): nothing else uses it yet. */
    void dropAndClose() {
        try (Statement s = db.createStatement()) {
            db.setAutoCommit(true);
            s.execute("DROP SCHEMA IF EXISTS \"" + ledger + "\" CASCADE");
        } catch (SQLException ignored) {
            // the failure that brought us here is the one to report
        } finally {
            close();
        }
    }

    /** The ledger's advisory lock: the same number on every PC, taken from its name. */
    static long lockKey(String ledger) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("taizhang ledger " + ledger).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = key << 8 | (hash[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writers of one ledger take turns: the lock is held until this transaction ends. */
    @Override
    void began() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, lockKey);
            ps.executeQuery().close();
        }
    }

    /** The record must follow the log's last one: sealed on another PC's older head, it would fork the chain. */
    @Override
    void appending(Adjustment a) {
        long[] lastId = {0};
        String[] lastHash = {""};
        query("SELECT id, hash FROM adjustment ORDER BY id DESC LIMIT 1", ps -> { }, rs -> {
            lastId[0] = rs.getLong(1);
            lastHash[0] = rs.getString(2);
        });
        if (a.id() != lastId[0] + 1 || !lastHash[0].equals(a.previousHash())) {
            throw new LedgerException("ledger.logMovedOn", ledger);
        }
        // Watches of other PCs hear of the record when it is committed, and never of one rolled back.
        query("SELECT pg_notify(?, ?)", ps -> {
            ps.setString(1, channel(ledger));
            ps.setString(2, Long.toString(a.id()));
        }, rs -> { });
        appended.add(a.hash());
    }

    /**
     * The channel a ledger's appends are notified on: {@code taizhang_} and the ledger's name, or,
     * for a name too long for a channel (63 bytes), its lock number; a notice is only a nudge to
     * read the log, so two ledgers sharing a channel would cost a read, nothing more.
     */
    static String channel(String ledger) {
        String named = "taizhang_" + ledger;
        return named.length() <= 63 ? named : "taizhang_" + Long.toHexString(lockKey(ledger));
    }

    /**
     * Starts watching the ledger for what other programs append from now on (实时更新): each new
     * adjustment, read from the log, is handed to {@code listener} on the watch's own thread, soon
     * after it is committed. This store's own appends are not handed on. The watch has its own
     * connection and outlives a dropped one; it ends when closed, or when this store is closed.
     */
    public LedgerWatch watch(Consumer<Adjustment> listener) {
        return startWatch(listener, PgLedgerWatch.FIRST_PAUSE_MILLIS, PgLedgerWatch.CHECK_MILLIS);
    }

    /**
     * {@link #watch}, waiting {@code firstPauseMillis} before connecting again and reading the log
     * unasked every {@code checkMillis}: the tests make sure that what arrives came by a notice.
     */
    PgLedgerWatch startWatch(Consumer<Adjustment> listener, long firstPauseMillis, long checkMillis) {
        PgLedgerWatch watch = new PgLedgerWatch(source, ledger, lastAdjustmentId(), a -> appended.contains(a.hash()),
                listener, watches::remove);
        watch.firstPauseMillis = firstPauseMillis;
        watch.checkMillis = checkMillis;
        watches.add(watch);
        return watch.start();
    }

    @Override
    Object name() {
        return ledger;
    }

    @Override
    LedgerException failure(SQLException e) {
        return translate(e, ledger, server);
    }

    /** As below, and at login: the password the server wants, or did not accept, said with the user's name. */
    private static LedgerException translate(SQLException e, String ledger, PGSimpleDataSource ds) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String user = ds.getUser() == null ? "" : ds.getUser();
        if (state.equals("28P01")) { // invalid_password
            return new LedgerException(e, "server.wrongPassword", user, server(ds));
        }
        if (state.equals("08004") && String.valueOf(e.getMessage()).contains("no password")) {
            return new LedgerException(e, "server.passwordNeeded", user, server(ds));
        }
        return translate(e, ledger, server(ds));
    }

    private static LedgerException translate(SQLException e, String ledger, String server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) { // connection exceptions
            return new LedgerException(e, "server.unreachable", server, e.getMessage());
        }
        if (state.equals("53100")) { // disk_full
            return new LedgerException(e, "ledger.diskFull", ledger);
        }
        return new LedgerException(e, "ledger.sqlError", ledger, e.getMessage());
    }

    /** A server ledger's copies are the server's business for now (a .taizhang copy: a later step). */
    @Override
    public void backup(String reason, Instant now) {
        // nothing to do yet
    }

    @Override
    public void close() {
        for (PgLedgerWatch w : watches) {
            w.close();
        }
        watches.clear();
        closeConnection();
    }

    private synchronized void closeConnection() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing: every write was committed in its own transaction
        }
    }
}
