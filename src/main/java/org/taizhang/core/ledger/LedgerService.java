package org.taizhang.core.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Message;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.CheckCode;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.HashChain;
import org.taizhang.core.history.LedgerDiff;
import org.taizhang.core.history.LogWalk;
import org.taizhang.core.history.Replay;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.reference.Domain;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.task.DeadlineKind;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.OutlineNumber;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskOrder;
import org.taizhang.core.task.UnitList;

/**
 * Everything that can be done to a ledger. Every change to a task goes through here and becomes
 * one {@link Adjustment}: validated, sealed onto the hash chain and handed to the store as one
 * transaction. One service per open ledger; its writes are serialised.
 * <p>
 * Each write reads what it builds on (the tasks as stored, new ids, the chain's last record)
 * inside the store's transaction, which on a server ledger holds the ledger's write lock, so
 * writers on several PCs line up; and a task handed in that was changed since the copy it was
 * made from (its revision differs) is refused as a {@link TaskConflictException}, never written
 * over (docs/decisions/0020).
 */
public final class LedgerService {
    private static final String YELLOW_DAYS = "light.yellowDays";
    private static final String RED_GRACE_DAYS = "light.redGraceDays";

    private final LedgerStore store;
    private final Clock clock;

    public LedgerService(LedgerStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    // ---- reading -------------------------------------------------------------------------------

    public LedgerInfo info() {
        return store.info();
    }

    /** The clock adjustments are stamped by; "today" for whatever is counted from today. */
    public Clock clock() {
        return clock;
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    /** The current ledger in reading order. */
    public List<Task> tasks() {
        return ordered(store.tasks());
    }

    public Optional<Task> task(long id) {
        return store.task(id);
    }

    /**
     * Hands {@code use} the current ledger in reading order without reading it whole (see
     * {@link TaskSequence}), on one state of it: the tasks, the title and the check code agree,
     * whoever writes meanwhile; a writer of this program waits until the last task is read. For
     * writing the whole ledger out: the export of 100,000 tasks. The tasks are read on a thread of
     * their own while {@code use} writes them, so {@code use} must not call this service (it would
     * wait for the reader, which holds the store): what it needs of the ledger is in the sequence.
     */
    public <T> T inReadingOrder(java.util.function.Function<TaskSequence, T> use) {
        java.util.function.Consumer<TaskSequence> begin = sequence -> sequence.begin(ordered(store.taskOutline()),
                store.info(), checkCode());
        if (Thread.holdsLock(store)) { // inside the store's own transaction or snapshot: a reader thread would wait for it
            return store.consistent(() -> TaskSequence.runHere(begin, store::tasks, use));
        }
        return TaskSequence.run(sequence -> store.consistent(() -> {
            begin.accept(sequence);
            sequence.read(store::tasks);
            return null;
        }), use);
    }

    /** The ledger as it stood at {@code when}, rebuilt from the log, in reading order. */
    public List<Task> tasksAsOf(Instant when) {
        Map<Long, Task> tasks = new LinkedHashMap<>();
        store.walk(new LogWalk() { // as Replay.replay, holding the tasks only
            private boolean past;

            @Override
            public void adjustment(Adjustment record) {
                past |= record.time().isAfter(when);
            }

            @Override
            public void change(Adjustment record, TaskChange change) {
                if (!past) {
                    Replay.apply(tasks, change);
                }
            }
        });
        return ordered(tasks.values());
    }

    public List<Task> ordered(Collection<Task> tasks) {
        return TaskOrder.sort(tasks, domainNames());
    }

    public List<String> domainNames() {
        return store.domains().stream().map(Domain::name).toList();
    }

    public List<Unit> units() {
        return store.units();
    }

    public Unit saveUnit(Unit unit) {
        return store.saveUnit(unit);
    }

    public List<Domain> domains() {
        return store.domains();
    }

    public Domain saveDomain(Domain domain) {
        return store.saveDomain(domain);
    }

    /**
     * Keeps a copy of the ledger as it is now, e.g. before importing a batch of workbooks or when the
     * window closes; skipped when nothing changed since the last copy.
     */
    public void backup(String reason) {
        store.backup(reason, clock.instant());
    }

    /** How many adjustments the log holds and the hash of the last: it changes with every adjustment. */
    public LedgerStore.ChainHead head() {
        return store.head();
    }

    /** The check code of the ledger as it is now, for a document showing its current state. */
    public CheckCode checkCode() {
        LedgerStore.ChainHead head = store.head();
        return CheckCode.of(head.count(), head.hash());
    }

    /** The check code of the ledger as it stood at {@code when}: the adjustments made up to then. */
    public CheckCode checkCode(Instant when) {
        long[] count = {0};
        String[] last = {""};
        store.walk(new LogWalk() { // the records only
            @Override
            public void adjustment(Adjustment a) {
                if (!a.time().isAfter(when)) {
                    count[0]++;
                    last[0] = a.hash();
                }
            }

            @Override
            public boolean wantsChanges() {
                return false;
            }
        });
        return CheckCode.of(count[0], last[0]);
    }

    /** How the log stands against a check code from paper. */
    public record CodeCheck(Outcome outcome, long count, long after) {
        public enum Outcome {
            /** The log still holds the records the code was taken from; {@code after} more followed. */
            MATCHES,
            /** Record {@code count} is no longer the one on paper: the history up to it was rewritten. */
            DIFFERS,
            /** The log holds fewer records ({@code count}) than the code names. */
            TOO_FEW
        }
    }

    /**
     * Whether the log still holds the history a check code on paper was taken from. With
     * {@link #verify()} this catches a chain rewritten and re-sealed behind the program's back,
     * which the chain alone cannot.
     */
    public CodeCheck check(CheckCode code) {
        long[] size = {0};
        String[] atCode = {null};
        store.walk(new LogWalk() { // the records only, none held: a log of any size
            @Override
            public void adjustment(Adjustment a) {
                if (++size[0] == code.count()) {
                    atCode[0] = a.hash();
                }
            }

            @Override
            public boolean wantsChanges() {
                return false;
            }
        });
        if (code.count() > size[0]) {
            return new CodeCheck(CodeCheck.Outcome.TOO_FEW, size[0], 0);
        }
        boolean same = code.count() == 0 || code.matches(atCode[0]);
        return new CodeCheck(same ? CodeCheck.Outcome.MATCHES : CodeCheck.Outcome.DIFFERS, code.count(),
                size[0] - code.count());
    }

    /** A setting kept with the ledger (remembered import mappings, thresholds). */
    public Optional<String> setting(String key) {
        return store.setting(key);
    }

    public void saveSetting(String key, String value) {
        store.saveSetting(key, value);
    }

    /**
     * Runs several changes (adjustments, settings) as one transaction: a failure or a killed
     * program leaves none of them.
     */
    public <T> T together(java.util.function.Supplier<T> work) {
        return store.inTransaction(work);
    }

    /**
     * Runs several reads on one state of the ledger, however long they take and whoever writes
     * meanwhile (another PC): what is shown or printed together agrees with itself.
     */
    public <T> T consistent(java.util.function.Supplier<T> read) {
        return store.consistent(read);
    }

    /** Puts the domains in the given order (1, 2, 3 …), all or none. */
    public void orderDomains(List<Domain> order) {
        store.inTransaction(() -> {
            for (int i = 0; i < order.size(); i++) {
                Domain d = order.get(i);
                if (d.sortOrder() != i + 1) {
                    store.saveDomain(new Domain(d.id(), d.name(), i + 1));
                }
            }
            return null;
        });
    }

    /** The office's 序时 thresholds for this ledger. */
    public LightRule lightRule() {
        try {
            return new LightRule(Integer.parseInt(store.setting(YELLOW_DAYS).orElse("30")),
                    Integer.parseInt(store.setting(RED_GRACE_DAYS).orElse("0")));
        } catch (NumberFormatException | LedgerException e) {
            return LightRule.DEFAULT;
        }
    }

    public void saveLightRule(LightRule rule) {
        store.inTransaction(() -> {
            store.saveSetting(YELLOW_DAYS, Integer.toString(rule.yellowDays()));
            store.saveSetting(RED_GRACE_DAYS, Integer.toString(rule.redGraceDays()));
            return null;
        });
    }

    /** The whole adjustment log, oldest first. */
    public List<Adjustment> log() {
        return store.adjustments();
    }

    /** Walks the whole log, oldest first, without holding it (a log of any size; see {@link LogWalk}). */
    public void walkLog(LogWalk walk) {
        store.walk(walk);
    }

    /** When the ledger was set up: the time of its first adjustment, if it has any. */
    public Optional<Instant> setUpAt() {
        return store.firstAdjustmentTime();
    }

    /** The timeline of one task, oldest first: its adjustments, its requests' steps, its 督办单 and their answers. */
    public List<Adjustment> historyOf(long taskId) {
        List<Adjustment> history = new ArrayList<>(store.adjustmentsOf(taskId));
        Set<Long> own = new HashSet<>();
        history.forEach(a -> own.add(a.id()));
        org.taizhang.core.request.Requests.eventsOf(store.requestEvents(), taskId).stream()
                .filter(a -> !own.contains(a.id())).forEach(history::add); // an undone decision's undo is both
        Set<String> noticed = new HashSet<>(); // the 督办单 naming the task, and their answers
        for (Adjustment a : store.noticeEvents()) {
            java.util.Map<String, String> d = org.taizhang.core.request.Detail.decode(a.detail());
            boolean mine = a.type() == AdjustmentType.NOTICE
                    ? java.util.Arrays.asList(d.getOrDefault("tasks", "").split(",")).contains(Long.toString(taskId))
                    : noticed.contains(d.getOrDefault("notice", ""));
            if (mine) {
                noticed.add(Long.toString(a.id()));
                history.add(a);
            }
        }
        history.sort(java.util.Comparator.comparingLong(Adjustment::id));
        return history;
    }

    /**
     * The events of adjustment requests, oldest first (read without the rest of the log), with the
     * undos that took back a decision's adjustment.
     */
    public List<Adjustment> requestEvents() {
        return store.requestEvents();
    }

    /** The events of 督办单 (issued, answered), oldest first. */
    public List<Adjustment> noticeEvents() {
        return store.noticeEvents();
    }

    /** What changed between two moments, with the adjustments of tasks made in between. */
    public LedgerDiff diff(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new LedgerException("diff.backwards", from, to);
        }
        List<Adjustment> log = store.adjustments();
        List<Adjustment> between = log.stream() // a request's steps change no task: not adjustments here
                .filter(a -> a.time().isAfter(from) && !a.time().isAfter(to) && !a.type().changesNoTask()).toList();
        return LedgerDiff.of(Replay.replay(log, from), Replay.replay(log, to), between);
    }

    // ---- changing ------------------------------------------------------------------------------

    /** Adds one task (id 0) as a 新增 adjustment; returns the adjustment, whose change names the new id. */
    public Adjustment add(Task draft, Note note) {
        return commit(AdjustmentType.ADD, note, List.of(draft));
    }

    /**
     * Adds and changes tasks as one adjustment of the given type. Tasks with id 0 are new; a new
     * task's parent may be given as {@code -n}, meaning the n-th task (1-based) of this list.
     */
    public synchronized Adjustment commit(AdjustmentType type, Note note, List<Task> tasks) {
        checkNote(type, note);
        return locked(type, () -> commitLocked(type, note, tasks));
    }

    /**
     * {@link #commit} under the store's write lock: everything it reads (the tasks as stored, the
     * highest id, the chain's last record) is read after the lock, so no other writer can come
     * between the reading and the append.
     */
    private Adjustment commitLocked(AdjustmentType type, Note note, List<Task> given) {
        // The adjustment's changes are made from these tasks when read: a copy of the references
        // (4 bytes a task), so a caller changing its list afterwards changes nothing recorded.
        List<Task> tasks = List.copyOf(given);
        Lookup current = new Lookup();
        refuseConflicts(tasks, current);
        // New tasks take the ids after the highest, in the order given: the k-th new task is
        // firstNew + k, so neither the ids nor the tasks made from them need be held (an import of
        // 200,000 rows); such an id is known not to be stored.
        long firstNew = store.highestTaskId() + 1;
        int n = tasks.size();
        long[] idOf = new long[n];
        int[] newAt = new int[n];
        Map<Long, Integer> givenAt = new HashMap<>();
        int added = 0;
        for (int i = 0; i < n; i++) {
            Task t = tasks.get(i);
            if (t.id() <= 0) {
                newAt[added] = i;
                idOf[i] = firstNew + added++;
            } else {
                idOf[i] = t.id();
                givenAt.put(t.id(), i); // the last given wins, as it would in a map of them
            }
        }
        int newTasks = added;
        current.firstNew = firstNew;
        int year = store.info().year();
        java.util.function.IntFunction<Task> resolved = i -> {
            Task t = tasks.get(i);
            boolean parentGiven = t.parentId() != null && t.parentId() < 0;
            if (t.id() > 0 && !parentGiven && t.year() != 0) {
                return t;
            }
            Task.Builder b = t.toBuilder();
            if (t.id() <= 0) {
                b.id(idOf[i]);
            }
            if (parentGiven) {
                long position = -t.parentId(); // 1-based, in this list
                if (position > n || tasks.get((int) position - 1).id() > 0) {
                    throw new LedgerException("task.parentNotFound", t.parentId());
                }
                b.parentId(idOf[(int) position - 1]);
            }
            if (t.year() == 0) {
                b.year(year);
            }
            return b.build();
        };
        for (int i = 0; i < n; i++) { // every task resolves before any is checked
            Task t = tasks.get(i);
            if (t.id() > 0 && current.get(t.id()) == null) {
                throw new LedgerException("task.notFound", t.id());
            }
            resolved.apply(i);
        }
        current.pending = id -> {
            if (id >= firstNew && id < firstNew + newTasks) {
                return resolved.apply(newAt[(int) (id - firstNew)]);
            }
            Integer i = givenAt.get(id);
            return i == null ? null : resolved.apply(i);
        };
        int[] changed = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            Task t = resolved.apply(i);
            validate(t, current);
            Task before = current.stored(t.id());
            carriedOnlyByCarryOver(type, before, t);
            if (before == null || !TaskChange.between(before, t).isEmpty()) { // a creation is never empty
                changed[count++] = i;
            }
        }
        current.pending = null;
        // The changes are worked out again from the tasks each time they are read (hashed, written,
        // shown): the tasks are the caller's anyway, and 200,000 changes need not sit beside them.
        int[] at = java.util.Arrays.copyOf(changed, count);
        List<TaskChange> changes = new org.taizhang.core.history.TaskChanges(count, k -> {
            Task t = resolved.apply(at[k]);
            return TaskChange.between(current.stored(t.id()), t);
        });
        return record(type, note, null, changes, current);
    }

