package org.taizhang.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;
import org.taizhang.core.LedgerException;

/**
 * Who may do what with a server ledger, kept as the server's own rights on its schema
 * (docs/decisions/0021). Three kinds of role: the <b>owner</b> (所有者) made the ledger, owns its
 * schema, and alone may bring it up to date and give rights; a <b>clerk</b> (经办) is the role a
 * clerk's program logs in as: it reads everything, adds to the log but may not change or remove
 * a record of it, and writes the tasks, reference lists and settings that follow from the log; a
 * <b>viewer</b> (查看: 领导, 督查室) only reads, and its program opens the ledger read-only.
 * <p>
 * The roles are the server's: the office's DBA makes them ({@code createuser}); this gives one
 * ledger's rights to them. Nothing else records who is what: a role with the right to use the
 * schema is a clerk when it may add to the log, else a viewer, so after a migration made new
 * tables each role is given its kind's rights on them again.
 */
public final class ServerRights {
    /** What a role may do with one ledger. */
    public enum Access {
        OWNER, CLERK, VIEWER
    }

    /** A role and its kind. */
    public record Right(String role, Access access) {
    }

    private ServerRights() {
    }

    /**
     * Gives each role its kind's rights on the ledger, and takes away any it had beyond them (a
     * clerk made a viewer loses the right to write). Run by the ledger's owner; gives every role's
     * rights afterwards, the owner first.
     */
    public static List<Right> grant(LedgerAddress.Server address, char[] password, Map<String, Access> roles) {
        return change(address, password, (db, ledger) -> {
            for (Map.Entry<String, Access> r : roles.entrySet()) {
                if (r.getValue() == Access.OWNER) {
                    throw new IllegalArgumentException("the owner is the schema's: it is not given");
                }
                checkRole(db, ledger, r.getKey());
                revokeAll(db, ledger, r.getKey());
                grant(db, ledger, r.getKey(), r.getValue());
            }
        });
    }

    /** Takes every right on the ledger from each role. Run by the ledger's owner. */
    public static List<Right> revoke(LedgerAddress.Server address, char[] password, Collection<String> roles) {
        return change(address, password, (db, ledger) -> {
            for (String role : roles) {
                checkRole(db, ledger, role);
                revokeAll(db, ledger, role);
            }
        });
    }

    /** Who may do what with the ledger: its owner, then the clerks and viewers by name. */
    public static List<Right> rights(LedgerAddress.Server address, char[] password) {
        PGSimpleDataSource ds = dataSource(address, password);
        try (Connection db = ds.getConnection()) {
            PgLedgerStore.access(db, address.ledger());
            return rights(db, address.ledger());
        } catch (SQLException e) {
            throw PgLedgerStore.connectFailure(e, ds);
        }
    }

    @FunctionalInterface
    private interface Change {
        void apply(Connection db, String ledger) throws SQLException;
    }

    private static List<Right> change(LedgerAddress.Server address, char[] password, Change change) {
        PGSimpleDataSource ds = dataSource(address, password);
        String ledger = address.ledger();
        Connection db;
        try {
            db = ds.getConnection();
        } catch (SQLException e) {
            throw PgLedgerStore.connectFailure(e, ds);
        }
        try (db) {
            PgLedgerStore.Access access = PgLedgerStore.access(db, ledger);
            if (!access.mayMigrate()) {
                // a role that is not the owner would be told "no privileges were granted" as a warning only
                throw new LedgerException("server.ownerOnly", ledger, access.owner(), access.user());
            }
            db.setAutoCommit(false);
            change.apply(db, ledger);
            db.commit();
            return rights(db, ledger);
        } catch (SQLException e) {
            throw PgLedgerStore.translate(e, ledger, ds);
        }
    }

    private static PGSimpleDataSource dataSource(LedgerAddress.Server address, char[] password) {
        PgLedgerStore.checkName(address.ledger());
        return PgLedgerStore.dataSource(address.jdbcUrl(), address.login(password), address.ledger());
    }

    private static void checkRole(Connection db, String ledger, String role) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT r.rolname = pg_get_userbyid(n.nspowner) "
                + "FROM pg_roles r, pg_namespace n WHERE r.rolname = ? AND n.nspname = ?")) {
            ps.setString(1, role);
            ps.setString(2, ledger);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LedgerException("server.noSuchRole", role);
                }
                if (rs.getBoolean(1)) {
                    throw new LedgerException("server.roleIsOwner", role, ledger);
                }
            }
        }
    }

    /** Gives a clerk's or a viewer's rights on everything the ledger's schema holds now. */
    static void grant(Connection db, String ledger, String role, Access access) throws SQLException {
        String schema = quote(ledger);
        String to = quote(role);
        try (Statement s = db.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + to);
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + to);
            if (access != Access.CLERK) {
                return;
            }
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + to);
            for (String table : tables(db, ledger)) {
                if (PgLedgerStore.LOG_TABLES.contains(table)) {
                    // the log: rows are added, never changed or removed; a reference to a record
                    // is checked as the table's owner, so a clerk needs no more than this
                    s.execute("GRANT INSERT ON " + schema + "." + quote(table) + " TO " + to);
                } else if (!table.startsWith("flyway_")) { // the schema's history is the owner's to write
                    s.execute("GRANT INSERT, UPDATE, DELETE ON " + schema + "." + quote(table) + " TO " + to);
                }
            }
        }
    }

    private static void revokeAll(Connection db, String ledger, String role) throws SQLException {
        String schema = quote(ledger);
        String from = quote(role);
        try (Statement s = db.createStatement()) {
            s.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + schema + " FROM " + from);
            s.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA " + schema + " FROM " + from);
            s.execute("REVOKE ALL ON SCHEMA " + schema + " FROM " + from);
        }
    }

    /** After a migration, as its owner: each role gets its kind's rights on the tables made since. */
    static void grantAgain(Connection db, String ledger) throws SQLException {
        for (Right r : rights(db, ledger)) {
            if (r.access() != Access.OWNER) {
                grant(db, ledger, r.role(), r.access());
            }
        }
    }

    private static List<Right> rights(Connection db, String ledger) throws SQLException {
        Map<String, Access> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT pg_get_userbyid(n.nspowner) FROM pg_namespace n "
                + "WHERE n.nspname = ?")) {
            ps.setString(1, ledger);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Access.OWNER);
                }
            }
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT r.rolname, has_table_privilege(r.oid, c.oid, 'INSERT') "
                + "FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = 'adjustment' "
                + "CROSS JOIN LATERAL aclexplode(n.nspacl) a JOIN pg_roles r ON r.oid = a.grantee "
                + "WHERE n.nspname = ? AND a.privilege_type = 'USAGE' AND a.grantee <> n.nspowner ORDER BY r.rolname")) {
            ps.setString(1, ledger);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.putIfAbsent(rs.getString(1), rs.getBoolean(2) ? Access.CLERK : Access.VIEWER);
                }
            }
        }
        List<Right> rights = new ArrayList<>();
        out.forEach((role, access) -> rights.add(new Right(role, access)));
        return rights;
    }

    private static List<String> tables(Connection db, String ledger) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT c.relname FROM pg_class c JOIN pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p') ORDER BY c.relname")) {
            ps.setString(1, ledger);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** A role's or schema's name as an SQL identifier: in double quotes, a quote inside doubled. */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
