package org.taizhang.ui.main;

import org.taizhang.core.task.Task;

/** A task as one line of the ledger table: the task and how deep it sits in the outline. */
public record TaskRow(Task task, int depth) {

    /** The 序号, indented by depth so the outline shows. */
    public String numberText() {
        return "\u3000".repeat(depth) + task.number().text();
    }
}