    /**
     * Saves an edited task as the adjustment {@link AdjustmentType#ofEdit} names. Reopening a merged task
     * also clears what it was merged into.
     */
    public synchronized Adjustment edit(Task updated, Note note) {
        return editMany(List.of(updated), note);
    }

    /**
     * Saves several edited tasks as one adjustment (批量修改, a pasted column): each edit typed and
     * allowed as {@link #edit} would, the whole named by {@link AdjustmentType#ofEdits}, with one note.
     */
    public synchronized Adjustment editMany(List<Task> updated, Note note) {
        AdjustmentType expected; // to back up before a structural edit: outside the lock, as the tasks are now
        try {
            expected = editType(updated).type();
        } catch (LedgerException e) {
            expected = null; // said again under the lock, where it counts
        }
        return locked(expected, () -> {
            refuseConflicts(updated, new Lookup()); // a stale task is a conflict before anything else
            Edits edits = editType(updated);
            return commit(edits.type(), note, edits.after());
        });
    }

    private record Edits(AdjustmentType type, List<Task> after) {
    }

    /** The adjustment a set of edits makes, each allowed by its task's stored status. */
    private Edits editType(List<Task> updated) {
        Set<AdjustmentType> types = new HashSet<>();
        List<Task> after = new ArrayList<>(updated.size());
        for (Task t : updated) {
            Task before = existing(t.id());
            AdjustmentType type = AdjustmentType.ofEdit(before, t);
            require(type, before);
            types.add(type);
            after.add(type == AdjustmentType.RESTORE ? t.toBuilder().mergedInto(null).build() : t);
        }
        return new Edits(AdjustmentType.ofEdits(types), after);
    }

