package org.taizhang.core.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.Replay;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.DeadlineKind;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/**
 * What the office wants pointed out on a request (设置): it arrived after its task's deadline had
 * passed, its task has been adjusted N times this year already, it postpones past the year's end.
 * Flags are shown beside a request, never enforced: the committee may still approve it.
 */
public final class Flags {
    /** The rules, as the office set them; {@code often} 0 leaves that flag off. */
    public record Rule(boolean late, int often, boolean pastYear) {
        public static final Rule DEFAULT = new Rule(true, 2, true);

        public Rule {
            if (often < 0 || often > 99) {
                throw new org.taizhang.core.LedgerException("request.flag.badOften", often);
            }
        }
    }

    /** One flag: its kind (the --json code) and the words shown. */
    public record Flag(Kind kind, String text) {
    }

    public enum Kind {
        LATE, OFTEN, PAST_YEAR
    }

    private static final String LATE = "request.flag.late";
    private static final String OFTEN = "request.flag.often";
    private static final String PAST_YEAR = "request.flag.pastYear";

    private final LedgerService ledger;

    public Flags(LedgerService ledger) {
        this.ledger = ledger;
    }

    public Rule rule() {
        Rule d = Rule.DEFAULT;
        return new Rule(Boolean.parseBoolean(ledger.setting(LATE).orElse(Boolean.toString(d.late()))),
                Integer.parseInt(ledger.setting(OFTEN).orElse(Integer.toString(d.often()))),
                Boolean.parseBoolean(ledger.setting(PAST_YEAR).orElse(Boolean.toString(d.pastYear()))));
    }

    public void save(Rule rule) {
        ledger.together(() -> {
            ledger.saveSetting(LATE, Boolean.toString(rule.late()));
            ledger.saveSetting(OFTEN, Integer.toString(rule.often()));
            ledger.saveSetting(PAST_YEAR, Boolean.toString(rule.pastYear()));
            return null;
        });
    }

    /** Each request's flags under the office's rules, judged by the ledger as it stood when the request arrived. */
    public Map<Long, List<Flag>> of(ZoneId zone) {
        return of(ledger.log(), rule(), ledger.info().year(), zone);
    }

    /** Each request's flags on {@code log}: the task as the log left it when the request arrived. */
    public static Map<Long, List<Flag>> of(List<Adjustment> log, Rule rule, int year, ZoneId zone) {
        Map<Long, Task> tasks = new HashMap<>();
        Map<Long, Integer> adjustedThisYear = new HashMap<>();
        Map<Long, List<Flag>> out = new HashMap<>();
        for (Adjustment a : log) {
            for (TaskChange c : a.changes()) {
                Replay.apply(tasks, c);
                if (counts(a) && LocalDate.ofInstant(a.time(), zone).getYear() == year) {
                    adjustedThisYear.merge(c.taskId(), 1, Integer::sum);
                }
            }
            if (a.type() != AdjustmentType.REQUEST) {
                continue;
            }
            Map<String, String> d = Detail.decode(a.detail());
            String taskId = d.getOrDefault("task", "");
            Task task = taskId.isEmpty() ? null : tasks.get(Long.valueOf(taskId));
            List<Flag> flags = new ArrayList<>();
            LocalDate arrived = LocalDate.ofInstant(a.time(), zone);
            if (rule.late() && task != null && task.deadline().date() != null
                    && arrived.isAfter(task.deadline().date())) {
                flags.add(new Flag(Kind.LATE, I18n.text("request.flag.lateText", task.deadline().text())));
            }
            int adjusted = task == null ? 0 : adjustedThisYear.getOrDefault(task.id(), 0);
            if (rule.often() > 0 && adjusted >= rule.often()) {
                flags.add(new Flag(Kind.OFTEN, I18n.text("request.flag.oftenText", adjusted)));
            }
            String to = d.get("to." + TaskField.DEADLINE.code());
            // a 结转 is to next year by what it is: no flag for saying so
            if (rule.pastYear() && to != null && !RequestType.CARRY_OVER.name().equals(d.get("type"))
                    && pastYear(to, year)) {
                flags.add(new Flag(Kind.PAST_YEAR, I18n.text("request.flag.pastYearText", to)));
            }
            if (!flags.isEmpty()) {
                out.put(a.id(), flags);
            }
        }
        return out;
    }

    /** The structural adjustments of the year: what "adjusted N times" counts (not progress, not undo). */
    private static boolean counts(Adjustment a) {
        return a.type().needsReason() && a.type() != AdjustmentType.UNDO && !a.type().changesNoTask();
    }

    /** A new deadline after 31 December of the ledger's year, or none at all any more (持续推进). */
    private static boolean pastYear(String deadline, int year) {
        Deadline d = Deadline.parseLenient(deadline, year);
        return d.date() != null ? d.date().getYear() > year
                : d.kind() == DeadlineKind.ONGOING || d.kind() == DeadlineKind.UNDATED;
    }
}
