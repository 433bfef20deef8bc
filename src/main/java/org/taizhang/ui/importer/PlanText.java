package org.taizhang.ui.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.taizhang.core.I18n;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.RowRef;
import org.taizhang.exchange.importing.SheetTable;
import org.taizhang.exchange.importing.WorkbookData;
import org.taizhang.ui.Describe;

/** The import plan in the clerk's words: where the header was found, and what each entry would do. */
final class PlanText {
    /** A new task's fields worth showing in the plan, besides its 序号 and title (in their own columns). */
    private static final List<TaskField> NEW_TASK_FIELDS = List.of(TaskField.DOMAIN, TaskField.MEASURES,
            TaskField.LEAD_UNITS, TaskField.PARTNER_UNITS, TaskField.LEADER, TaskField.CONTACT, TaskField.DEADLINE,
            TaskField.DELIVERABLE, TaskField.STATUS, TaskField.PROGRESS, TaskField.PROBLEMS, TaskField.NEXT_STEPS,
            TaskField.TARGET, TaskField.ACTUAL, TaskField.VALUE_UNIT, TaskField.REMARKS);

    private PlanText() {
    }

    /** 表头在第 N 行, or per sheet when several were read. */
    static String header(WorkbookData data) {
        List<String> parts = new ArrayList<>();
        for (SheetTable t : data.tables()) {
            int last = t.layout().headerRow() + 1;
            String one = t.layout().headerRows() > 1
                    ? I18n.text("importer.headerRows", last - t.layout().headerRows() + 1, last)
                    : I18n.text("importer.headerRow", last);
            parts.add(data.tables().size() > 1 ? I18n.text("importer.sheetHeader", t.sheet().name(), one) : one);
        }
        return String.join(I18n.text("importer.state.and"), parts);
    }

    /** What an entry would do, a line each: the changed fields, a new task's fields, a conflict's three values, what it asks. */
    static String describe(ImportPlan.Entry e, ImportPlan plan, LongFunction<String> names, LocalDate today) {
        List<String> lines = new ArrayList<>();
        switch (e.kind()) {
            case NEW -> {
                RowRef parentRow = e.row().parent();
                if (parentRow != null) {
                    String parent = plan.entries().stream().filter(p -> p.ref().equals(parentRow) && p.task() != null)
                            .map(p -> p.task().label()).findFirst()
                            .orElse(I18n.text("importer.newParentRow", parentRow.row()));
                    lines.add(I18n.text("importer.newUnder", parent));
                }
                for (TaskField f : NEW_TASK_FIELDS) {
                    String v = f.read(e.proposed());
                    if (f == TaskField.DEADLINE && !v.isEmpty()) {
                        v += Describe.dateRead(e.proposed().deadline(), today);
                    }
                    if (!v.isEmpty()) {
                        lines.add(I18n.text("importer.field", Describe.fieldName(f), v));
                    }
                }
            }
            case CHANGED -> e.changes().forEach(f -> lines.add(change(f, e, names, today)));
            case CONFLICT -> {
                Set<TaskField> inConflict = EnumSet.noneOf(TaskField.class);
                for (ImportPlan.Conflict c : e.conflicts()) {
                    inConflict.add(c.field());
                    lines.add(I18n.text("importer.conflict", Describe.fieldName(c.field())));
                    lines.add(I18n.text("importer.conflict.exported", Describe.value(c.field(), c.exported(), names)));
                    lines.add(I18n.text("importer.conflict.ledger", Describe.value(c.field(), c.ledger(), names)));
                    lines.add(I18n.text("importer.conflict.workbook", Describe.value(c.field(), c.workbook(), names)));
                }
                for (FieldChange f : e.changes()) {
                    if (!inConflict.contains(f.field())) {
                        lines.add(change(f, e, names, today));
                    }
                }
            }
            case UNCHANGED -> lines.add(I18n.text("importer.unchanged"));
            case ASKS -> {
                // what it asks is below
            }
        }
        for (ImportPlan.Ask a : e.asks()) {
            List<String> values = new ArrayList<>();
            a.proposed().forEach((f, v) -> values.add(I18n.text("importer.field", Describe.fieldName(f),
                    Describe.value(f, v, names))));
            String asked = I18n.text(a.changedInPlace() ? "importer.ask.inPlace" : "importer.ask", a.unit(),
                    a.type().label(), String.join("；", values));
            lines.add(a.isNew() ? asked : asked + I18n.text("importer.ask.known", a.existing()));
            if (!a.reason().isEmpty()) {
                lines.add(I18n.text("importer.ask.reason", a.reason()));
            }
        }
        return String.join("\n", lines);
    }

    /** A changed field; a new deadline also says what it was read as. */
    private static String change(FieldChange f, ImportPlan.Entry e, LongFunction<String> names, LocalDate today) {
        String line = Describe.change(f, names);
        return f.field() == TaskField.DEADLINE ? line + Describe.dateRead(e.proposed().deadline(), today) : line;
    }
}