    /** Cancels a task and its open measures (取消); the tasks stay in the ledger. */
    public synchronized Adjustment cancel(long id, Note note) {
        return locked(AdjustmentType.CANCEL, () -> cancelLocked(id, note));
    }

    private Adjustment cancelLocked(long id, Note note) {
        Task task = existing(id);
        if (task.status() == Status.CANCELLED) {
            throw new LedgerException("cancel.already", task.number().text(), task.title());
        }
        require(AdjustmentType.CANCEL, task);
        List<Task> changed = new ArrayList<>();
        changed.add(task.toBuilder().status(Status.CANCELLED).build());
        for (Task d : descendants(id)) {
            if (!d.status().isClosed()) {
                changed.add(d.toBuilder().status(Status.CANCELLED).build());
            }
        }
        return commit(AdjustmentType.CANCEL, note, changed);
    }

    /** Merges one task into another (合并): the absorbed task stays, marked 已合并 and pointing to the other. */
    public synchronized Adjustment merge(long absorbedId, long intoId, Note note) {
        return locked(AdjustmentType.MERGE, () -> mergeLocked(absorbedId, intoId, note));
    }

    private Adjustment mergeLocked(long absorbedId, long intoId, Note note) {
        Task absorbed = existing(absorbedId);
        Task into = existing(intoId);
        if (absorbedId == intoId) {
            throw new LedgerException("merge.self");
        }
        if (into.status().isWithdrawn()) {
            throw new LedgerException("merge.intoClosed", into.number().text(), into.status().label());
        }
        if (absorbed.status() == Status.MERGED) {
            throw new LedgerException("merge.already", absorbed.number().text());
        }
        require(AdjustmentType.MERGE, absorbed);
        if (descendants(absorbedId).stream().anyMatch(d -> !d.status().isClosed())) {
            throw new LedgerException("merge.openChildren", absorbed.number().text());
        }
        return commit(AdjustmentType.MERGE, note,
                List.of(absorbed.toBuilder().status(Status.MERGED).mergedInto(intoId).build()));
    }

