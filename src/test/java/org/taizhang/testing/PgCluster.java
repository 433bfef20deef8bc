package org.taizhang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.taizhang.store.PgLedgerStore;

/**
 * A throw-away PostgreSQL server for the tests: Debian's binaries ({@code /usr/lib/postgresql/N/bin},
 * or the folder in {@code TAIZHANG_PG_BIN}), a cluster made with initdb in a temp folder, started
 * on a free port of 127.0.0.1 (its socket in the same folder), stopped and removed when the JVM
 * ends. One per test JVM, started by the first test that asks. initdb and postgres refuse to run
 * as root: under root (CI) the folder is given to the {@code postgres} system user and both run as
 * that user through runuser.
 * <p>
 * The program connects as {@code taizhang}, an ordinary role owning the database {@code taizhang}
 * (not a superuser, so that what the migrations revoke holds): the office's owner, who makes
 * ledgers. {@link #CLERK} and {@link #VIEWER} are roles with no rights of their own, for a test
 * to grant a ledger's rights to (docs/decisions/0021); {@link #superuser()} is for a test that
 * must reach under the program.
 */
public final class PgCluster {
    public static final String DATABASE = "taizhang";
    public static final String ROLE = "taizhang";
    /** A clerk's role: given a ledger's rights by {@code taizhang server grant --clerk}. */
    public static final String CLERK = "taizhang_clerk";
    /** A viewer's role (领导, 督查室): given a ledger's rights by {@code taizhang server grant --viewer}. */
    public static final String VIEWER = "taizhang_viewer";

    private static PgCluster running;
    private static Throwable failed;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final List<String> asOwner;
    private final AtomicInteger ledgers = new AtomicInteger();
    /** Whether the program's database is made yet: the superuser connects to it from then on. */
    private volatile boolean made;

