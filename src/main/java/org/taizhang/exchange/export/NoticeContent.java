package org.taizhang.exchange.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.Days;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.notice.Notice;
import org.taizhang.core.notice.NoticeLevel;
import org.taizhang.core.notice.NoticeSettings;
import org.taizhang.core.notice.Notices;
import org.taizhang.core.notice.WorkingDays;
import org.taizhang.core.task.Schedule;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/**
 * A 督办单 in words, once for the Word document and its file name: the level, the issuing office,
 * the number, the unit addressed, what is found and what is asked, the tasks (序号, 改革任务, 完成时限,
 * days overdue or left, the last progress and the day it was reported), the reply deadline, the
 * contact person, the date, and the check code of the ledger as of the day judged. A preview
 * (nothing recorded) names the number the notice would get and says it is a preview.
 */
public record NoticeContent(NoticeLevel level, String number, String office, String unit, String finding,
        String asked, List<Row> rows, String contact, String signature, String checkCode, boolean preview) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** One task on the notice. */
    public record Row(String number, String task, String deadline, String days, String progress) {
        public List<String> cells() {
            return List.of(number, task, deadline, days, progress);
        }
    }

    public NoticeContent {
        rows = List.copyOf(rows);
    }

    public static List<String> headers() {
        return List.of(I18n.text("noticeDoc.col.number"), I18n.text("noticeDoc.col.task"),
                I18n.text("noticeDoc.col.deadline"), I18n.text("noticeDoc.col.days"),
                I18n.text("noticeDoc.col.progress"));
    }

    /** The title on the band: 红色督办单. */
    public String title() {
        return I18n.text("noticeDoc.title", level.label());
    }

    /** The file's name without extension: 红色督办单-市医保局-改革督〔2023〕1号 (a preview: …-预览). */
    public String fileName() {
        String name = title() + "-" + unit + "-" + number + (preview ? "-" + I18n.text("noticeDoc.preview") : "");
        return name.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
    }

    /** An issued notice as it went out. */
    public static NoticeContent of(LedgerService service, Notice n) {
        Map<Long, Task> byId = new HashMap<>();
        service.tasksAsOf(Days.endOf(n.asOf(), service.clock().getZone())).forEach(t -> byId.put(t.id(), t));
        List<Task> tasks = n.tasks().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return make(service, n.level(), n.number(), n.office(), n.contact(), n.unit(), tasks, n.asOf(), n.issued(),
                n.replyBy(), false);
    }

    /** A planned notice before it is issued: the number it would get, today's date, and "预览". */
    public static NoticeContent preview(LedgerService service, Notices.Draft d, LocalDate asOf, String number) {
        NoticeSettings s = NoticeSettings.of(service);
        LocalDate today = LocalDate.now(service.clock());
        return make(service, d.level(), number, s.office(), s.contact(), d.unit(), d.tasks(), asOf, today,
                WorkingDays.after(today, s.replyDays()), true);
    }

    private static NoticeContent make(LedgerService service, NoticeLevel level, String number, String office,
            String contact, String unit, List<Task> tasks, LocalDate asOf, LocalDate issued, LocalDate replyBy,
            boolean preview) {
        ZoneId zone = service.clock().getZone();
        Instant end = Days.endOf(asOf, zone);
        Map<Long, Task> byId = new HashMap<>();
        service.tasksAsOf(end).forEach(t -> byId.put(t.id(), t));
        List<Row> rows = new ArrayList<>();
        for (Task t : tasks) {
            rows.add(new Row(fullNumber(t, byId), t.title(), t.deadline().text(), days(level, t, asOf),
                    progress(service, t, end, zone)));
        }
        String finding = I18n.text("noticeDoc.finding." + level.code(), DAY.format(asOf), tasks.size());
        String asked = I18n.text("noticeDoc.asked." + level.code(), DAY.format(replyBy), office);
        String line = contact.isEmpty() ? "" : I18n.text("noticeDoc.contact", contact);
        return new NoticeContent(level, number, office, unit, finding, asked, rows, line,
                office + "\n" + DAY.format(issued),
                I18n.text("report.checkCode", service.checkCode(end).text()), preview);
    }

    /** A measure's 序号 under its task's, "49.(2)", so that it names one row of the ledger. */
    private static String fullNumber(Task t, Map<Long, Task> byId) {
        String number = t.number().text();
        Task parent = t.parentId() == null ? null : byId.get(t.parentId());
        return parent == null || parent.number().isEmpty() ? number : fullNumber(parent, byId) + number;
    }

    /** 逾期N天 (到期未完成 when due on that day) for an overdue task; 剩余N天 for one still to come; — for an undated one. */
    static String days(NoticeLevel level, Task t, LocalDate asOf) {
        if (Schedule.isOverdue(t, asOf)) {
            int late = Schedule.daysLate(t, asOf);
            return late == 0 ? I18n.text("noticeDoc.dueToday") : I18n.text("noticeDoc.daysLate", late);
        }
        if (Schedule.due(t, asOf) == null) {
            return "—";
        }
        return I18n.text("noticeDoc.daysLeft", Schedule.daysLeft(t, asOf));
    }

    /** The task's 进展情况 as last reported by the end of the day judged, with that day; 未报送 when never. */
    private static String progress(LedgerService service, Task t, Instant end, ZoneId zone) {
        Instant when = null;
        for (Adjustment a : service.historyOf(t.id())) {
            if (a.time().isAfter(end)) {
                break;
            }
            for (TaskChange c : a.changes()) {
                if (c.taskId() == t.id() && c.fields().stream().map(FieldChange::field)
                        .anyMatch(f -> f == TaskField.PROGRESS)) {
                    when = a.time();
                }
            }
        }
        if (when == null || t.progress().isBlank()) {
            return I18n.text("noticeDoc.noProgress");
        }
        return t.progress().strip() + "\n" + I18n.text("noticeDoc.reportedOn", DAY.format(when.atZone(zone).toLocalDate()));
    }
}
