package org.taizhang.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.Source;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerStore;
import org.taizhang.core.reference.Domain;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;

/**
 * What a ledger in an SQL database is, whichever database: the tables, the SQL that reads and
 * writes them (written once, in the SQL that SQLite and PostgreSQL both speak), the codecs of
 * rows. One connection, used by one thread at a time; every write runs in a transaction, and the
 * log tables are only ever inserted into. {@link SqliteLedgerStore} keeps a ledger in a file,
 * {@link PgLedgerStore} in a schema of a PostgreSQL database.
 */
public abstract class JdbcLedgerStore implements LedgerStore, AutoCloseable {
    static final String TASK_COLUMNS = "id, revision, parent_id, number, domain, year, title, measures, "
            + "lead_units, partner_units, leader, contact, deadline_text, deadline_date, deadline_kind, deliverable, "
            + "progress, problems, next_steps, status, target, actual, unit, remarks, merged_into";

    /** The connection; a server ledger's is replaced by a new one when the server dropped it while idle. */
    Connection db;
    /** Set once a deferred check found the ledger altered: from then on nothing is written. */
    private volatile boolean readOnly;
    /** The hash-chain check still to run before the first write (see {@link #checkBeforeWriting}); null: none. */
    private Supplier<VerifyReport> unchecked;
    /** What that check found, once it ran. */
    private VerifyReport checked;
    int transactionDepth;
    private int snapshotDepth;

    JdbcLedgerStore(Connection db, boolean readOnly) {
        this.db = db;
        this.readOnly = readOnly;
    }

    /** Lets go of the file or the connection; every write was committed in its own transaction. */
    @Override
    public abstract void close();

