package org.taizhang.core.history;

import org.taizhang.core.task.TaskField;

/** One field of one task, before and after an adjustment; empty text means empty. */
public record FieldChange(TaskField field, String before, String after) {
    public FieldChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