    /** Splits a task (拆分) into parts that become its measures; the parts are new tasks. */
    public synchronized Adjustment split(long id, List<Task> parts, Note note) {
        return locked(AdjustmentType.SPLIT, () -> splitLocked(id, parts, note));
    }

    private Adjustment splitLocked(long id, List<Task> parts, Note note) {
        Task whole = existing(id);
        require(AdjustmentType.SPLIT, whole);
        if (parts.size() < 2) {
            throw new LedgerException("split.tooFew");
        }
        List<Task> drafts = new ArrayList<>();
        for (Task p : parts) {
            Task.Builder b = p.toBuilder().id(0).parentId(id);
            if (p.domain().isEmpty()) {
                b.domain(whole.domain());
            }
            if (p.year() == 0) {
                b.year(whole.year());
            }
            drafts.add(b.build());
        }
        return commit(AdjustmentType.SPLIT, note, drafts);
    }

    /**
     * 销号 at year end: closes a task as 已完成 with its result (完成情况, what was achieved) as its
     * progress; its measures not yet closed are closed with it. A done task may be closed out to
     * record its final result. Unfinished work is carried over (结转) or cancelled, each on a
     * decided request, not closed out.
     */
    public synchronized Adjustment closeOut(long id, String result, Note note) {
        return locked(AdjustmentType.CLOSE_OUT, () -> closeOutLocked(id, result, note));
    }

    private Adjustment closeOutLocked(long id, String result, Note note) {
        Task task = existing(id);
        require(AdjustmentType.CLOSE_OUT, task);
        String text = result == null ? "" : result.strip();
        if (text.isEmpty()) {
            throw new LedgerException("closeOut.resultRequired", task.label());
        }
        List<Task> changed = new ArrayList<>();
        changed.add(task.toBuilder().status(Status.DONE).progress(text).build());
        for (Task d : descendants(id)) {
            if (!d.status().isClosed()) {
                changed.add(d.toBuilder().status(Status.DONE).build());
            }
        }
        return commit(AdjustmentType.CLOSE_OUT, note, changed);
    }

    /**
     * 结转: marks an open task 已结转 with its open measures, for next year's ledger to take up. An
     * approved 结转 request applies it ({@code Requests}); the values the decision approved (number,
     * 领域, deadline) are next year's, so nothing else changes here.
     */
    public synchronized Adjustment carryOver(long id, Note note) {
        return locked(AdjustmentType.CARRY_OVER, () -> carryOverLocked(id, note));
    }

    private Adjustment carryOverLocked(long id, Note note) {
        Task task = existing(id);
        require(AdjustmentType.CARRY_OVER, task);
        List<Task> changed = new ArrayList<>();
        changed.add(task.toBuilder().status(Status.CARRIED_OVER).build());
        for (Task d : descendants(id)) {
            if (!d.status().isClosed()) {
                changed.add(d.toBuilder().status(Status.CARRIED_OVER).build());
            }
        }
        return commit(AdjustmentType.CARRY_OVER, note, changed);
    }

    /** 已结转 is set (and cleared) by a 结转 alone; its undo takes it back without coming here. */
    private static void carriedOnlyByCarryOver(AdjustmentType type, Task before, Task after) {
        boolean was = before != null && before.status() == Status.CARRIED_OVER;
        if (type != AdjustmentType.CARRY_OVER && was != (after.status() == Status.CARRIED_OVER)) {
            throw new LedgerException("carryOver.onlyByDecision", after.label());
        }
    }

    /** Brings back a cancelled or merged task (恢复) with the given open status. */
    public synchronized Adjustment restore(long id, Status status, Note note) {
        return locked(AdjustmentType.RESTORE, () -> restoreLocked(id, status, note));
    }

