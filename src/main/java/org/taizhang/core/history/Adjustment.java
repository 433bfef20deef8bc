package org.taizhang.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One approved change set (动态调整): who, when, what kind, why, on what basis, from where, and for
 * each task it touched the values before and after; or one event of an adjustment request (its
 * data in {@code detail}). Appended to the log, never rewritten; each
 * record's hash covers its content and the previous record's hash.
 */
public record Adjustment(long id, AdjustmentType type, String reason, String basis, String operator,
        Instant time, Source source, Long undoes, List<TaskChange> changes, String previousHash, String hash,
        String detail) {

    public Adjustment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        reason = reason == null ? "" : reason;
        basis = basis == null ? "" : basis;
        operator = operator == null ? "" : operator;
        source = source == null ? Source.MANUAL : source;
        // made as read (a large import's, TaskChanges) or copied
        changes = changes instanceof TaskChanges ? changes : List.copyOf(changes);
        previousHash = previousHash == null ? "" : previousHash;
        hash = hash == null ? "" : hash;
        detail = detail == null ? "" : detail;
    }

    /** An adjustment without a detail: every adjustment of tasks. */
    public Adjustment(long id, AdjustmentType type, String reason, String basis, String operator, Instant time,
            Source source, Long undoes, List<TaskChange> changes, String previousHash, String hash) {
        this(id, type, reason, basis, operator, time, source, undoes, changes, previousHash, hash, "");
    }

    /** The same adjustment carrying {@code text} as its detail (a request's data, {@link Detail}). */
    public Adjustment withDetail(String text) {
        return new Adjustment(id, type, reason, basis, operator, time, source, undoes, changes, previousHash, hash,
                text);
    }

    /** This adjustment sealed onto the chain after {@code previousHash}. */
    public Adjustment sealed(String previous) {
        Adjustment linked = new Adjustment(id, type, reason, basis, operator, time, source, undoes, changes,
                previous, "", detail);
        return new Adjustment(id, type, reason, basis, operator, time, source, undoes, changes, previous,
                HashChain.hash(linked), detail);
    }

    public boolean touches(long taskId) {
        return changes.stream().anyMatch(c -> c.taskId() == taskId);
    }
}
