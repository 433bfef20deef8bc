package org.taizhang.core.history;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.taizhang.core.LedgerException;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/**
 * The kinds of 动态调整. Structural ones change what the committee approved and need a reason;
 * routine progress and edits do not.
 */
public enum AdjustmentType {
    ADD("新增", false),
    PROGRESS("修改进展", false),
    EDIT("修改信息", false),
    DEADLINE("调整时限", true),
    LEAD_UNITS("调整牵头单位", true),
    PARTNER_UNITS("调整配合单位", false),
    WORDING("调整表述", true),
    CANCEL("取消", true),
    MERGE("合并", true),
    SPLIT("拆分", true),
    RESTORE("恢复", true),
    IMPORT("导入", false),
    RENAME_UNIT("单位更名", true),
    RENAME_DOMAIN("领域更名", true),
    UNDO("撤销", true),
    /** A unit asks for an adjustment (调整申请); the unit's reason is the note's. */
    REQUEST("调整申请", true),
    /** The reform office's opinion on a request (改革办意见: 拟同意 / 拟不同意). */
    REQUEST_OPINION("改革办意见", false),
    /** A request put on the list for a meeting (列入动态调整清单). */
    REQUEST_LISTED("列入调整清单", false),
    /** The decision (同意 / 不同意 / 部分同意), with its basis. */
    REQUEST_DECIDED("审议决定", false),
    /** The unit takes its request back (撤回申请). */
    REQUEST_WITHDRAWN("撤回申请", false),
    /** 销号 at year end: a task closed as 已完成 with its result (完成情况) as its progress. */
    CLOSE_OUT("销号", false),
    /** 结转: an approved request carries an unfinished task into next year's ledger; here it becomes 已结转. */
    CARRY_OVER("结转", true),
    /** 上年结转: a task carried into this ledger from last year's, its detail naming where it came from. */
    CARRY_IN("上年结转", false),
    /** A 督办单 issued to a unit (下发督办单): it changes no task; its number, unit, level, tasks in the detail. */
    NOTICE("下发督办单", false),
    /** A 督办单 answered (督办答复), by the clerk or by the unit's return. */
    NOTICE_ANSWERED("督办答复", false);

    private static final Set<TaskField> PROGRESS_FIELDS = Set.of(TaskField.PROGRESS, TaskField.STATUS,
            TaskField.ACTUAL, TaskField.PROBLEMS, TaskField.NEXT_STEPS);

    private final String label;
    private final boolean needsReason;

    AdjustmentType(String label, boolean needsReason) {
        this.label = label;
        this.needsReason = needsReason;
    }

    public String label() {
        return label;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** One event of an adjustment request: it changes no task (the adjustment a decision applies does). */
    public boolean isRequestEvent() {
        return this == REQUEST || this == REQUEST_OPINION || this == REQUEST_LISTED || this == REQUEST_DECIDED
                || this == REQUEST_WITHDRAWN;
    }

    /** One event of a 督办单 (issued, answered): it changes no task. */
    public boolean isNoticeEvent() {
        return this == NOTICE || this == NOTICE_ANSWERED;
    }

    /**
     * An event that changes no task (a request's or a 督办单's step): its data is its sealed detail;
     * it is not undone and not counted among the adjustments of tasks.
     */
    public boolean changesNoTask() {
        return isRequestEvent() || isNoticeEvent();
    }

    /**
     * Whether this adjustment may be made to a task in {@code status}. The window offers a command
     * and the ledger accepts it by this one rule: a withdrawn task is restored before anything
     * structural is changed in it, a done one is no longer split, a carried-over one is changed in
     * next year's ledger, and only an open task is carried over.
     */
    public boolean allowedFor(Status status) {
        return switch (this) {
            case CANCEL, MERGE, DEADLINE, LEAD_UNITS, PARTNER_UNITS, WORDING, CLOSE_OUT ->
                    !status.isWithdrawn() && status != Status.CARRIED_OVER;
            case SPLIT, CARRY_OVER -> !status.isClosed();
            case RESTORE -> status.isWithdrawn();
            default -> true;
        };
    }

    /**
     * The fields an adjustment of one field's kind changes (调整时限: the deadline; 调整表述: the
     * title and the measures); empty for the others.
     */
    public Set<TaskField> fields() {
        return switch (this) {
            case DEADLINE -> Set.of(TaskField.DEADLINE);
            case LEAD_UNITS -> Set.of(TaskField.LEAD_UNITS);
            case PARTNER_UNITS -> Set.of(TaskField.PARTNER_UNITS);
            case WORDING -> Set.of(TaskField.TITLE, TaskField.MEASURES);
            default -> Set.of();
        };
    }

    public static AdjustmentType ofLabel(String label) {
        for (AdjustmentType t : values()) {
            if (t.label.equals(label) || t.name().equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException(label);
    }

    /**
     * The kind of adjustment an edit of one task is: setting 已取消 is a 取消, reopening a
     * cancelled or merged task a 恢复, anything else as {@link #forEdit(Set)} judges; merging must
     * go through its own command. The window asks for a reason when the type needs one.
     */
    public static AdjustmentType ofEdit(Task before, Task after) {
        if (before.status().isWithdrawn() && !after.status().isClosed()) {
            return RESTORE;
        }
        if (!Objects.equals(before.mergedInto(), after.mergedInto())
                || after.status() == Status.MERGED && before.status() != Status.MERGED) {
            throw new LedgerException("edit.useMerge");
        }
        if (after.status() == Status.CANCELLED && before.status() != Status.CANCELLED) {
            return CANCEL;
        }
        Set<TaskField> fields = new HashSet<>();
        TaskChange.between(before, after).fields().forEach(f -> fields.add(f.field()));
        return forEdit(fields);
    }

    /**
     * The type an edit of one task is, judged by what it changed: the most consequential change
     * names it (a new deadline is 调整时限 even if progress changed with it).
     */
    public static AdjustmentType forEdit(Set<TaskField> changed) {
        if (changed.contains(TaskField.TITLE) || changed.contains(TaskField.MEASURES)) {
            return WORDING;
        }
        if (changed.contains(TaskField.DEADLINE)) {
            return DEADLINE;
        }
        if (changed.contains(TaskField.LEAD_UNITS)) {
            return LEAD_UNITS;
        }
        if (changed.contains(TaskField.PARTNER_UNITS)) {
            return PARTNER_UNITS;
        }
        return PROGRESS_FIELDS.containsAll(changed) ? PROGRESS : EDIT;
    }

    /** From the most consequential down: what names an adjustment that edits several tasks. */
    private static final java.util.List<AdjustmentType> WEIGHT = java.util.List.of(CANCEL, RESTORE, WORDING, DEADLINE,
            LEAD_UNITS, PARTNER_UNITS, EDIT, PROGRESS);

    /**
     * The type of one adjustment that edits several tasks (批量修改), each edit typed by {@link #ofEdit}:
     * the most consequential of them, so that it asks for a reason when any one of them needs it.
     */
    public static AdjustmentType ofEdits(java.util.Collection<AdjustmentType> types) {
        return WEIGHT.stream().filter(types::contains).findFirst().orElse(EDIT);
    }

    @Override
    public String toString() {
        return label;
    }
}
