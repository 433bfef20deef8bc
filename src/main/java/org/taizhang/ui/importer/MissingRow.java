package org.taizhang.ui.importer;

import org.taizhang.core.task.Task;

/** A task of the ledger the workbook should have reported on and did not (缺报). */
public record MissingRow(String number, String title, String leadUnits, String deadline, String status) {
    static MissingRow of(Task t) {
        return new MissingRow(t.number().text(), t.title(), t.leadUnits().text(), t.deadline().text(),
                t.status().label());
    }
}
