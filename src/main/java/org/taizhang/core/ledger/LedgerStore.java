package org.taizhang.core.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.reference.Domain;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.task.Task;

/**
 * Where a ledger lives. The core decides every change; a store only keeps it: it appends sealed
 * adjustments together with the task rows they leave, each append one transaction.
 */
public interface LedgerStore {

    LedgerInfo info();

    void saveInfo(String title, int year);

    boolean isReadOnly();

    /** A setting kept with the ledger (thresholds, remembered mappings, layouts). */
    Optional<String> setting(String key);

    void saveSetting(String key, String value);

    /** The current tasks, in no particular order. */
    List<Task> tasks();

    /**
     * Every current task's place in the outline and nothing else: id, parent, 领域 and 序号, the
     * other fields left empty. What the reading order is worked out from without holding the tasks.
     */
    default List<Task> taskOutline() {
        return tasks();
    }

    /** The current tasks of these ids, in no particular order; an id of no task is left out. */
    default List<Task> tasks(java.util.Collection<Long> ids) {
        Set<Long> wanted = new java.util.HashSet<>(ids);
        return tasks().stream().filter(t -> wanted.contains(t.id())).toList();
    }

    Optional<Task> task(long id);

    /** The whole log, oldest first. */
    List<Adjustment> adjustments();

    List<Adjustment> adjustmentsOf(long taskId);

    /**
     * Walks the whole log oldest first without holding it (see {@link LogWalk}), on one state of
     * it however others write meanwhile.
     */
    default void walk(org.taizhang.core.history.LogWalk walk) {
        consistent(() -> {
            org.taizhang.core.history.LogWalk.over(adjustments(), walk);
            return null;
        });
    }

    /**
     * Walks the log task by task, each task's changes then its stored row (see
     * {@link org.taizhang.core.history.TaskWalk}), holding none of it, on one state of the ledger.
     */
    default void walkByTask(org.taizhang.core.history.TaskWalk walk) {
        consistent(() -> {
            org.taizhang.core.history.TaskWalk.over(adjustments(), tasks(), walk);
            return null;
        });
    }

    /** The events of adjustment requests (they change no task), oldest first. */
    List<Adjustment> requestEvents();

    /** The events of 督办单 (issued, answered; they change no task), oldest first. */
    default List<Adjustment> noticeEvents() {
        return adjustments().stream().filter(a -> a.type().isNoticeEvent()).toList();
    }

    Optional<Adjustment> lastAdjustment();

    /**
     * The log's last record without its changes ({@link org.taizhang.core.history.LogWalk#record}):
     * what a new record is sealed onto. After an import of 200,000 tasks the last adjustment whole
     * does not fit the heap an office PC gives the program; its id, time and hash do.
     */
    default Optional<Adjustment> lastRecord() {
        return lastAdjustment().map(org.taizhang.core.history.LogWalk::record);
    }

    /** When the first adjustment was made: the day the ledger was set up. */
    Optional<java.time.Instant> firstAdjustmentTime();

    /** The highest task id the log has ever used, so that an id is never given out twice. */
    long highestTaskId();

    /** The number of adjustments and the last hash, as recorded beside the log when it was written. */
    ChainHead head();

    /**
     * Appends a sealed adjustment, writes the tasks it leaves and deletes the ones it removes,
     * moving the recorded chain head, all in one transaction. {@code written} is walked once and
     * may make its tasks as it goes (an import of many rows never holds them all twice).
     */
    void append(Adjustment adjustment, Iterable<Task> written, Set<Long> removed);

    /**
     * {@link #append}, the adjustment sealed here, after {@code previousHash}: sealing hashes every
     * change once more, and for a large adjustment a store may do that on a second thread while it
     * writes the task rows, which do not depend on the hash (decision 0025). {@code written} is
     * walked once, before {@code removed} is read. Gives the adjustment as appended, sealed.
     */
    default Adjustment append(Adjustment unsealed, String previousHash, Iterable<Task> written, Set<Long> removed) {
        Adjustment sealed = unsealed.sealed(previousHash);
        append(sealed, written, removed);
        return sealed;
    }

    List<Unit> units();

    /** Inserts (id 0) or updates a unit of the reference list. */
    Unit saveUnit(Unit unit);

    /** Renames a unit in the reference list; when the new name exists already the two become one. */
    void renameUnit(String from, String to);

    List<Domain> domains();

    Domain saveDomain(Domain domain);

    /** Renames a domain in the reference list; when the new name exists already the two become one. */
    void renameDomain(String from, String to);

    /** Adds to the reference lists the unit and domain names that are not in them yet. */
    void ensureReferences(Set<String> unitNames, Set<String> domainNames);

    /**
     * Keeps a consistent copy of the ledger as it is now, before a change that is hard to take back
     * ({@code reason} says which, e.g. "调整时限前"). Nothing happens inside a transaction (the
     * outermost caller backs up first), for a read-only ledger, or when nothing changed since the
     * last copy.
     */
    void backup(String reason, Instant now);

    /** Runs {@code work} in one transaction; nested calls join the outer one. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code read} on one unchanging state of the ledger, however many reads it makes and
     * whoever writes meanwhile (another PC of a server ledger): reads that must agree, as the
     * check of the chain against the tasks.
     */
    default <T> T consistent(Supplier<T> read) {
        return read.get();
    }

    /** The chain head the store recorded: count of adjustments and the newest hash. */
    record ChainHead(long count, String hash) {
    }
}