    private Adjustment restoreLocked(long id, Status status, Note note) {
        Task task = existing(id);
        require(AdjustmentType.RESTORE, task);
        if (status.isWithdrawn()) {
            throw new LedgerException("restore.badStatus", status.label());
        }
        return commit(AdjustmentType.RESTORE, note, List.of(task.toBuilder().status(status).mergedInto(null).build()));
    }

    /** Renames a unit in every task that names it, and in the reference list, as one adjustment. */
    public synchronized Optional<Adjustment> renameUnit(String from, String to, Note note) {
        String old = from == null ? "" : from.strip();
        String now = to == null ? "" : to.strip();
        if (old.isEmpty() || now.isEmpty()) {
            throw new LedgerException("unit.nameRequired");
        }
        if (old.equals(now)) {
            return Optional.empty();
        }
        checkNote(AdjustmentType.RENAME_UNIT, note);
        return store.inTransaction(() -> {
            List<Task> changed = new ArrayList<>();
            for (Task t : store.tasks()) {
                if (t.leadUnits().contains(old) || t.partnerUnits().contains(old)) {
                    changed.add(t.toBuilder()
                            .leadUnits(t.leadUnits().map(n -> n.equals(old) ? now : n))
                            .partnerUnits(t.partnerUnits().map(n -> n.equals(old) ? now : n)).build());
                }
            }
            store.renameUnit(old, now);
            return changed.isEmpty() ? Optional.<Adjustment>empty()
                    : Optional.of(commit(AdjustmentType.RENAME_UNIT, note, changed));
        });
    }

    /** Renames a 改革领域 in every task and in the reference list, as one adjustment. */
    public synchronized Optional<Adjustment> renameDomain(String from, String to, Note note) {
        String old = from == null ? "" : from.strip();
        String now = to == null ? "" : to.strip();
        if (old.isEmpty() || now.isEmpty()) {
            throw new LedgerException("domain.nameRequired");
        }
        if (old.equals(now)) {
            return Optional.empty();
        }
        checkNote(AdjustmentType.RENAME_DOMAIN, note);
        return store.inTransaction(() -> {
            List<Task> changed = store.tasks().stream().filter(t -> t.domain().equals(old))
                    .map(t -> t.toBuilder().domain(now).build()).toList();
            store.renameDomain(old, now);
            return changed.isEmpty() ? Optional.empty()
                    : Optional.of(commit(AdjustmentType.RENAME_DOMAIN, note, changed));
        });
    }

    /**
     * Records one event of an adjustment request (received, opinion, listed, decided, withdrawn) on
     * the chain: it changes no task, and its data is its note's detail.
     */
    public synchronized Adjustment event(AdjustmentType type, Note note) {
        if (!type.changesNoTask()) {
            throw new IllegalArgumentException(type + " is no request or notice event");
        }
        checkNote(type, note);
        return store.inTransaction(() -> record(type, note, null, List.of(), new Lookup()));
    }

