package org.taizhang.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.postgresql.jdbcurlresolver.PgPassParser;
import org.taizhang.core.LedgerException;

/**
 * Where a ledger is: a file ({@code bj2023.taizhang}) or a ledger on a PostgreSQL server
 * ({@code postgresql://zhang@10.1.2.3:5432/gaigeban?ledger=bj2023}). The window and every command
 * take either in the same place. An address never holds a password: it is shown, remembered among
 * the recent ledgers and written in documents, so the password comes from where PostgreSQL's own
 * programs take it ({@code PGPASSWORD}, {@code ~/.pgpass}) or is typed in the window and kept in
 * memory only.
 */
public sealed interface LedgerAddress {
    /** The default port of a PostgreSQL server. */
    int DEFAULT_PORT = 5432;

    /** Reads what a clerk or a script wrote: a server address when {@link #namesServer} says so, else a file. */
    static LedgerAddress parse(String text) {
        String t = text == null ? "" : text.strip();
        if (namesServer(t)) {
            return Server.parse(t);
        }
        if (t.isEmpty()) {
            throw new LedgerException("server.badAddress", text, "");
        }
        return new File(Path.of(t));
    }

    /** Whether {@code text} is meant as a server ledger's address: it starts with {@code postgresql://} (or {@code postgres://}). */
    static boolean namesServer(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /** How the address is shown and remembered: the path, or the server address without a password. */
    String display();

    /** A short name for a window's title: the file's name, or the ledger's name and its server. */
    String shortName();

    /** A ledger file. */
    record File(Path path) implements LedgerAddress {
        @Override
        public String display() {
            return path.toAbsolutePath().toString();
        }

        @Override
        public String shortName() {
            return path.getFileName().toString();
        }
    }

    /**
     * A ledger on a server: one schema ({@code ledger}) of a database. {@code user} is empty when
     * the address names none: then {@code PGUSER}, else the name the PC's user logged in with.
     */
    record Server(String host, int port, String database, String ledger, String user) implements LedgerAddress {
        static Server parse(String text) {
            URI uri;
            try {
                uri = new URI(text.replaceFirst("(?i)^postgres(ql)?://", "postgresql://"));
            } catch (URISyntaxException e) {
                throw new LedgerException("server.badAddress", text, e.getReason());
            }
            String host = uri.getHost();
            String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (host == null || host.isEmpty()) {
                throw new LedgerException("server.badAddress", text, "host");
            }
            if (db.isEmpty() || db.contains("/")) {
                throw new LedgerException("server.badAddress", text, "database");
            }
            String user = "";
            if (uri.getRawUserInfo() != null) {
                String info = uri.getRawUserInfo();
                if (info.contains(":")) {
                    throw new LedgerException("server.passwordInAddress");
                }
                user = URLDecoder.decode(info, StandardCharsets.UTF_8);
            }
            String ledger = null;
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? pair : pair.substring(0, eq);
                    if (key.equals("ledger")) {
                        ledger = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    }
                }
            }
            if (ledger == null || ledger.isEmpty()) {
                throw new LedgerException("server.noLedgerInAddress", text);
            }
            return new Server(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                    URLDecoder.decode(db, StandardCharsets.UTF_8), ledger, user);
        }

        @Override
        public String display() {
            String who = user.isEmpty() ? "" : user + "@";
            String where = host.contains(":") ? "[" + host + "]" : host;
            return "postgresql://" + who + where + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database
                    + "?ledger=" + ledger;
        }

        @Override
        public String shortName() {
            return ledger + " @ " + host;
        }

        /** The address for the PostgreSQL driver: the server and database, without the ledger. */
        public String jdbcUrl() {
            String where = host.contains(":") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + where + ":" + port + "/" + database;
        }

        /** The user the server is asked for: the address's, else {@code PGUSER}, else the PC's user. */
        public String userName() {
            if (!user.isEmpty()) {
                return user;
            }
            String env = System.getenv("PGUSER");
            return env != null && !env.isBlank() ? env : System.getProperty("user.name");
        }

        /**
         * The password at hand without asking: {@code PGPASSWORD}, else a matching line of the
         * password file ({@code PGPASSFILE}, {@code ~/.pgpass}, {@code %APPDATA%\postgresql\pgpass.conf}).
         */
        private String storedPassword() {
            String env = System.getenv("PGPASSWORD");
            if (env != null && !env.isEmpty()) {
                return env;
            }
            return PgPassParser.getPassword(host, Integer.toString(port), database, userName());
        }

        /**
         * What the driver logs in with: the user, and the password typed in the window when there
         * is one, else the stored one (none: the server may trust the PC, or will say it wants one).
         */
        public Properties login(char[] typed) {
            Properties p = new Properties();
            p.setProperty("user", userName());
            String password = typed != null && typed.length > 0 ? new String(typed) : storedPassword();
            if (password != null) {
                p.setProperty("password", password);
            }
            return p;
        }
    }
}