    /** The connection itself, for tests in this package that must reach under the store. */
    Connection connection() {
        return db;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * The backups of this ledger: copies in ledger files, where the ledger's settings put them (a
     * file's beside it, a server ledger's in a folder of this PC's user).
     */
    public abstract Backups backups();

    // ---- ledger --------------------------------------------------------------------------------

    @Override
    public synchronized LedgerInfo info() {
        Map<String, String> meta = meta();
        return new LedgerInfo(meta.getOrDefault("uuid", ""), meta.getOrDefault("title", ""),
                Integer.parseInt(meta.getOrDefault("year", "0")),
                Instant.parse(meta.getOrDefault("created", Instant.EPOCH.toString())));
    }

    @Override
    public void saveInfo(String title, int year) {
        inTransaction(() -> {
            putMeta("title", title == null ? "" : title.strip());
            putMeta("year", Integer.toString(year));
            return null;
        });
    }

    /** Refuses a year no ledger can have. */
    static void checkYear(int year) {
        if (year < 1949 || year > 2200) {
            throw new LedgerException("ledger.badYear", Integer.toString(year));
        }
    }

    /** Gives a new ledger its identity, title and year, and an empty chain. */
    void setUp(String title, int year, Instant created) {
        inTransaction(() -> {
            putMeta("uuid", java.util.UUID.randomUUID().toString());
            putMeta("title", title == null ? "" : title.strip());
            putMeta("year", Integer.toString(year));
            putMeta("created", created.toString());
            putMeta("log_count", "0");
            putMeta("log_head", "");
            return null;
        });
    }

    private Map<String, String> meta() {
        Map<String, String> meta = new LinkedHashMap<>();
        query("SELECT key, value FROM ledger_meta", ps -> { }, rs -> meta.put(rs.getString(1), rs.getString(2)));
        return meta;
    }

    void putMeta(String key, String value) {
        update("INSERT INTO ledger_meta (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    @Override
    public synchronized Optional<String> setting(String key) {
        List<String> out = new ArrayList<>();
        query("SELECT value FROM setting WHERE key = ?", ps -> ps.setString(1, key), rs -> out.add(rs.getString(1)));
        return out.stream().findFirst();
    }

    @Override
    public void saveSetting(String key, String value) {
        inTransaction(() -> {
            update("INSERT INTO setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
            return null;
        });
    }

    // ---- tasks ---------------------------------------------------------------------------------

    @Override
    public synchronized List<Task> tasks() {
        List<Task> out = new ArrayList<>();
        query("SELECT " + TASK_COLUMNS + " FROM task", ps -> { }, rs -> out.add(task(rs)));
        return out;
    }

    @Override
    public synchronized List<Task> taskOutline() {
        List<Task> out = new ArrayList<>();
        Map<String, String> domains = new java.util.HashMap<>(); // one string per 领域, not one per task
        query("SELECT id, parent_id, domain, number FROM task", ps -> { }, rs -> out.add(Task.builder()
                .id(rs.getLong(1))
                .parentId(nullableLong(rs, 2))
                .domain(domains.computeIfAbsent(text(rs, 3), d -> d))
                .number(text(rs, 4))
                .build()));
        return out;
    }

    @Override
    public synchronized List<Task> tasks(Collection<Long> ids) {
        List<Task> out = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        query("SELECT " + TASK_COLUMNS + " FROM task WHERE id IN (" + marks + ")", ps -> {
            int i = 1;
            for (long id : ids) {
                ps.setLong(i++, id);
            }
        }, rs -> out.add(task(rs)));
        return out;
    }

    @Override
    public synchronized Optional<Task> task(long id) {
        List<Task> out = new ArrayList<>(1);
        query("SELECT " + TASK_COLUMNS + " FROM task WHERE id = ?", ps -> ps.setLong(1, id), rs -> out.add(task(rs)));
        return out.stream().findFirst();
    }

    /** A task from a row of {@code SELECT TASK_COLUMNS}, its columns read by their place in that list. */
    private Task task(ResultSet rs) throws SQLException {
        return Task.builder()
                .id(rs.getLong(1))
                .revision(rs.getInt(2))
                .parentId(nullableLong(rs, 3))
                .number(text(rs, 4))
                .domain(text(rs, 5))
                .year(rs.getInt(6))
                .title(text(rs, 7))
                .measures(text(rs, 8))
                .leadUnits(UnitList.parse(text(rs, 9)))
                .partnerUnits(UnitList.parse(text(rs, 10)))
                .leader(text(rs, 11))
                .contact(text(rs, 12))
                .deadline(text(rs, 13)) // 14 and 15, deadline_date and deadline_kind, are what 13 says
                .deliverable(text(rs, 16))
                .progress(text(rs, 17))
                .problems(text(rs, 18))
                .nextSteps(text(rs, 19))
                .status(Status.read(text(rs, 20)))
                .target(text(rs, 21))
                .actual(text(rs, 22))
                .valueUnit(text(rs, 23))
                .remarks(text(rs, 24))
                .mergedInto(nullableLong(rs, 25))
                .build();
    }

    /**
     * A text column's value, or null. A ledger file's own store reads the bytes SQLite holds and
     * decodes them itself, which costs a third less than sqlite-jdbc's {@code getString} (the
     * export of 100,000 tasks reads 2 million of them).
     */
    String text(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public synchronized long highestTaskId() {
        long[] max = {0, 0};
        query("SELECT coalesce((SELECT max(task_id) FROM adjustment_task), 0), coalesce((SELECT max(id) FROM task), 0)",
                ps -> { }, rs -> {
                    max[0] = rs.getLong(1);
                    max[1] = rs.getLong(2);
                });
        return Math.max(max[0], max[1]);
    }

    // ---- the log -------------------------------------------------------------------------------

    @Override
    public synchronized List<Adjustment> adjustments() {
        return loadAdjustments("", "", ps -> { });
    }

    /**
     * One ordered scan of the log joined with its changes, each row handed on as it is read: the
     * driver is asked to fetch a few hundred rows at a time (PostgreSQL does so inside the
     * snapshot's transaction; SQLite steps through the rows anyway). Beside it, a scan of each
     * record's count of changes, in the same order, read as the records come: a walk that hashes a
     * record needs the count before its changes.
     */
    @Override
    public synchronized void walk(org.taizhang.core.history.LogWalk walk) {
        snapshot(() -> {
            try (PreparedStatement ps = db.prepareStatement("SELECT adjustment_id, count(*) FROM adjustment_task "
                    + "GROUP BY adjustment_id ORDER BY adjustment_id")) {
                ps.setFetchSize(500);
                try (ResultSet counts = ps.executeQuery()) {
                    walk(walk, counts);
                }
            } catch (SQLException e) {
                throw failure(e);
            }
            return null;
        });
    }

    private void walk(org.taizhang.core.history.LogWalk walk, ResultSet counts) throws SQLException {
        Adjustment[] record = {null};
        long[] counted = {counts.next() ? counts.getLong(1) : Long.MAX_VALUE}; // the record the count read is of
        query("SELECT a.id, a.type, a.reason, a.basis, a.operator, a.time, a.source_kind, a.source_file, "
                + "a.source_sha256, a.undoes, a.previous_hash, a.hash, a.detail, "
                + (walk.wantsChanges() ? "t.task_id, t.kind, t.changes FROM adjustment a "
                        + "LEFT JOIN adjustment_task t ON t.adjustment_id = a.id ORDER BY a.id, t.seq"
                        : "NULL, NULL, NULL FROM adjustment a ORDER BY a.id"),
                ps -> ps.setFetchSize(500), rs -> {
                    long id = rs.getLong(1);
                    if (record[0] == null || record[0].id() != id) {
                        record[0] = readable(id, () -> new Adjustment(id, AdjustmentType.valueOf(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6)),
                                new Source(Source.Kind.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9)),
                                nullableLong(rs, "undoes"), List.of(), rs.getString(11), rs.getString(12),
                                rs.getString(13)));
                        while (counted[0] < id) { // changes of no record: passed over, as the join does
                            counted[0] = counts.next() ? counts.getLong(1) : Long.MAX_VALUE;
                        }
                        walk.adjustment(record[0], counted[0] == id ? counts.getInt(2) : 0);
                    }
                    String kind = rs.getString(15);
                    if (kind != null) {
                        walk.change(record[0], readable(id, () -> new TaskChange(rs.getLong(14),
                                TaskChange.Kind.valueOf(kind), ChangeCodec.decode(rs.getString(16)))));
                    }
                });
    }

    /**
     * Two ordered scans side by side: the log's changes by task, and the tasks by id, each row handed
     * on as it is read and none held (the driver fetches a few hundred rows at a time).
     */
    @Override
    public synchronized void walkByTask(org.taizhang.core.history.TaskWalk walk) {
        snapshot(() -> {
            try (PreparedStatement ps = db.prepareStatement("SELECT " + TASK_COLUMNS + " FROM task ORDER BY id")) {
                ps.setFetchSize(500);
                try (ResultSet rows = ps.executeQuery()) {
                    StoredTasks stored = new StoredTasks(rows, walk);
                    long[] current = {Long.MIN_VALUE};
                    query("SELECT task_id, adjustment_id, seq, kind, changes FROM adjustment_task "
                            + "ORDER BY task_id, adjustment_id, seq", q -> q.setFetchSize(500), rs -> {
                                long id = rs.getLong(1);
                                if (id != current[0]) {
                                    if (current[0] != Long.MIN_VALUE) {
                                        stored.end(current[0]);
                                    }
                                    stored.before(id);
                                    current[0] = id;
                                }
                                long adjustment = rs.getLong(2);
                                String kind = rs.getString(4);
                                walk.change(adjustment, rs.getInt(3), readable(adjustment, () -> new TaskChange(id,
                                        TaskChange.Kind.valueOf(kind), ChangeCodec.decode(rs.getString(5)))));
                            });
                    if (current[0] != Long.MIN_VALUE) {
                        stored.end(current[0]);
                    }
                    stored.before(Long.MAX_VALUE);
                }
            } catch (SQLException e) {
                throw failure(e);
            }
            return null;
        });
    }

    /** The tasks by id, read one ahead, handed to a walk by task as its ids come. */
    private final class StoredTasks {
        private final ResultSet rows;
        private final org.taizhang.core.history.TaskWalk walk;
        private Task next;

        StoredTasks(ResultSet rows, org.taizhang.core.history.TaskWalk walk) throws SQLException {
            this.rows = rows;
            this.walk = walk;
            advance();
        }

        private void advance() throws SQLException {
            next = rows.next() ? task(rows) : null;
        }

        /** Hands on the tasks before {@code id}, which the log never changed. */
        void before(long id) throws SQLException {
            while (next != null && next.id() < id) {
                walk.task(next.id(), next);
                advance();
            }
        }

        /** Ends task {@code id}'s history with its row, or with none. */
        void end(long id) throws SQLException {
            before(id);
            if (next != null && next.id() == id) {
                Task t = next;
                advance();
                walk.task(id, t);
            } else {
                walk.task(id, null);
            }
        }
    }

    @Override
    public synchronized List<Adjustment> adjustmentsOf(long taskId) {
        String ofTask = " WHERE id IN (SELECT adjustment_id FROM adjustment_task WHERE task_id = ?)";
        return loadAdjustments(ofTask, " AND t.task_id = " + taskId, ps -> ps.setLong(1, taskId));
    }

    @Override
    public synchronized List<Adjustment> requestEvents() {
        StringBuilder types = new StringBuilder();
        for (AdjustmentType t : AdjustmentType.values()) {
            if (t.isRequestEvent()) {
                types.append(types.length() == 0 ? "'" : ", '").append(t.name()).append('\'');
            }
        }
        // they change no task: no rows of adjustment_task to read; an undo with a detail took back a
        // decision's adjustment, and its detail names the request
        return loadAdjustments(" WHERE type IN (" + types + ") OR (type = 'UNDO' AND detail <> '')", " AND 0 = 1",
                ps -> { });
    }

    @Override
    public synchronized List<Adjustment> noticeEvents() {
        return loadAdjustments(" WHERE type IN ('" + AdjustmentType.NOTICE.name() + "', '"
                + AdjustmentType.NOTICE_ANSWERED.name() + "')", " AND 0 = 1", ps -> { });
    }

    @Override
    public synchronized Optional<Adjustment> lastAdjustment() {
        List<Adjustment> last = loadAdjustments(" WHERE id = (SELECT max(id) FROM adjustment)", "", ps -> { });
        return last.stream().findFirst();
    }

    @Override
    public synchronized Optional<Adjustment> lastRecord() {
        // " AND 0 = 1": none of its changes is read
        return loadAdjustments(" WHERE id = (SELECT max(id) FROM adjustment)", " AND 0 = 1", ps -> { }).stream()
                .findFirst();
    }

    /** The records after record {@code id}, oldest first: what a watch has not seen yet. */
    synchronized List<Adjustment> adjustmentsAfter(long id) {
        return loadAdjustments(" WHERE id > ?", "", ps -> ps.setLong(1, id));
    }

    /** The id of the log's last record, 0 for an empty log. */
    synchronized long lastAdjustmentId() {
        long[] last = {0};
        query("SELECT coalesce(max(id), 0) FROM adjustment", ps -> { }, rs -> last[0] = rs.getLong(1));
        return last[0];
    }

    @Override
    public synchronized Optional<Instant> firstAdjustmentTime() {
        List<Instant> first = new ArrayList<>(1);
        query("SELECT time FROM adjustment WHERE id = (SELECT min(id) FROM adjustment)", ps -> { },
                rs -> first.add(Instant.parse(rs.getString(1))));
        return first.stream().findFirst();
    }

    /**
     * Reads adjustments with their changes in three ordered scans. {@code taskFilter} narrows the
     * changes read (a task's timeline shows only that task's part of a large import).
     */
    private List<Adjustment> loadAdjustments(String where, String taskFilter, Binder bind) {
        record Row(long id, AdjustmentType type, String reason, String basis, String operator, Instant time,
                Source source, Long undoes, String previous, String hash, String detail) {
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        query("SELECT id, type, reason, basis, operator, time, source_kind, source_file, source_sha256, undoes, "
                + "previous_hash, hash, detail FROM adjustment" + where + " ORDER BY id", bind, rs -> rows.put(rs.getLong(1),
                        readable(rs.getLong(1), () -> new Row(rs.getLong(1), AdjustmentType.valueOf(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6)),
                                new Source(Source.Kind.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9)),
                                nullableLong(rs, "undoes"), rs.getString(11), rs.getString(12), rs.getString(13)))));
        if (rows.isEmpty()) {
            return List.of();
        }
        String range = rows.size() == 1 ? " = " + rows.keySet().iterator().next()
                : " BETWEEN " + rows.keySet().iterator().next() + " AND " + last(rows.keySet());
        Map<Long, List<TaskChange>> changesOf = new LinkedHashMap<>();
        query("SELECT adjustment_id, task_id, kind, changes FROM adjustment_task t WHERE adjustment_id" + range
                + taskFilter + " ORDER BY adjustment_id, seq", ps -> { }, rs -> changesOf
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(readable(rs.getLong(1), () -> new TaskChange(rs.getLong(2),
                                TaskChange.Kind.valueOf(rs.getString(3)), ChangeCodec.decode(rs.getString(4))))));

        List<Adjustment> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            out.add(new Adjustment(r.id(), r.type(), r.reason(), r.basis(), r.operator(), r.time(), r.source(),
                    r.undoes(), changesOf.getOrDefault(r.id(), List.of()), r.previous(), r.hash(), r.detail()));
        }
        return out;
    }

    @FunctionalInterface
    private interface RowValue<T> {
        T read() throws SQLException;
    }

    /**
     * A record the program wrote always reads back; one that does not (a type, time or change that
     * is not ours) was written by something else, and says which record it is.
     */
    private <T> T readable(long adjustment, RowValue<T> value) throws SQLException {
        try {
            return value.read();
        } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException | NullPointerException e) {
            throw new LedgerException(e, "ledger.unreadableRecord", name(), adjustment);
        }
    }

