package org.taizhang.core.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.taizhang.core.Days;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.request.Detail;
import org.taizhang.core.task.Task;

/**
 * 督办 as the office runs it: as of a day it finds the lead units with tasks to chase and the level
 * of each ({@link NoticeRule}), issues one 督办单 per unit and level, numbered in the office's form
 * per year, and follows each until it is answered. Every step is an event on the hash-chained log
 * (下发督办单, 督办答复) that changes no task, its data in the sealed detail; a notice's state is what
 * its events say. Numbers are never reused: the next is one more than the highest of the year on the
 * log, and an issued notice is not undone (it went out on paper), so no undo can free a number.
 */
public final class Notices {
    private final LedgerService ledger;

    public Notices(LedgerService ledger) {
        this.ledger = ledger;
    }

    /** The notices one unit gets for one level, as planned before issuing: its tasks in the ledger's order. */
    public record Draft(String unit, NoticeLevel level, List<Task> tasks) {
        public Draft {
            tasks = List.copyOf(tasks);
        }
    }

    // ---- reading --------------------------------------------------------------------------------

    public NoticeSettings settings() {
        return NoticeSettings.of(ledger);
    }

    /** Every notice issued, oldest first, as the log leaves it. */
    public List<Notice> all() {
        return replay(ledger.noticeEvents());
    }

    public Optional<Notice> byNumber(String number) {
        String wanted = number.strip();
        return all().stream().filter(n -> n.number().equals(wanted) || Long.toString(n.id()).equals(wanted))
                .findFirst();
    }

