package org.taizhang.core.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Task;

/**
 * The line a window shows when another PC changed the ledger it has open (实时更新): who, when and
 * what, from the adjustment as the log holds it — "10:42 赵静 在另一台电脑上修改了任务 3 的进展情况".
 * One task's change names its fields (three, then how many more); an adjustment of several tasks
 * says its type and how many; one that changes no task (a request's or a 督办单's step) says what
 * was recorded.
 */
public final class RemoteChange {
    private static final int FIELDS_NAMED = 3;
    /** Types that need no word beside the fields they changed: the fields say it. */
    private static final Set<AdjustmentType> SAID_BY_FIELDS = Set.of(AdjustmentType.PROGRESS, AdjustmentType.EDIT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RemoteChange() {
    }

    /**
     * The line for {@code a}: its time as a clock time when it was made {@code today} (in {@code zone}),
     * else with its day; tasks named by {@code taskName} (e.g. {@link #byNumber}).
     */
    public static String line(Adjustment a, LongFunction<String> taskName, ZoneId zone, LocalDate today) {
        ZonedDateTime at = a.time().atZone(zone);
        String when = (at.toLocalDate().equals(today) ? CLOCK : DAY_AND_CLOCK).format(at);
        String who = a.operator().isBlank() ? I18n.text("watch.someone") : a.operator();
        List<TaskChange> changes = a.changes().stream().filter(c -> !c.isEmpty()).toList();
        if (changes.isEmpty()) {
            return I18n.text("watch.event", when, who, a.type().label());
        }
        if (changes.size() > 1) {
            return I18n.text("watch.many", when, who, a.type().label(), changes.size());
        }
        TaskChange c = changes.get(0);
        String task = taskName.apply(c.taskId());
        return switch (c.kind()) {
            case CREATE -> I18n.text("watch.created", when, who, task);
            case REMOVE -> I18n.text("watch.removed", when, who, task);
            case UPDATE -> SAID_BY_FIELDS.contains(a.type()) ? I18n.text("watch.updated", when, who, task, fields(c))
                    : I18n.text("watch.updatedAs", when, who, task, fields(c), a.type().label());
        };
    }

    /** "进展情况、状态", or "进展情况、状态、完成值等 5 项". */
    private static String fields(TaskChange c) {
        List<String> names = c.fields().stream().map(f -> I18n.text(f.field().labelKey())).toList();
        String named = String.join(I18n.text("watch.fieldSeparator"), names.subList(0, Math.min(FIELDS_NAMED, names.size())));
        return names.size() <= FIELDS_NAMED ? named : I18n.text("watch.fieldsMore", named, names.size());
    }

    /**
     * Tasks named by their 序号 as the office says it ("3." → 3, "一、" → 一, "（二）" as written);
     * one without a number by its title's start, one not among {@code tasks} (taken away) by its id.
     */
    public static LongFunction<String> byNumber(Map<Long, Task> tasks) {
        return id -> {
            Task t = tasks.get(id);
            if (t == null) {
                return I18n.text("watch.taskId", id);
            }
            if (t.number().isEmpty()) {
                return t.shortLabel(12);
            }
            return t.number().text().replaceFirst("[.．、]$", "");
        };
    }
}
