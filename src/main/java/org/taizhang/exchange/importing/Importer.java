package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.HashMap;
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
    public static Optional<Adjustment> apply(ImportPlan plan, Set<Integer> excludedRows, LedgerService service,
            Note note) {
        List<Task> tasks = new ArrayList<>();
        Map<Integer, Integer> positionOfNewRow = new HashMap<>();
        for (ImportPlan.Entry e : plan.entries()) {
            if (excludedRows.contains(e.row().row()) || e.kind() == ImportPlan.Kind.UNCHANGED) {
                continue;
            }
            Task t = e.proposed();
            if (e.kind() == ImportPlan.Kind.NEW) {
                positionOfNewRow.put(e.row().row(), tasks.size() + 1);
                Integer parentRow = e.row().parentRow();
                Long parent = null;
                if (parentRow != null) {
                    Integer position = positionOfNewRow.get(parentRow);
                    parent = position != null ? Long.valueOf(-position) : matchedTask(plan, parentRow);
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

    private static Long matchedTask(ImportPlan plan, int row) {
        return plan.entries().stream().filter(e -> e.row().row() == row && e.task() != null)
                .map(e -> e.task().id()).findFirst().orElse(null);
    }

    /** The rows left out unless the clerk includes them: conflicts (and rows that change nothing). */
    public static Set<Integer> defaultExclusions(ImportPlan plan) {
        Set<Integer> out = new java.util.HashSet<>();
        plan.entries().stream().filter(e -> !e.includedByDefault()).forEach(e -> out.add(e.row().row()));
        return out;
    }
}