    /** The notices as their events on {@code log} leave them (other adjustments are passed over). */
    public static List<Notice> replay(List<Adjustment> log) {
        Map<Long, Notice> out = new LinkedHashMap<>();
        for (Adjustment a : log) {
            if (!a.type().isNoticeEvent()) {
                continue;
            }
            Map<String, String> d = Detail.decode(a.detail());
            if (a.type() == AdjustmentType.NOTICE) {
                List<Long> tasks = new ArrayList<>();
                for (String id : d.getOrDefault("tasks", "").split(",")) {
                    if (!id.isBlank()) {
                        tasks.add(Long.valueOf(id.strip()));
                    }
                }
                out.put(a.id(), new Notice(a.id(), d.get("number"), Integer.parseInt(d.get("year")),
                        Integer.parseInt(d.get("seq")), d.getOrDefault("unit", ""), NoticeLevel.of(d.get("level")), tasks,
                        LocalDate.parse(d.get("asOf")), LocalDate.parse(d.get("issued")), LocalDate.parse(d.get("replyBy")),
                        d.getOrDefault("office", ""), d.getOrDefault("contact", ""), a.time(), null, ""));
            } else {
                Notice n = out.get(Long.parseLong(d.getOrDefault("notice", "0")));
                if (n == null) {
                    throw new LedgerException("request.detailDamaged", a.detail());
                }
                out.put(n.id(), n.answeredOn(LocalDate.parse(d.get("date")), a.reason()));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The seq the next notice of {@code year} gets: one more than the highest of that year on the log. */
    public int nextSeq(int year) {
        return all().stream().filter(n -> n.year() == year).mapToInt(Notice::seq).max().orElse(0) + 1;
    }

    /**
     * The tasks with a notice not answered at the end of {@code day} (open or overdue), each with the
     * highest such notice: what the ledger's table marks.
     */
    public static Map<Long, Notice> openByTask(List<Notice> notices, LocalDate day) {
        Map<Long, Notice> out = new HashMap<>();
        for (Notice n : notices) {
            if (n.issued().isAfter(day) || n.state(day) == Notice.State.ANSWERED) {
                continue;
            }
            for (long t : n.tasks()) {
                out.merge(t, n, (a, b) -> b.level().ordinal() < a.level().ordinal() ? b : a);
            }
        }
        return out;
    }

    /**
     * What a batch as of {@code asOf} would issue: for each lead unit (a task's main lead unit, a
     * measure without one its parent's) and each level asked for, the tasks at that level, in the
     * ledger's order; units in the order they first appear. {@code unit} null or blank: every unit.
     */
    public List<Draft> plan(LocalDate asOf, Set<NoticeLevel> levels, String unit) {
        int blueDays = settings().blueDays();
        List<Task> tasks = ledger.tasksAsOf(Days.endOf(asOf, ledger.clock().getZone()));
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        Map<String, Map<NoticeLevel, List<Task>>> byUnit = new LinkedHashMap<>();
        for (Task t : tasks) {
            Optional<NoticeLevel> level = NoticeRule.of(t, asOf, blueDays);
            if (level.isEmpty() || !levels.contains(level.get())) {
                continue;
            }
            String lead = leadOf(t, byId);
            if (lead.isEmpty() || unit != null && !unit.isBlank() && !unit.strip().equals(lead)) {
                continue;
            }
            byUnit.computeIfAbsent(lead, k -> new TreeMap<>()).computeIfAbsent(level.get(), k -> new ArrayList<>())
                    .add(t);
        }
        List<Draft> out = new ArrayList<>();
        byUnit.forEach((u, m) -> m.forEach((l, ts) -> out.add(new Draft(u, l, ts))));
        out.sort(Comparator.comparing((Draft d) -> d.level().ordinal())); // red first, units in order within
        return out;
    }

    public List<Draft> plan(LocalDate asOf) {
        return plan(asOf, EnumSet.allOf(NoticeLevel.class), null);
    }

    private static String leadOf(Task t, Map<Long, Task> byId) {
        Task at = t;
        int guard = 0;
        while (at != null && guard++ < 64) {
            String lead = at.leadUnits().primary();
            if (!lead.isEmpty()) {
                return lead.strip();
            }
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        return "";
    }

    /** What a notice's event says, in the office's words, for a timeline or the log. */
    public static String describe(Adjustment a) {
        Map<String, String> d = Detail.decode(a.detail());
        if (a.type() == AdjustmentType.NOTICE) {
            return org.taizhang.core.I18n.text("notice.event.issued", NoticeLevel.of(d.get("level")).label(),
                    d.get("number"), d.getOrDefault("unit", ""), d.getOrDefault("tasks", "").split(",").length,
                    d.get("replyBy"));
        }
        return org.taizhang.core.I18n.text("notice.event.answered", d.get("number"), d.get("date"));
    }

    // ---- the steps --------------------------------------------------------------------------------

    /**
     * Issues the drafts as notices, today (the ledger's clock), all in one transaction: each gets the
     * next number of the year, a reply deadline {@code replyDays} working days on, and the office
     * and contact of the settings; each is one 下发督办单 event naming its tasks.
     */
    public List<Notice> issue(List<Draft> drafts, LocalDate asOf, Note note) {
        if (drafts.isEmpty()) {
            throw new LedgerException("notice.nothingToIssue");
        }
        NoticeSettings s = settings();
        LocalDate today = LocalDate.now(ledger.clock());
        LocalDate replyBy = WorkingDays.after(today, s.replyDays());
        List<Long> ids = ledger.together(() -> {
            int seq = nextSeq(today.getYear());
            List<Long> out = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.tasks().isEmpty()) {
                    continue;
                }
                Map<String, String> detail = new TreeMap<>();
                detail.put("number", s.number(today.getYear(), seq));
                detail.put("year", Integer.toString(today.getYear()));
                detail.put("seq", Integer.toString(seq));
                detail.put("unit", d.unit());
                detail.put("level", d.level().code());
                detail.put("tasks", String.join(",", d.tasks().stream().map(t -> Long.toString(t.id())).toList()));
                detail.put("asOf", asOf.toString());
                detail.put("issued", today.toString());
                detail.put("replyBy", replyBy.toString());
                detail.put("office", s.office());
                detail.put("contact", s.contact());
                out.add(ledger.event(AdjustmentType.NOTICE, note.withDetail(Detail.encode(detail))).id());
                seq++;
            }
            return out;
        });
        return all().stream().filter(n -> ids.contains(n.id())).toList();
    }

    /**
     * Marks a notice answered on {@code day} (not before it was issued, not after today); the note's reason is what the
     * unit answered. A notice is answered once.
     */
    public Notice answer(String number, LocalDate day, Note note) {
        Notice n = byNumber(number).orElseThrow(() -> new LedgerException("notice.notFound", number));
        if (n.answered() != null) {
            throw new LedgerException("notice.alreadyAnswered", n.number(), n.answered());
        }
        if (day.isAfter(LocalDate.now(ledger.clock()))) {
            throw new LedgerException("notice.answerInFuture", n.number(), day);
        }
        if (day.isBefore(n.issued())) {
            throw new LedgerException("notice.answerBeforeIssued", n.number(), n.issued());
        }
        ledger.event(AdjustmentType.NOTICE_ANSWERED, note.withDetail(Detail.encode(
                Map.of("notice", Long.toString(n.id()), "number", n.number(), "date", day.toString()))));
        return byNumber(n.number()).orElseThrow();
    }
}