    private static long last(Collection<Long> ids) {
        long last = 0;
        for (long id : ids) {
            last = id;
        }
        return last;
    }

    @Override
    public synchronized ChainHead head() {
        Map<String, String> meta = meta();
        return new ChainHead(Long.parseLong(meta.getOrDefault("log_count", "0")), meta.getOrDefault("log_head", ""));
    }

    @Override
    public void append(Adjustment a, Iterable<Task> written, Set<Long> removed) {
        inTransaction(() -> {
            appending(a);
            writeRecord(a, false);
            writeTasks(written, false);
            finishAppend(a, removed);
            return null;
        });
    }

    /**
     * A large adjustment (an import of many rows) is sealed on a second thread while this one writes
     * its task rows, which a third makes; then its history rows are made on a second thread while
     * this one writes them (RowFeed, decision 0025): the same rows, in the same transaction, only
     * the tables are filled in another order. A small one is sealed, then appended as above.
     */
    @Override
    public Adjustment append(Adjustment unsealed, String previousHash, Iterable<Task> written, Set<Long> removed) {
        if (unsealed.changes().size() < RowFeed.asideFrom) {
            Adjustment a = unsealed.sealed(previousHash);
            append(a, written, removed);
            return a;
        }
        return inTransaction(() -> {
            Sealing sealing = new Sealing(unsealed, previousHash);
            sealing.start();
            try {
                writeTasks(written, true);
            } catch (RuntimeException | Error e) {
                sealing.await(); // nothing may be left working on the changes; the write's failure is the one to say
                throw e;
            }
            Adjustment a = sealing.finish();
            appending(a);
            writeRecord(a, true);
            finishAppend(a, removed);
            return a;
        });
    }