    private PgCluster(Path bin, Path dir, int port, List<String> asOwner) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asOwner = asOwner;
    }

    /** The folder of PostgreSQL's server programs, or null when there is none. */
    static Path binaries() {
        String given = System.getenv("TAIZHANG_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Files.isExecutable(Path.of(given, "initdb")) ? Path.of(given) : null;
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(PgCluster::major))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The running server, started on first use. Skips the test on a PC without PostgreSQL, fails
     * it under CI (see {@link Needs}).
     */
    public static synchronized PgCluster get() {
        Path bin = binaries();
        Needs.need(bin != null, "PostgreSQL's server programs (apt-get install postgresql)");
        if (running == null && failed == null) {
            try {
                running = start(bin);
            } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw new IllegalStateException("the test PostgreSQL did not start", failed);
        }
        return running;
    }

    private static PgCluster start(Path bin) throws IOException, SQLException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("taizhang-pg-");
        List<String> asOwner = new ArrayList<>();
        if (root) {
            run(List.of("chown", "postgres:", dir.toString()));
            asOwner.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PgCluster cluster = new PgCluster(bin, dir, port, asOwner);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "stop test PostgreSQL"));
        // a server ledger's backups go to the user's home unless told otherwise: here, into this
        // cluster's folder, removed with it
        System.setProperty(PgLedgerStore.BACKUP_ROOT_PROPERTY, dir.resolve("server-backups").toString());
        Path data = dir.resolve("data");
        cluster.asOwner(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--locale=C", "--no-sync");
        // fsync=off: nothing waits for the disk, for only the machine crashing would lose what the OS
        // holds. synchronous_commit stays on: a commit is answered once its WAL is written to the OS,
        // so a server killed or restarted at once (restartImmediately) keeps every commit it answered.
        cluster.asOwner(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off "
                        + "-c full_page_writes=off", "start");
        try (Connection db = cluster.superuser(); Statement s = db.createStatement()) {
            s.execute("CREATE ROLE " + ROLE + " LOGIN");
            s.execute("CREATE ROLE " + CLERK + " LOGIN");
            s.execute("CREATE ROLE " + VIEWER + " LOGIN");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
        }
        cluster.made = true;
        return cluster;
    }

    /**
     * A second throw-away server, of its own, whose ledgers' tables are kept on a disk of
     * {@code size} (e.g. "1m"): a tmpfs mounted in a private mount namespace in which the server is
     * started, so only it sees the small disk (nothing is mounted for anyone else, and the disk
     * goes with the server). The program's database keeps its catalog on the ordinary disk; its
     * default tablespace, where each ledger's tables go, is the small one. Needs root (a mount);
     * skipped elsewhere, failed under CI. {@link #stopAndRemove()} ends it.
     */
    public static PgCluster onSmallDisk(String size) {
        Path bin = binaries();
        Needs.need(bin != null, "PostgreSQL's server programs (apt-get install postgresql)");
        boolean root = "root".equals(System.getProperty("user.name"));
        Needs.need(root, "root, to mount a small disk for a tablespace in a private mount namespace");
        try {
            Path dir = Files.createTempDirectory("taizhang-pg-small-");
            run(List.of("chown", "postgres:", dir.toString()));
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            PgCluster cluster = new PgCluster(bin, dir, port, List.of("runuser", "-u", "postgres", "--"));
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "stop small-disk PostgreSQL"));
            Path data = dir.resolve("data");
            Path disk = dir.resolve("disk");
            cluster.asOwner(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--locale=C", "--no-sync");
            cluster.asOwner("mkdir", disk.toString());
            String start = "mount -t tmpfs -o size=" + size + " tmpfs '" + disk + "' || exit 90\n"
                    + "chown postgres: '" + disk + "' && chmod 700 '" + disk + "'\n"
                    + "exec runuser -u postgres -- '" + bin.resolve("pg_ctl") + "' -D '" + data + "' -l '"
                    + dir.resolve("log") + "' -w -o '-p " + port + " -k " + dir
                    + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off' start\n";
            run(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c", start));
            try (Connection db = cluster.superuser(); Statement s = db.createStatement()) {
                s.execute("CREATE ROLE " + ROLE + " LOGIN");
                s.execute("CREATE TABLESPACE small OWNER " + ROLE + " LOCATION '" + disk + "'");
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
                s.execute("ALTER DATABASE " + DATABASE + " SET default_tablespace = 'small'");
            }
            cluster.made = true;
            return cluster;
        } catch (IOException | SQLException | InterruptedException e) {
            throw new IllegalStateException("the small-disk PostgreSQL did not start", e);
        }
    }

    /** Stops a server of its own ({@link #onSmallDisk}) and removes its folder. */
    public void stopAndRemove() {
        stop();
    }

    /**
     * Restarts the server as a crash would: {@code pg_ctl restart -m immediate} ends every backend
     * at once, without a checkpoint, and the server recovers from its write-ahead log on start.
     * Every open connection is gone afterwards.
     */
    public synchronized void restartImmediately() {
        try {
            asOwner(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("log").toString(), "-w", "-m", "immediate", "restart");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the test PostgreSQL did not restart", e);
        }
    }

    /**
     * A role that must log in with {@code password} (SCRAM): made if new, and a line at the top of
     * pg_hba.conf asking it for its password over TCP, where every other role is trusted. The
     * cluster is thrown away with the JVM, and the line with it.
     */
    public synchronized void passwordRole(String role, String password) {
        try (Connection db = superuser(); Statement s = db.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                s.execute((rs.next() ? "ALTER" : "CREATE") + " ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            }
            Path hba = dir.resolve("data").resolve("pg_hba.conf");
            String line = "host all " + role + " 127.0.0.1/32 scram-sha-256\n";
            String was = Files.readString(hba);
            if (!was.contains(line)) {
                Files.writeString(hba, line + was); // the first matching line decides
            }
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        // the postmaster reads the file again on SIGHUP, a moment later: until then the role is still trusted
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            try (Connection trusted = DriverManager.getConnection(url(), login(role))) {
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            } catch (SQLException asked) {
                return;
            }
        }
        throw new IllegalStateException("pg_hba.conf was not read again");
    }

    private void asOwner(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(asOwner);
        line.addAll(List.of(command));
        run(line);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    private void stop() {
        try {
            List<String> line = new ArrayList<>(asOwner);
            line.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m",
                    "immediate", "stop"));
            run(line);
        } catch (IOException | InterruptedException e) {
            // the server may never have started; the folder goes all the same
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at exit
        }
    }

    /** The JDBC address of the program's database. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The address a clerk would type for the ledger {@code ledger} on this server. */
    public String address(String ledger) {
        return "postgresql://" + ROLE + "@127.0.0.1:" + port + "/" + DATABASE + "?ledger=" + ledger;
    }

    /** The address a clerk would type for the ledger {@code ledger} on this server, logging in as {@code role}. */
    public String address(String ledger, String role) {
        return "postgresql://" + role + "@127.0.0.1:" + port + "/" + DATABASE + "?ledger=" + ledger;
    }

    /** How the program logs in: as the ordinary role {@link #ROLE}. */
    public Properties login() {
        return login(ROLE);
    }

    /** Logging in as {@code role}, trusted (no password). */
    public Properties login(String role) {
        Properties p = new Properties();
        p.setProperty("user", role);
        return p;
    }

    /** A connection as the superuser, to the program's database. */
    public Connection superuser() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        String db = made ? DATABASE : "postgres";
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + db, p);
    }

    /** A ledger name not used before in this JVM (one schema each). */
    public String newLedgerName() {
        return "ledger_" + ledgers.incrementAndGet();
    }

    /** Removes a ledger's schema with everything in it. */
    public void drop(String ledger) {
        try (Connection db = superuser(); Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + ledger + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
