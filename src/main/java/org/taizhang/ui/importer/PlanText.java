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
import org.taizhang.core.text.TextDiff;
import org.taizhang.ui.ChangeLine;
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
    static List<ChangeLine> describe(ImportPlan.Entry e, ImportPlan plan, LongFunction<String> names, LocalDate today) {
        List<ChangeLine> lines = new ArrayList<>();
        switch (e.kind()) {
            case NEW -> {
                RowRef parentRow = e.row().parent();
                if (parentRow != null) {
                    String parent = plan.entries().stream().filter(p -> p.ref().equals(parentRow) && p.task() != null)
                            .map(p -> p.task().label()).findFirst()
                            .orElse(I18n.text("importer.newParentRow", parentRow.row()));
                    lines.add(plain("importer.newUnder", parent));
                }
                for (TaskField f : NEW_TASK_FIELDS) {
                    String v = f.read(e.proposed());
                    if (f == TaskField.DEADLINE && !v.isEmpty()) {
                        v += Describe.dateRead(e.proposed().deadline(), today);
                    }
                    if (!v.isEmpty()) {
                        lines.add(plain("importer.field", Describe.fieldName(f), v));
                    }
                }
            }
            case CHANGED -> e.changes().forEach(f -> lines.add(change(f, e, names, today)));
            case CONFLICT -> {
                Set<TaskField> inConflict = EnumSet.noneOf(TaskField.class);
                for (ImportPlan.Conflict c : e.conflicts()) {
                    inConflict.add(c.field());
                    lines.add(plain("importer.conflict", Describe.fieldName(c.field())));
                    lines.add(plain("importer.conflict.exported", Describe.value(c.field(), c.exported(), names)));
                    lines.add(plain("importer.conflict.ledger", Describe.value(c.field(), c.ledger(), names)));
                    lines.add(plain("importer.conflict.workbook", Describe.value(c.field(), c.workbook(), names)));
                }
                for (FieldChange f : e.changes()) {
                    if (!inConflict.contains(f.field())) {
                        lines.add(change(f, e, names, today));
                    }
                }
            }
            case UNCHANGED -> lines.add(plain("importer.unchanged"));
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
            lines.add(ChangeLine.plain(a.isNew() ? asked : asked + I18n.text("importer.ask.known", a.existing())));
            if (!a.reason().isEmpty()) {
                lines.add(plain("importer.ask.reason", a.reason()));
            }
        }
        return lines;
    }

    private static ChangeLine plain(String key, Object... args) {
        return ChangeLine.plain(I18n.text(key, args));
    }

    /** A changed field, its differences marked; a new deadline also says what it was read as. */
    private static ChangeLine change(FieldChange f, ImportPlan.Entry e, LongFunction<String> names, LocalDate today) {
        ChangeLine line = Describe.changeLine(f, names);
        if (f.field() != TaskField.DEADLINE) {
            return line;
        }
        List<TextDiff.Run> runs = new ArrayList<>(line.runs());
        String read = Describe.dateRead(e.proposed().deadline(), today);
        if (!read.isEmpty()) {
            runs.add(new TextDiff.Run(read, TextDiff.Mark.SAME));
        }
        return new ChangeLine(runs);
    }
}