    /** An adjustment sealed on a thread of its own: its hash goes through every change once. */
    private static final class Sealing extends Thread {
        private final Adjustment unsealed;
        private final String previousHash;
        private Adjustment sealed;
        private RuntimeException failed;
        private Error broke;

        Sealing(Adjustment unsealed, String previousHash) {
            super("taizhang-seal");
            setDaemon(true);
            this.unsealed = unsealed;
            this.previousHash = previousHash;
        }

        @Override
        public void run() {
            try {
                sealed = unsealed.sealed(previousHash);
            } catch (RuntimeException e) {
                failed = e;
            } catch (Error e) {
                broke = e;
            }
        }

        /** Waits for the seal, uninterrupted (a commit runs to its end), and gives it or its failure. */
        Adjustment finish() {
            await();
            if (broke != null) {
                throw broke;
            }
            if (failed != null) {
                throw failed;
            }
            return sealed;
        }

        /** Waits for the seal to end, uninterrupted. */
        void await() {
            boolean interrupted = false;
            while (true) {
                try {
                    join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The adjustment's own row and its history rows, one a task, made on a second thread when {@code aside}. */
    private void writeRecord(Adjustment a, boolean aside) {
        update("INSERT INTO adjustment (id, type, reason, basis, operator, time, source_kind, source_file, "
                + "source_sha256, undoes, previous_hash, hash, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.type().name(), a.reason(), a.basis(), a.operator(), a.time().toString(),
                a.source().kind().name(), a.source().fileName(), a.source().sha256(), a.undoes(),
                a.previousHash(), a.hash(), a.detail());
        try (RowInserter history = new RowInserter(db,
                "INSERT INTO adjustment_task (adjustment_id, seq, task_id, kind, changes) VALUES", 5, "")) {
            Iterator<TaskChange> changes = a.changes().iterator();
            RowFeed.write(new Iterator<>() {
                private int seq;

                @Override
                public boolean hasNext() {
                    return changes.hasNext();
                }

                @Override
                public Object[] next() {
                    TaskChange c = changes.next();
                    return new Object[] {a.id(), ++seq, c.taskId(), c.kind().name(), ChangeCodec.encode(c.fields())};
                }
            }, history, aside);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The removed tasks deleted, the chain's recorded head moved on. */
    private void finishAppend(Adjustment a, Set<Long> removed) {
        for (long id : removed) {
            update("DELETE FROM task WHERE id = ?", id);
        }
        long count = Long.parseLong(meta().getOrDefault("log_count", "0"));
        putMeta("log_count", Long.toString(count + 1));
        putMeta("log_head", a.hash());
    }

    private void writeTasks(Iterable<Task> tasks, boolean aside) {
        String updates = String.join(", ", java.util.Arrays.stream(TASK_COLUMNS.split(", "))
                .skip(1).map(c -> c + " = excluded." + c).toList());
        try (RowInserter rows = new RowInserter(db, "INSERT INTO task (" + TASK_COLUMNS + ") VALUES", 25,
                " ON CONFLICT (id) DO UPDATE SET " + updates)) {
            Iterator<Task> each = tasks.iterator();
            RowFeed.write(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return each.hasNext();
                }

                @Override
                public Object[] next() {
                    Task t = each.next();
                    return new Object[] {t.id(), t.revision(), t.parentId(), t.number().text(), t.domain(), t.year(),
                        t.title(), t.measures(), t.leadUnits().text(), t.partnerUnits().text(), t.leader(),
                        t.contact(), t.deadline().text(),
                        t.deadline().date() == null ? null : t.deadline().date().toString(),
                        t.deadline().kind().code(), t.deliverable(), t.progress(), t.problems(), t.nextSteps(),
                        t.status().label(), t.target(), t.actual(), t.valueUnit(), t.remarks(), t.mergedInto()};
                }
            }, rows, aside);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    // ---- reference lists -----------------------------------------------------------------------

    @Override
    public synchronized List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        query("SELECT id, name, short_name, level, sort_order FROM unit ORDER BY sort_order, id", ps -> { },
                rs -> out.add(new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5))));
        return out;
    }

    @Override
    public Unit saveUnit(Unit unit) {
        if (unit.name().isEmpty()) {
            throw new LedgerException("unit.nameRequired");
        }
        long id = saveEntry("unit", unit.id(), unit.sortOrder(), List.of("name", "short_name", "level"),
                unit.name(), unit.shortName(), unit.level());
        return unit.id() != 0 ? unit : units().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    /**
     * Inserts (id 0: at the end of the list's order) or updates an entry of a reference list;
     * gives its id.
     */
    private long saveEntry(String table, long id, int sortOrder, List<String> columns, Object... values) {
        return inTransaction(() -> {
            if (id == 0) {
                return insert("INSERT INTO " + table + " (" + String.join(", ", columns) + ", sort_order) VALUES ("
                        + "?, ".repeat(columns.size()) + "(SELECT coalesce(max(sort_order), 0) + 1 FROM " + table
                        + "))", values);
            }
            Object[] all = java.util.Arrays.copyOf(values, values.length + 2);
            all[values.length] = sortOrder;
            all[values.length + 1] = id;
            update("UPDATE " + table + " SET " + String.join(" = ?, ", columns) + " = ?, sort_order = ? WHERE id = ?",
                    all);
            return id;
        });
    }

    @Override
    public void renameUnit(String from, String to) {
        rename("unit", from, to);
    }

    /** Renames an entry of a reference list; when the new name exists already the two become one. */
    private void rename(String table, String from, String to) {
        inTransaction(() -> {
            boolean[] exists = {false};
            query("SELECT 1 FROM " + table + " WHERE name = ?", ps -> ps.setString(1, to), rs -> exists[0] = true);
            if (exists[0]) {
                update("DELETE FROM " + table + " WHERE name = ?", from);
            } else {
                update("UPDATE " + table + " SET name = ? WHERE name = ?", to, from);
            }
            return null;
        });
    }

    @Override
    public synchronized List<Domain> domains() {
        List<Domain> out = new ArrayList<>();
        query("SELECT id, name, sort_order FROM domain ORDER BY sort_order, id", ps -> { },
                rs -> out.add(new Domain(rs.getLong(1), rs.getString(2), rs.getInt(3))));
        return out;
    }

    @Override
    public Domain saveDomain(Domain domain) {
        if (domain.name().isEmpty()) {
            throw new LedgerException("domain.nameRequired");
        }
        long id = saveEntry("domain", domain.id(), domain.sortOrder(), List.of("name"), domain.name());
        return domain.id() != 0 ? domain : domains().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Override
    public void renameDomain(String from, String to) {
        rename("domain", from, to);
    }

    @Override
    public void ensureReferences(Set<String> unitNames, Set<String> domainNames) {
        inTransaction(() -> {
            for (String name : unitNames) {
                update("INSERT INTO unit (name, sort_order) "
                        + "VALUES (?, (SELECT coalesce(max(sort_order), 0) + 1 FROM unit)) ON CONFLICT (name) DO NOTHING", name);
            }
            for (String name : domainNames) {
                update("INSERT INTO domain (name, sort_order) "
                        + "VALUES (?, (SELECT coalesce(max(sort_order), 0) + 1 FROM domain)) ON CONFLICT (name) DO NOTHING", name);
            }
            return null;
        });
    }

    // ---- transactions and plumbing -------------------------------------------------------------

    /**
     * Defers the check of the hash chain ({@code check}) to {@link #check()} or, at the latest, the
     * first write: the window shows a ledger first and checks it after, and a write waits for the
     * check and is refused if it fails.
     */
    public synchronized void checkBeforeWriting(Supplier<VerifyReport> check) {
        unchecked = check;
        checked = null;
    }

    /**
     * Runs the deferred check, once; a ledger that fails it turns read-only. Empty when no check
     * was deferred.
     */
    public synchronized Optional<VerifyReport> check() {
        if (unchecked != null) {
            Supplier<VerifyReport> check = unchecked;
            unchecked = null; // the check only reads; were it to write, it would not check itself again
            try {
                checked = check.get();
            } catch (RuntimeException e) {
                unchecked = check; // not checked: the next write tries again
                throw e;
            }
            if (!checked.ok()) {
                readOnly = true;
            }
        }
        return Optional.ofNullable(checked);
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (transactionDepth == 0 && check().map(c -> !c.ok()).orElse(false)) {
            throw new SuspectLedgerException(String.valueOf(name()), checked);
        }
        if (readOnly) {
            throw new LedgerException("ledger.readOnly", name());
        }
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.get();
            } finally {
                transactionDepth--;
            }
        }
        transactionDepth = 1;
        boolean committed = false;
        try {
            begin();
            T result = work.get();
            try {
                db.commit();
            } catch (SQLException e) {
                throw commitFailure(e);
            }
            committed = true;
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            transactionDepth = 0;
            try {
                if (!committed) {
                    db.rollback();
                }
                db.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is gone; the ledger is as the last commit left it
            }
        }
    }

    /**
     * Starts a write transaction. Nothing of it has run yet, so a connection the server dropped
     * while the ledger lay idle may be replaced by a new one and the start tried again, once.
     */
    private void begin() throws SQLException {
        try {
            db.setAutoCommit(false);
            began();
        } catch (SQLException e) {
            if (!reconnected(e)) {
                throw e;
            }
            db.setAutoCommit(false);
            began();
        }
    }

    /**
     * Runs {@code read} on one consistent state of the ledger, however long it reads and whoever
     * writes meanwhile (another PC, the window beside a command): what a copy reads, table by
     * table. Within a write transaction, or another snapshot, it reads as they do.
     */
    @Override
    public <T> T consistent(Supplier<T> read) {
        return snapshot(read);
    }

    synchronized <T> T snapshot(Supplier<T> read) {
        if (transactionDepth > 0 || snapshotDepth > 0) {
            snapshotDepth++;
            try {
                return read.get();
            } finally {
                snapshotDepth--;
            }
        }
        try {
            snapshotBegins();
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(e);
        }
        snapshotDepth = 1;
        try {
            return read.get();
        } finally {
            snapshotDepth = 0;
            try {
                db.rollback();
                db.setAutoCommit(true);
                snapshotEnds();
            } catch (SQLException e) {
                // the connection is gone: nothing was written in the snapshot
            }
        }
    }

    /** Before a snapshot's transaction begins: how this database gives one state to a reading transaction. */
    abstract void snapshotBegins() throws SQLException;

    /** After it ended: back to how write transactions run. */
    abstract void snapshotEnds() throws SQLException;

    /** The names of the ledger's tables, the migrations' own bookkeeping left out. */
    abstract List<String> tables();

    /** Called in a copy's transaction when every table's rows are in: what the database must be told of them. */
    void rowsCopied() throws SQLException {
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    /**
     * Runs one statement. Outside a transaction, when the server had dropped the connection (the
     * ledger lay open and idle for hours), it runs again once on a new connection; inside one it
     * fails, for the transaction went with the connection.
     */
    private <T> T once(SqlCall<T> statement, boolean[] delivered) {
        try {
            return statement.run();
        } catch (SQLException e) {
            if (transactionDepth > 0 || delivered[0] || !reconnected(e)) {
                throw failure(e);
            }
        }
        try {
            return statement.run();
        } catch (SQLException again) {
            throw failure(again);
        }
    }

    void query(String sql, Binder binder, RowReader reader) {
        boolean[] delivered = {false}; // rows given to the reader are not given twice
        once(() -> {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        delivered[0] = true;
                        reader.read(rs);
                    }
                }
            }
            return null;
        }, delivered);
    }

