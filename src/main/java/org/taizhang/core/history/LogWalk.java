package org.taizhang.core.history;

/**
 * A walk over the log, oldest first, that holds none of it: each adjustment's record comes first
 * (its list of changes left empty), then its changes one at a time. A log of any size, an import of
 * 200,000 tasks within it, is walked in the memory of one change
 * ({@link org.taizhang.core.ledger.LedgerStore#walk}).
 */
public interface LogWalk {
    /** The next adjustment: all of it but its changes, which follow. */
    void adjustment(Adjustment record);

    /**
     * The next adjustment and how many changes follow it: what a walk that hashes each record
     * needs first ({@link HashChain#start}). Stores call this one; by default it is {@link #adjustment(Adjustment)}.
     */
    default void adjustment(Adjustment record, int changes) {
        adjustment(record);
    }

    /** A change the adjustment {@code record} made, in the order it made them. */
    default void change(Adjustment record, TaskChange change) {
    }

    /** False when the walk needs the records only: a store may then leave the changes unread. */
    default boolean wantsChanges() {
        return true;
    }

    /** {@code a}'s record without its changes, as a walk is handed it. */
    static Adjustment record(Adjustment a) {
        return new Adjustment(a.id(), a.type(), a.reason(), a.basis(), a.operator(), a.time(), a.source(), a.undoes(),
                java.util.List.of(), a.previousHash(), a.hash(), a.detail());
    }

    /** Walks a log held in a list, as a store walks its own. */
    static void over(Iterable<Adjustment> log, LogWalk walk) {
        for (Adjustment a : log) {
            Adjustment record = record(a);
            walk.adjustment(record, a.changes().size());
            for (TaskChange c : walk.wantsChanges() ? a.changes() : java.util.List.<TaskChange>of()) {
                walk.change(record, c);
            }
        }
    }
}
