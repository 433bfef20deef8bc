package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.Source;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.notice.Notice;
import org.taizhang.core.notice.Notices;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Task;

/**
 * Writes an accepted plan as one 导入 adjustment whose source is the workbook (name and SHA-256):
 * one transaction, all or nothing, undone as a whole. Rows the clerk excluded are left out; a new
 * measure whose new task is left out becomes a task of its own. What the rows ask for is received
 * as requests ({@link #receive}), each pointing to its sheet and row.
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
            if (excluded.contains(e.ref()) || e.kind() == ImportPlan.Kind.UNCHANGED || e.kind() == ImportPlan.Kind.ASKS) {
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
                if (!java.util.Objects.equals(parent, t.parentId())) { // else the plan's own task: no copy of it
                    t = t.toBuilder().parentId(parent).build();
                }
            }
            tasks.add(t);
        }
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        Source source = Source.file(plan.data().fileName(), plan.data().sha256());
        return Optional.of(service.commit(AdjustmentType.IMPORT, note.from(source), tasks));
    }

    /**
     * Receives what the included rows ask for as requests, from the workbook (name, SHA-256, sheet,
     * row); an ask an open request already makes is not received again. The unit's reason, or
     * that it gave none.
     */
    public static List<Adjustment> receive(ImportPlan plan, Set<RowRef> excluded, LedgerService service, Note note) {
        Requests requests = new Requests(service);
        Source source = Source.file(plan.data().fileName(), plan.data().sha256());
        List<Adjustment> out = new ArrayList<>();
        for (ImportPlan.Entry e : plan.entries()) {
            if (excluded.contains(e.ref())) {
                continue;
            }
            for (ImportPlan.Ask ask : e.asks()) {
                if (ask.isNew()) {
                    String reason = ask.reason().isEmpty() ? I18n.text("import.request.noReason") : ask.reason();
                    out.add(requests.receive(e.task() == null ? null : e.task().id(), ask.unit(), ask.type(),
                            ask.proposed(), new Note(note.operator(), reason, "", source),
                            new Request.Place(e.row().sheet(), e.row().row())));
                }
            }
        }
        return out;
    }

    /**
     * The 督办单 a return answers: an unanswered notice to a unit whose return now reports on one of
     * its tasks (progress, status or figures in the rows taken) is marked answered today, the
     * answer naming the return. A notice to another unit, or one whose tasks the return leaves
     * unreported, stays open.
     */
    public static List<Notice> answer(ImportPlan plan, Set<RowRef> excluded, LedgerService service, Note note) {
        Set<Long> reported = new HashSet<>();
        for (ImportPlan.Entry e : plan.entries()) {
            if (!excluded.contains(e.ref()) && e.task() != null && e.changes().stream().anyMatch(c ->
                    REPORTED.contains(c.field()))) {
                reported.add(e.task().id());
            }
        }
        if (reported.isEmpty()) {
            return List.of();
        }
        Notices notices = new Notices(service);
        java.time.LocalDate today = java.time.LocalDate.now(service.clock());
        Set<String> units = new HashSet<>(plan.data().units());
        Source source = Source.file(plan.data().fileName(), plan.data().sha256());
        List<Notice> out = new ArrayList<>();
        for (Notice n : notices.all()) {
            boolean toThisUnit = units.isEmpty() || units.contains(n.unit());
            if (n.answered() == null && toThisUnit && !n.issued().isAfter(today)
                    && n.tasks().stream().anyMatch(reported::contains)) {
                out.add(notices.answer(n.number(), today, new Note(note.operator(),
                        I18n.text("import.noticeAnswered", plan.data().fileName()), "", source)));
            }
        }
        return out;
    }

    /** What a unit reports on a task: a return that changes one of these answers the task's 督办单. */
    private static final Set<org.taizhang.core.task.TaskField> REPORTED = Set.of(
            org.taizhang.core.task.TaskField.PROGRESS, org.taizhang.core.task.TaskField.STATUS,
            org.taizhang.core.task.TaskField.ACTUAL, org.taizhang.core.task.TaskField.PROBLEMS,
            org.taizhang.core.task.TaskField.NEXT_STEPS);

    /** The rows left out unless the clerk includes them: conflicts (and rows that change nothing). */
    public static Set<RowRef> defaultExclusions(ImportPlan plan) {
        Set<RowRef> out = new HashSet<>();
        plan.entries().stream().filter(e -> !e.includedByDefault()).forEach(e -> out.add(e.ref()));
        return out;
    }
}