    void update(String sql, Object... values) {
        once(() -> {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                bind(ps, values);
                return ps.executeUpdate();
            }
        }, new boolean[1]);
    }

    /** Runs an INSERT and gives the new row's id (RETURNING: SQLite 3.35 and PostgreSQL alike). */
    private long insert(String sql, Object... values) {
        return once(() -> {
            try (PreparedStatement ps = db.prepareStatement(sql + " RETURNING id")) {
                bind(ps, values);
                try (ResultSet keys = ps.executeQuery()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }, new boolean[1]);
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            RowInserter.set(ps, i + 1, values[i]);
        }
    }

    /** The failure as a message a clerk can act on. */
    abstract LedgerException failure(SQLException e);

    /** What messages call the ledger: its file's name, or its name on the server. */
    abstract Object name();

    /** Called first in each outermost write transaction. */
    void began() throws SQLException {
    }

    /**
     * Whether {@code e} says the connection is gone and a new one now stands in its place: a
     * server ledger's, once per failure. A file's connection is never lost.
     */
    boolean reconnected(SQLException e) {
        return false;
    }

    /** A commit that failed: on a server, a commit whose answer was lost may or may not have happened. */
    LedgerException commitFailure(SQLException e) {
        return failure(e);
    }

    /** Called in {@link #append}'s transaction before anything is written. */
    void appending(Adjustment a) {
    }

}
