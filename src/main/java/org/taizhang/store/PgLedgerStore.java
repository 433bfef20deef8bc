package org.taizhang.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
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

    /** The log's tables: a clerk's role may read them and add rows, nothing else (docs/decisions/0021). */
    static final java.util.Set<String> LOG_TABLES = java.util.Set.of("adjustment", "adjustment_task");

    private final String ledger;
    private final PGSimpleDataSource ds;
    private final long lockKey;
    /** The hashes of the records this store appended: a watch does not hand the program its own. */
    private final Set<String> appended = ConcurrentHashMap.newKeySet();
    private final List<PgLedgerWatch> watches = new CopyOnWriteArrayList<>();
    private final String backupFolderName;

    private PgLedgerStore(Connection db, String ledger, PGSimpleDataSource ds, boolean readOnly) {
        super(db, readOnly);
        this.ledger = ledger;
        this.ds = ds;
        int port = ds.getPortNumbers().length > 0 && ds.getPortNumbers()[0] > 0 ? ds.getPortNumbers()[0]
                : LedgerAddress.DEFAULT_PORT;
        this.backupFolderName = backupFolderName(String.join(",", ds.getServerNames()), port, ds.getDatabaseName(),
                ledger);
        this.lockKey = lockKey(ledger);
    }

    /** A store over a watch's own connection, which it only reads the log through. */
    static PgLedgerStore reader(Connection db, PGSimpleDataSource source, String ledger) {
        return new PgLedgerStore(db, ledger, source, true);
    }

    /** Makes a new, empty ledger named {@code ledger} in the database at {@code url}; refuses an existing one. */
    public static PgLedgerStore create(String url, Properties login, String ledger, String title, int year,
            Clock clock) {
        checkYear(year);
        PgLedgerStore store = createEmpty(url, login, ledger);
        try {
            store.setUp(title, year, clock.instant());
            return store;
        } catch (RuntimeException e) {
            store.dropAndClose(); // a half-made ledger would be opened as a ledger from then on
            throw e;
        }
    }

    /**
     * A new ledger's tables with nothing in them, not even its identity: what {@link #create} sets
     * up and a {@link LedgerCopy} fills. Refuses an existing ledger; a failure leaves none.
     */
    static PgLedgerStore createEmpty(String url, Properties login, String ledger) {
        checkName(ledger);
        PGSimpleDataSource ds = dataSource(url, login, ledger);
        if (exists(ds, ledger)) {
            throw new LedgerException("server.ledgerExists", ledger);
        }
        try {
            migrate(ds, ledger);
            return new PgLedgerStore(ds.getConnection(), ledger, ds, false);
        } catch (SQLException | RuntimeException e) {
            dropQuietly(ds, ledger); // a half-made ledger would be opened as a ledger from then on
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException(e, "ledger.createFailed", ledger, e.getMessage());
        }
    }

    /** Whether the database at {@code url} holds a ledger named {@code ledger}. */
    static boolean exists(String url, Properties login, String ledger) {
        checkName(ledger);
        return exists(dataSource(url, login, ledger), ledger);
    }

    private static boolean exists(PGSimpleDataSource ds, String ledger) {
        try (Connection db = ds.getConnection()) {
            return schemaExists(db, ledger);
        } catch (SQLException e) {
            throw connectFailure(e, ds);
        }
    }

    /**
     * Gives the ledger being made under a scratch name its own name, in the transaction that
     * filled it: the ledger appears under its name whole, or not at all. Refused (and the
     * transaction with it) when a ledger of that name appeared meanwhile.
     */
    void renameTo(String name) {
        checkName(name);
        try (Statement s = db.createStatement()) {
            s.execute("ALTER SCHEMA \"" + ledger + "\" RENAME TO \"" + name + "\"");
            // Flyway notes the schema it made by name; the note follows the schema
            s.executeUpdate("UPDATE \"" + name + "\".flyway_schema_history SET script = '\"" + name + "\"' "
                    + "WHERE type = 'SCHEMA'");
        } catch (SQLException e) {
            if ("42P06".equals(e.getSQLState())) { // duplicate_schema
                throw new LedgerException(e, "server.ledgerExists", name);
            }
            throw failure(e);
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
        Connection db;
        try {
            db = ds.getConnection();
        } catch (SQLException e) {
            throw connectFailure(e, ds);
        }
        try {
            Access access = access(db, ledger);
            int version = schemaVersion(db, ledger);
            if (version > SCHEMA_VERSION) {
                throw new LedgerException("ledger.tooNew", ledger, version, SCHEMA_VERSION);
            }
            if (version < SCHEMA_VERSION) {
                if (readOnly || !access.mayMigrate()) {
                    throw new LedgerException("server.needsUpgrade", ledger, version, SCHEMA_VERSION, access.owner());
                }
                migrate(ds, ledger);
            }
            if (!readOnly && !access.mayWrite()) {
                throw new NotWritableException(NotWritableException.Reason.VIEWER_ROLE, ledger, access.user());
            }
            db.setReadOnly(readOnly);
            return new PgLedgerStore(db, ledger, ds, readOnly);
        } catch (SQLException | RuntimeException e) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // the failure is the one to report
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw translate((SQLException) e, ledger, ds);
        }
    }

    /** What the role logged in may do with a ledger, from the server's own rights. */
    record Access(String user, String owner, boolean mayWrite, boolean mayMigrate) {
    }

    /**
     * What the role logged in may do with the ledger: refused when it may not even look (no right
     * on its schema), and who owns it, who alone may bring its schema up to date.
     */
    static Access access(Connection db, String ledger) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT has_schema_privilege(n.oid, 'USAGE'), "
                + "has_table_privilege(c.oid, 'INSERT'), pg_has_role(n.nspowner, 'USAGE') OR "
                + "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), pg_get_userbyid(n.nspowner), current_user "
                + "FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = 'adjustment' "
                + "WHERE n.nspname = ?")) {
            ps.setString(1, ledger);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LedgerException("server.ledgerNotFound", ledger);
                }
                Access a = new Access(rs.getString(5), rs.getString(4), rs.getBoolean(2), rs.getBoolean(3));
                if (!rs.getBoolean(1)) {
                    throw new LedgerException("server.noRights", ledger, a.user(), a.owner());
                }
                return a;
            }
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

    static void checkName(String ledger) {
        if (!isLedgerName(ledger)) {
            throw new LedgerException("server.badLedgerName", ledger);
        }
    }

    static PGSimpleDataSource dataSource(String url, Properties login, String ledger) {
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

    static String server(PGSimpleDataSource ds) {
        return String.join(",", ds.getServerNames()) + "/" + ds.getDatabaseName();
    }

    static boolean schemaExists(Connection db, String ledger) throws SQLException {
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
        migrate(ds, ledger, null);
    }

    /**
     * Brings the ledger's schema up to {@code target} (null: this program's), then gives the
     * clerks' and viewers' roles their rights on what the migrations made.
     */
    static void migrate(PGSimpleDataSource ds, String ledger, String target) {
        try {
            var flyway = Flyway.configure(PgLedgerStore.class.getClassLoader())
                    .dataSource(ds)
                    .schemas(ledger)
                    .defaultSchema(ledger)
                    .createSchemas(true)
                    .locations("classpath:db/postgresql", "classpath:org/taizhang/store/postgresql")
                    .loggers("slf4j");
            if (target != null) {
                flyway.target(target);
            }
            if (flyway.load().migrate().migrationsExecuted > 0) {
                try (Connection db = ds.getConnection()) {
                    ServerRights.grantAgain(db, ledger);
                }
            }
        } catch (FlywayException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                    // a role without the right to make schemas in the database: a clerk's, not the owner's
                    throw new LedgerException(e, "server.noCreateRight", server(ds), ds.getUser(), ledger);
                }
            }
            throw new LedgerException(e, "ledger.migrationFailed", ledger, e.getMessage());
        } catch (SQLException e) {
            throw translate(e, ledger, ds);
        }
    }

    /** Removes the ledger's schema with everything in it: the one way a ledger leaves a server. */
    private static void dropSchema(Connection db, String ledger) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + ledger + "\" CASCADE");
        }
    }

    private static void dropQuietly(PGSimpleDataSource ds, String ledger) {
        try (Connection db = ds.getConnection()) {
            dropSchema(db, ledger);
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
        try (Connection db = ds.getConnection()) {
            dropSchema(db, ledger);
        } catch (SQLException e) {
            throw translate(e, ledger, ds);
        }
    }

    /** Removes a ledger this program has just made and could not fill (the sample): nothing else uses it yet. */
    void dropAndClose() {
        try {
            db.setAutoCommit(true);
            dropSchema(db, ledger);
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
        PgLedgerWatch watch = new PgLedgerWatch(ds, ledger, lastAdjustmentId(), a -> appended.contains(a.hash()),
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
        return translate(e, ledger, ds);
    }

    /** The commit was sent and its answer lost with the connection: it may have been written, or not. */
    @Override
    LedgerException commitFailure(SQLException e) {
        if (lost(e)) {
            return new LedgerException(e, "server.commitUnknown", ledger, server(ds));
        }
        return failure(e);
    }

    /** A connection the server dropped (restarted, or ended by its administrator, or the network) is replaced, once. */
    @Override
    synchronized boolean reconnected(SQLException e) {
        if (!lost(e)) {
            return false;
        }
        try {
            db.close();
        } catch (SQLException ignored) {
            // it is gone already
        }
        try {
            Connection fresh = ds.getConnection();
            fresh.setReadOnly(isReadOnly());
            db = fresh;
            return true;
        } catch (SQLException again) {
            throw connectFailure(again, ds);
        }
    }

    /** Whether the connection is gone: a connection exception, or the server ending this session. */
    static boolean lost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** A failure to log in: the server, the role and what the server said, in words a clerk can act on. */
    static LedgerException connectFailure(SQLException e, PGSimpleDataSource ds) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = server(ds);
        String user = ds.getUser() == null ? "" : ds.getUser();
        return switch (state) {
            case "28P01" -> new LedgerException(e, "server.wrongPassword", server, user);
            case "28000" -> new LedgerException(e, "server.loginRefused", server, user, e.getMessage());
            case "3D000" -> new LedgerException(e, "server.noDatabase", server);
            case "53300" -> new LedgerException(e, "server.tooManyConnections", server);
            case "57P03" -> new LedgerException(e, "server.starting", server);
            // the server asks a password of this role and none was at hand (pgjdbc: connection rejected)
            case "08004" -> ds.getPassword() == null || ds.getPassword().isEmpty()
                    ? new LedgerException(e, "server.passwordNeeded", server, user)
                    : new LedgerException(e, "server.unreachable", server, e.getMessage());
            default -> new LedgerException(e, "server.unreachable", server, e.getMessage());
        };
    }

    static LedgerException translate(SQLException e, String ledger, PGSimpleDataSource ds) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (lost(e)) {
            return new LedgerException(e, "server.connectionLost", server(ds));
        }
        if (state.startsWith("28") || state.equals("3D000") || state.equals("53300")) {
            return connectFailure(e, ds);
        }
        if (state.equals("53100")) { // disk_full
            return new LedgerException(e, "server.diskFull", ledger, server(ds));
        }
        // insufficient_privilege, or the ledger's tables out of sight: its rights (on its schema) were
        // taken away while it was open, or it was removed
        if (state.equals("42501") || state.equals("42P01") || state.equals("3F000")) {
            return new LedgerException(e, "server.noRight", ledger, ds.getUser() == null ? "" : ds.getUser());
        }
        return new LedgerException(e, "ledger.sqlError", ledger, e.getMessage());
    }

    /**
     * A reading transaction on one state of the ledger: REPEATABLE READ sees what was committed
     * when it began, whatever other PCs commit while it reads (and never waits for them).
     */
    @Override
    void snapshotBegins() throws SQLException {
        db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    }

    /** Write transactions read the latest commits again (READ COMMITTED): the chain check needs the log's real end. */
    @Override
    void snapshotEnds() throws SQLException {
        db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    @Override
    List<String> tables() {
        List<String> out = new ArrayList<>();
        query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE 'flyway%' "
                + "ORDER BY tablename", ps -> { }, rs -> out.add(rs.getString(1)));
        return out;
    }

    /**
     * A reference list's ids are identity columns here: the copied rows brought their own ids, so
     * the next one given out must come after them.
     */
    @Override
    void rowsCopied() throws SQLException {
        List<String[]> identities = new ArrayList<>();
        query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND is_identity = 'YES'", ps -> { }, rs -> identities.add(new String[] {rs.getString(1), rs.getString(2)}));
        try (Statement s = db.createStatement()) {
            for (String[] c : identities) {
                s.execute("SELECT setval(pg_get_serial_sequence('\"" + c[0] + "\"', '" + c[1] + "'), "
                        + "coalesce((SELECT max(\"" + c[1] + "\") FROM \"" + c[0] + "\"), 0) + 1, false)");
            }
        }
    }

    /**
     * The system property naming the folder that holds this PC's server ledger backups instead of
     * ~/.taizhang/server-backups (the tests' server points it into its own temp folder).
     */
    public static final String BACKUP_ROOT_PROPERTY = "taizhang.serverBackups";

    /**
     * Where this PC keeps a server ledger's backups when the ledger's settings name no folder: one
     * folder per ledger under the user's home, ~/.taizhang/server-backups/服务器_数据库_台账名.
     */
    Path defaultBackupFolder() {
        return backupRoot().resolve(backupFolderName);
    }

    static Path backupRoot() {
        String chosen = System.getProperty(BACKUP_ROOT_PROPERTY);
        return chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".taizhang", "server-backups");
    }

    /** "10.1.2.3_gaigeban_bj2023" (the port too when it is not 5432): a folder name on any system. */
    static String backupFolderName(String host, int port, String database, String ledger) {
        String name = host + (port == LedgerAddress.DEFAULT_PORT ? "" : "_" + port) + "_" + database + "_" + ledger;
        return name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }

    /**
     * The backups this PC keeps of the ledger: ledger files named after it ("bj2023 2024-01-10
     * 09.30.15 关闭时.taizhang"), in the folder the ledger's settings name, else in this user's
     * {@link #defaultBackupFolder()}. Several PCs may share a folder the office chose.
     */
    @Override
    public Backups backups() {
        return new Backups(ledger, defaultBackupFolder(), setting(Backups.FOLDER_SETTING).orElse(""),
                Backups.keep(setting(Backups.KEEP_SETTING)), ZoneId.systemDefault()).sharedBy(Duration.ofHours(1));
    }

    /**
     * Keeps a copy of the ledger as a ledger file on this PC ({@link LedgerCopy}: the whole history,
     * the same chain), unless the newest backup holds this very state. Read in one snapshot, so
     * what other PCs write meanwhile is in the next copy, not half in this one.
     */
    @Override
    public synchronized void backup(String reason, Instant now) {
        if (isReadOnly() || transactionDepth > 0) {
            return;
        }
        snapshot(() -> {
            ChainHead head = head();
            if (head.count() > 0) {
                backups().take(part -> LedgerCopy.writeFile(this, part), reason, head.count(), head.hash(), now);
            }
            return null;
        });
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
