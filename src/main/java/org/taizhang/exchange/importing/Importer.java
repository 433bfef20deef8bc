package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.Source;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;

/**
 * Writes an accepted plan as one 导入 adjustment whose source is the workbook (name and SHA-256):
 * one transaction, all or nothing, undone as a whole. Rows the clerk excluded are left out; a new
 * measure whose new task is left out becomes a task of its own.
 */
public final class Importer {
    private Importer() {
    }

    /** Empty when the accepted rows change nothing. */
    public static Optional<Adjustment> apply(ImportPlan plan, Set<RowRef> excluded, LedgerService service, Note note) {
        List<Task> tasks = new ArrayList<>();
        Map<RowRef, Integer> positionOfNewRow = new HashMap<>();
        Map<RowRef, Long> matchedTask = new HashMap<>();
        plan.entries().stream().filter(e -> e.task() != null).forEach(e -> matchedTask.put(e.ref(), e.task().id()));
        for (ImportPlan.Entry e : plan.entries()) {
            if (excluded.contains(e.ref()) || e.kind() == ImportPlan.Kind.UNCHANGED) {
                continue;
            }
            Task t = e.proposed();
            if (e.kind() == ImportPlan.Kind.NEW) {
                positionOfNewRow.put(e.ref(), tasks.size() + 1);
                RowRef parentRow = e.row().parent();
                Long parent = null;
                if (parentRow != null) {
                    Integer position = positionOfNewRow.get(parentRow);
                    parent = position != null ? Long.valueOf(-position) : matchedTask.get(parentRow);
                }
                t = t.toBuilder().parentId(parent).build();
            }
            tasks.add(t);
        }
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        Source source = Source.file(plan.data().fileName(), plan.data().sha256());
        return Optional.of(service.commit(AdjustmentType.IMPORT, note.from(source), tasks));
    }

    /** The rows left out unless the clerk includes them: conflicts (and rows that change nothing). */
    public static Set<RowRef> defaultExclusions(ImportPlan plan) {
        Set<RowRef> out = new HashSet<>();
        plan.entries().stream().filter(e -> !e.includedByDefault()).forEach(e -> out.add(e.ref()));
        return out;
    }
}