    /**
     * The adjustment {@link #undoLast} would take back: the newest one not itself an undo nor undone.
     * A request's events are not undone: a request is withdrawn, a decision stands on record; nor is a
     * 督办单's: it went out on paper with its number.
     */
    public Optional<Adjustment> undoable() {
        List<Adjustment> log = store.adjustments();
        Set<Long> undone = new HashSet<>();
        for (Adjustment a : log) {
            if (a.undoes() != null) {
                undone.add(a.undoes());
            }
        }
        for (int i = log.size() - 1; i >= 0; i--) {
            Adjustment a = log.get(i);
            if (a.type() != AdjustmentType.UNDO && !a.type().changesNoTask() && !undone.contains(a.id())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Takes back the newest adjustment not yet undone (撤销), recorded as an adjustment of its own.
     * Repeated, it walks back through the log.
     */
    public synchronized Adjustment undoLast(Note note) {
        return undo(null, note);
    }

    /**
     * Takes back adjustment {@code expected}, which the clerk was shown as the one {@link #undoLast}
     * would take back; when another PC has made or undone an adjustment since, so that it is no
     * longer that one, nothing is undone and a {@link TaskConflictException} says what came since.
     */
    public synchronized Adjustment undo(Long expected, Note note) {
        checkNote(AdjustmentType.UNDO, note);
        return locked(AdjustmentType.UNDO, () -> undoLocked(expected, note));
    }

    private Adjustment undoLocked(Long expected, Note note) {
        Adjustment target = undoable().orElseThrow(() -> new LedgerException("undo.nothing"));
        if (expected != null && target.id() != expected) {
            Adjustment last = store.lastAdjustment().orElse(target);
            throw new TaskConflictException("conflict.undo", 0, null, List.of(last), expected, last.operator(),
                    when(last), last.id(), last.type().label());
        }
        Lookup current = new Lookup();
        List<TaskChange> back = new ArrayList<>();
        List<TaskChange> forward = target.changes();
        for (int i = forward.size() - 1; i >= 0; i--) {
            TaskChange c = forward.get(i);
            Task now = current.stored(c.taskId());
            // The undo is only honest if the task still holds what the adjustment left.
            for (FieldChange f : c.fields()) {
                String actual = now == null ? "" : f.field().read(now);
                if (c.kind() != TaskChange.Kind.REMOVE && !actual.equals(f.after())) {
                    throw new LedgerException("undo.changedSince", target.id(), c.taskId());
                }
            }
            back.add(c.inverse());
        }
        String request = org.taizhang.core.request.Detail.decode(target.detail()).get("request");
        Note undo = request == null ? note : note.withDetail(org.taizhang.core.request.Detail.encode(
                java.util.Map.of("request", request))); // a decision's adjustment taken back: its request is open again
        return record(AdjustmentType.UNDO, undo, target.id(), back, current);
    }

    // ---- checking ------------------------------------------------------------------------------

    /**
     * Checks the log's hash chain record by record (the first break first), that each record's
     * values before match what the records before it left (an edit made behind the program's back
     * and then built upon shows there), the recorded chain head (catches records cut off the end),
     * and that the current tasks are what the log says they are.
     */
    public VerifyReport verify() {
        // the log, its head and the tasks read as one state: another PC may append meanwhile
        return store.consistent(this::verifyNow);
    }

    /**
     * Two walks over the log, neither holding it, so that a ledger of any size is checked in the
     * memory of one record's hash and one task: the chain record by record, then the log task by
     * task, each task rebuilt from its changes and compared with its row. The problems are put in
     * the log's order (a record's link, its seal, then its changes), then the head, then the tasks.
     */
    private VerifyReport verifyNow() {
        List<Found> found = new ArrayList<>();
        Chain chain = new Chain(found);
        Rebuilt rebuilt = new Rebuilt(found);
        try {
            store.walk(chain);
            chain.sealLast();
            store.walkByTask(rebuilt);
        } catch (LedgerException e) {
            if (!e.key().equals("ledger.unreadableRecord")) {
                throw e;
            }
            Object record = e.message().args()[1];
            return new VerifyReport(0, 0, List.of(new Message("verify.unreadable", record)),
                    new Message("verify.summary.record", record));
        }
        found.sort(java.util.Comparator.comparingLong(Found::record).thenComparingInt(Found::rank)
                .thenComparingInt(Found::seq));
        List<Message> problems = new ArrayList<>(found.size() + rebuilt.tasks.size() + 1);
        long firstBroken = chain.gapFrom;
        for (Found f : found) {
            problems.add(f.message());
            firstBroken = Math.min(firstBroken, f.record());
        }
        LedgerStore.ChainHead head = store.head();
        if (head.count() != chain.count || !head.hash().equals(chain.previous)) {
            problems.add(new Message("verify.headMismatch", head.count(), chain.count));
            firstBroken = Math.min(firstBroken, Math.min(head.count(), chain.count) + 1);
        }
        problems.addAll(rebuilt.tasks);
        Message summary = firstBroken != Long.MAX_VALUE ? new Message("verify.summary.record", firstBroken)
                : rebuilt.firstTask != Long.MAX_VALUE ? new Message("verify.summary.task", rebuilt.firstTask) : null;
        return new VerifyReport((int) chain.count, rebuilt.stored, problems, summary);
    }

    /** A problem found at a record: its link or gap (rank 0), its seal (1), its {@code seq}-th change (2). */
    private record Found(long record, int rank, int seq, Message message) {
    }

    /** The chain walked record by record: each one's place, link and seal; holds one record's hash in the making. */
    private static final class Chain implements org.taizhang.core.history.LogWalk {
        private final List<Found> found;
        private String previous = "";
        private long expectedId = 1;
        private long count;
        /** The first id missing from the log, if one is. */
        private long gapFrom = Long.MAX_VALUE;
        private Adjustment record;
        private HashChain.Sealing seal;

        Chain(List<Found> found) {
            this.found = found;
        }

        @Override
        public void adjustment(Adjustment a) {
            throw new IllegalStateException("a store hands the check each record with its count of changes");
        }

        @Override
        public void adjustment(Adjustment a, int changes) {
            sealLast();
            if (a.id() != expectedId) {
                found.add(new Found(a.id(), 0, 0, new Message("verify.missing", expectedId, a.id())));
                gapFrom = Math.min(gapFrom, expectedId); // the first record broken is the first one missing
            } else if (!a.previousHash().equals(previous)) {
                found.add(new Found(a.id(), 0, 0, new Message("verify.brokenLink", a.id())));
            }
            record = a;
            seal = HashChain.start(a, changes);
            previous = a.hash();
            expectedId = a.id() + 1;
            count++;
        }

        @Override
        public void change(Adjustment a, TaskChange c) {
            seal.change(c);
        }

        /** Checks the seal of the record walked last, once all its changes came. */
        void sealLast() {
            if (record != null && !seal.hash().equals(record.hash())) {
                found.add(new Found(record.id(), 1, 0,
                        new Message("verify.tampered", record.id(), record.type().label(), record.time())));
            }
            record = null;
        }
    }

    /**
     * The log task by task: each task rebuilt from its changes (each checked to start from what the
     * changes before it left) and compared with its stored row; holds one task.
     */
    private static final class Rebuilt implements org.taizhang.core.history.TaskWalk {
        private final List<Found> found;
        /** The tasks' problems, in the order of their ids. */
        final List<Message> tasks = new ArrayList<>();
        long firstTask = Long.MAX_VALUE;
        int stored;
        private Task now;

        Rebuilt(List<Found> found) {
            this.found = found;
        }

        @Override
        public void change(long adjustment, int seq, TaskChange c) {
            Message wrong = beforeDiffers(adjustment, c, now);
            if (wrong != null) {
                found.add(new Found(adjustment, 2, seq, wrong));
            }
            now = c.kind() == TaskChange.Kind.REMOVE ? null : Replay.applied(now, c);
        }

        @Override
        public void task(long id, Task inTable) {
            Task fromLog = now;
            now = null;
            if (inTable != null) {
                stored++;
            } else if (fromLog == null) {
                return; // removed (an undone addition), and gone from the table: as it should be
            }
            if (fromLog == null || inTable == null) {
                tasks.add(new Message("verify.taskPresence", id));
                firstTask = Math.min(firstTask, id);
            } else {
                TaskChange d = TaskChange.between(fromLog, inTable);
                if (!d.isEmpty()) {
                    tasks.add(new Message("verify.taskDiffers", id, d.fields().get(0).field().code()));
                    firstTask = Math.min(firstTask, id);
                }
            }
        }
    }

    /** Whether a change starts from what the log left the task at; the first field that does not. */
    private static Message beforeDiffers(long adjustment, TaskChange c, Task now) {
        if (c.kind() == TaskChange.Kind.CREATE ? now != null : now == null) {
            return new Message("verify.taskPresenceAt", adjustment, c.taskId());
        }
        if (c.kind() == TaskChange.Kind.CREATE) {
            return null;
        }
        for (FieldChange f : c.fields()) {
            if (!f.field().read(now).equals(f.before())) {
                return new Message("verify.beforeDiffers", adjustment, c.taskId(), new Message(f.field().labelKey()));
            }
        }
        return null;
    }

    // ---- internals -----------------------------------------------------------------------------

    private Adjustment record(AdjustmentType type, Note note, Long undoes, List<TaskChange> changes, Lookup current) {
        if (changes.isEmpty() && !type.changesNoTask()) {
            throw new LedgerException("adjust.nothingChanged");
        }

        Set<Long> removed = new HashSet<>();
        // New units and 领域 join the reference lists in the order the adjustment names them (an
        // import's: the workbook's order), not in a hash's.
        Set<String> units = new java.util.LinkedHashSet<>();
        Set<String> domains = new java.util.LinkedHashSet<>();
        // The rows the adjustment leaves, made one at a time as the store writes them; on the way
        // the names the changes bring and the tasks they remove are gathered, which the store
        // reads after the rows (LedgerStore.append), so the changes are not worked out once more
        // for them alone. The store may make the rows on a thread of its own, which it has ended
        // before it reads the sets, and this thread before it returns.
        Iterable<Task> written = () -> changes.stream().peek(c -> gather(c, units, domains, removed))
                .filter(c -> c.kind() != TaskChange.Kind.REMOVE)
                .map(c -> Replay.applied(current.stored(c.taskId()), c)).iterator();
        return store.inTransaction(() -> {
            // Sealed here, in the transaction and so after the store's write lock: the record
            // follows the log's last one even when another PC appended a moment ago.
            Optional<Adjustment> last = store.lastRecord(); // its id, time and hash, not its changes
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            // The log's order is its time order, even if the PC's (or another PC's) clock differs.
            Instant time = last.map(Adjustment::time).filter(now::isBefore).orElse(now);
            Adjustment unsealed = new Adjustment(last.map(Adjustment::id).orElse(0L) + 1, type, note.reason(),
                    note.basis(), note.operator(), time, note.source(), undoes, changes, null, null, note.detail());
            Adjustment adjustment = store.append(unsealed, last.map(Adjustment::hash).orElse(""), written, removed);
            domains.remove("");
            store.ensureReferences(units, domains);
            return adjustment;
        });
    }

    /** What one change brings to the reference lists (units, 领域) and whether it removes its task. */
    private static void gather(TaskChange c, Set<String> units, Set<String> domains, Set<Long> removed) {
        if (c.kind() == TaskChange.Kind.REMOVE) {
            removed.add(c.taskId());
        }
        for (FieldChange f : c.fields()) {
            switch (f.field()) {
                case LEAD_UNITS, PARTNER_UNITS -> units.addAll(UnitList.parse(f.after()).names());
                case DOMAIN -> domains.add(f.after());
                default -> {
                    // other fields name no reference data
                }
            }
        }
    }

    /**
     * Runs a change in one transaction, which on a server ledger first takes the ledger's write lock
     * (store.PgLedgerStore): whatever the change reads in {@code work} (tasks, ids, the chain's head)
     * no other writer can change before it is appended, so writers line up instead of failing.
     * A structural change ({@code type} needs a reason) keeps a copy of the ledger first, outside
     * the transaction as the store requires; a nested call joins the outer transaction.
     */
    private <T> T locked(AdjustmentType type, java.util.function.Supplier<T> work) {
        if (type != null && type.needsReason() && !type.changesNoTask()) {
            store.backup(type.label() + "前", clock.instant().truncatedTo(ChronoUnit.MILLIS));
        }
        return store.inTransaction(work);
    }

    /**
     * Refuses changes to tasks changed since the clerk read them (冲突): each task given is the
     * clerk's, carrying the revision it was read at; a stored task at another revision was saved
     * by another adjustment since, which this change would silently overwrite. Call it under the
     * lock. All are checked first, so an import with one stale row is refused as a whole.
     */
    private void refuseConflicts(List<Task> tasks, Lookup current) {
        List<Long> stale = new ArrayList<>();
        Map<Long, Integer> seenAt = new HashMap<>();
        for (Task t : tasks) {
            if (t.id() <= 0) {
                continue;
            }
            Task now = current.stored(t.id());
            if (now != null && now.revision() != t.revision()) {
                stale.add(t.id());
                seenAt.put(t.id(), t.revision());
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        long id = stale.get(0);
        Task now = current.stored(id);
        List<Adjustment> history = store.adjustmentsOf(id);
        int seen = seenAt.get(id);
        List<Adjustment> since = seen >= 0 && seen < history.size() ? history.subList(seen, history.size()) : List.of();
        if (since.isEmpty() && !history.isEmpty()) {
            since = List.of(history.get(history.size() - 1));
        }
        Adjustment last = since.isEmpty() ? null : since.get(since.size() - 1);
        TaskConflictException probe = new TaskConflictException("conflict.task", id, now, since);
        String fields = String.join("、", probe.fieldsChanged().stream()
                .map(f -> org.taizhang.core.I18n.text(f.labelKey())).toList());
        String who = last == null ? "" : last.operator();
        String when = last == null ? "" : when(last);
        throw stale.size() == 1
                ? new TaskConflictException("conflict.task", id, now, since, now.label(), who, when, fields)
                : new TaskConflictException("conflict.tasks", id, now, since, now.label(), who, when, fields,
                        stale.size());
    }

    /** When an adjustment was made, in this PC's time zone, for a message. */
    private static String when(Adjustment a) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(a.time().atZone(java.time.ZoneId.systemDefault()));
    }

    private static void checkNote(AdjustmentType type, Note note) {
        if (note.operator().isEmpty()) {
            throw new LedgerException("adjust.operatorRequired");
        }
        if (type.needsReason() && note.reason().isEmpty()) {
            throw new LedgerException("adjust.reasonRequired", type.label());
        }
    }

    private void validate(Task t, Lookup current) {
        String where = t.number().isEmpty() ? "#" + t.id() : t.number().text();
        if (t.title().isEmpty()) {
            throw new LedgerException("task.titleRequired", where);
        }
        if (t.deadline().kind() == DeadlineKind.UNREAD) {
            throw new LedgerException("deadline.unreadable", t.deadline().text());
        }
        if (t.mergedInto() != null && current.get(t.mergedInto()) == null) {
            throw new LedgerException("task.notFound", t.mergedInto());
        }
        Set<Long> seen = new HashSet<>();
        seen.add(t.id());
        Long parent = t.parentId();
        while (parent != null) {
            if (!seen.add(parent)) {
                throw new LedgerException("task.parentLoop", where);
            }
            Task p = current.get(parent);
            if (p == null) {
                throw new LedgerException("task.parentNotFound", parent);
            }
            parent = p.parentId();
        }
    }

    private Task existing(long id) {
        return store.task(id).orElseThrow(() -> new LedgerException("task.notFound", id));
    }

    /**
     * The 序号 a new task gets: after the highest numbered sibling under {@code parentId}, "N." at
     * the top level and "(N)" for a measure. Siblings numbered some other way do not count.
     */
    public String nextNumber(Long parentId) {
        int max = 0;
        for (Task t : store.tasks()) {
            List<Integer> parts = t.number().parts();
            if (Objects.equals(t.parentId(), parentId) && t.number().style() != OutlineNumber.Style.OTHER
                    && !parts.isEmpty()) {
                max = Math.max(max, parts.get(0));
            }
        }
        return parentId == null ? (max + 1) + "." : "(" + (max + 1) + ")";
    }

    /**
     * The tasks {@code id} can be merged into, in the ledger's order: neither itself nor one of its
     * own measures, and not withdrawn ({@link #merge} refuses those).
     */
    public List<Task> mergeTargets(long id) {
        Set<Long> under = new HashSet<>();
        descendants(id).forEach(d -> under.add(d.id()));
        return ordered(store.tasks()).stream()
                .filter(t -> t.id() != id && !under.contains(t.id()) && !t.status().isWithdrawn()).toList();
    }

    /** Refuses an adjustment the task's status does not allow, saying which status and which adjustment. */
    private static void require(AdjustmentType type, Task task) {
        if (!type.allowedFor(task.status())) {
            throw new LedgerException("adjust.notAllowed", task.number().text(), task.status().label(), type.label());
        }
    }

    /**
     * The measures under a task at every level (its children, theirs …): what cancelling it
     * cancels with it, and what must be closed before it can be merged.
     */
    public List<Task> descendants(long id) {
        Map<Long, List<Task>> children = new HashMap<>();
        for (Task t : store.tasks()) {
            if (t.parentId() != null) {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Task> out = new ArrayList<>();
        List<Long> todo = new ArrayList<>(List.of(id));
        Set<Long> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            for (Task c : children.getOrDefault(todo.remove(todo.size() - 1), List.of())) {
                if (seen.add(c.id())) {
                    out.add(c);
                    todo.add(c.id());
                }
            }
        }
        return out;
    }

    /**
     * Tasks as stored, read once each, plus the tasks of the adjustment being built. The thread that
     * made it reads them; by the time the store writes an adjustment every task it touches has been
     * read (checked, or compared for an undo), so the store may make its rows from them on a
     * second thread (store.RowFeed), which only looks them up and must never read the store: its
     * lock is the writer's.
     */
    private final class Lookup {
        private final Map<Long, Optional<Task>> stored = new HashMap<>();
        private final Thread owner = Thread.currentThread();
        /** The tasks being committed, by id (null when not one of them); none outside a commit. */
        private java.util.function.LongFunction<Task> pending;
        /** Ids from here on are new in this commit: not stored. */
        private long firstNew = Long.MAX_VALUE;

        Task stored(long id) {
            if (id >= firstNew) {
                return null;
            }
            Optional<Task> known = stored.get(id);
            if (known == null) {
                if (Thread.currentThread() != owner) { // would wait for the writer, who waits for it
                    throw new IllegalStateException("task " + id + " was not read before the commit");
                }
                known = store.task(id);
                stored.put(id, known);
            }
            return known.orElse(null);
        }

        Task get(long id) {
            Task p = pending == null ? null : pending.apply(id);
            return p != null ? p : stored(id);
        }
    }
}
