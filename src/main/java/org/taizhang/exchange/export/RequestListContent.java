package org.taizhang.exchange.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestList;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.core.text.TextDiff;

/**
 * A 动态调整清单 in words, once for the workbook and the Word document: the meeting, the title,
 * the ledger's line, the requests as rows in groups by type, the ledger's title and its check code
 * ("校验码 …") for the footer.
 *
 * <p>Rows are grouped by 调整类型 (in {@link RequestType}'s order: 时限, 牵头单位, 配合单位, 表述, 取消,
 * 合并, 拆分, 新增), not kept in arrival order: the committee weighs like matters together (postponements
 * against the year's schedule; cancellations and merges change what the ledger counts; new tasks
 * add work) and the office's own lists are laid out so, each group headed with its count. Within
 * a group the tasks come in the ledger's reading order, new ones as they arrived; the 序号 runs
 * through the whole list, so "清单第5项" names one request in the meeting's minutes.
 */
public record RequestListContent(String meeting, String title, String line, List<Section> sections, String ledger,
        String checkCode) {
    /** A 序号 such as "4." or "1.2": one a clerk says as 第4项. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)*\\.?");
    private static final String NONE = "—";

    /** A group of requests of one type, under its heading ("一、申请调整时限的任务（2项）"). */
    public record Section(String heading, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One request in the committee's columns; {@code diff} marks what 拟调整为 changes in 原内容
     * where the two hold the same fields (时限, 牵头单位, 配合单位, 表述), else null.
     */
    public record Row(String number, String task, String leadUnits, String type, String before, String proposed,
            String reason, String opinion, TextDiff diff) {
        public List<String> cells() {
            return List.of(number, task, leadUnits, type, before, proposed, reason, opinion);
        }

        /** The cells, 原内容 and 拟调整为 marked where they are compared. */
        public List<Object> markedCells() {
            List<Object> out = new ArrayList<>(cells());
            if (diff != null) {
                out.set(4, new DiffLook.Marked(diff.before()));
                out.set(5, new DiffLook.Marked(diff.after()));
            }
            return out;
        }
    }

    public RequestListContent {
        sections = List.copyOf(sections);
    }

    /** The column headers, in the order of {@link Row#cells()}. */
    public static List<String> headers() {
        return List.of(I18n.text("requestList.col.number"), I18n.text("requestList.col.task"),
                I18n.text("requestList.col.leadUnits"), I18n.text("requestList.col.type"),
                I18n.text("requestList.col.before"), I18n.text("requestList.col.proposed"),
                I18n.text("requestList.col.reason"), I18n.text("requestList.col.opinion"));
    }

    public int count() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }

    /**
     * The list in words. 原内容 is the task as the ledger holds it now; for a request the meeting
     * approved and the program applied, as it stood before that adjustment (the ledger now shows the
     * new values), so a list printed again after the meeting still reads as the committee read it.
     */
    public static RequestListContent of(LedgerService service, RequestList list, LocalDate today) {
        Map<Long, Task> tasks = new HashMap<>();
        Map<Long, Integer> reading = new HashMap<>();
        List<Task> ordered = service.ordered(service.tasks());
        for (int i = 0; i < ordered.size(); i++) {
            tasks.put(ordered.get(i).id(), ordered.get(i));
            reading.put(ordered.get(i).id(), i);
        }
        Map<RequestType, List<Request>> byType = new EnumMap<>(RequestType.class);
        for (Request r : list.requests()) {
            byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
        }
        List<Section> sections = new ArrayList<>();
        int number = 0;
        for (Map.Entry<RequestType, List<Request>> group : byType.entrySet()) {
            List<Request> requests = new ArrayList<>(group.getValue());
            // the ledger's reading order; new tasks (no task yet) after, as they arrived (a stable sort)
            requests.sort(java.util.Comparator.comparingInt(
                    r -> r.taskId() == null ? Integer.MAX_VALUE : reading.getOrDefault(r.taskId(), Integer.MAX_VALUE)));
            List<Row> rows = new ArrayList<>();
            for (Request r : requests) {
                rows.add(row(++number, r, asFound(service, r, tasks), tasks));
            }
            sections.add(new Section(I18n.text("requestList.section", Numerals.chinese(sections.size() + 1),
                    group.getKey().label(), rows.size()), rows));
        }
        var info = service.info();
        String ledger = info.title().contains(Integer.toString(info.year())) || info.year() == 0 ? info.title()
                : I18n.text("requestList.ledgerOfYear", info.title(), Integer.toString(info.year()));
        String meeting = list.isDraft() ? I18n.text("requestList.draft") : list.meeting();
        return new RequestListContent(meeting, I18n.text("requestList.title"),
                I18n.text("requestList.line", ledger, number, TaskRows.DAY.format(today)), sections, info.title(),
                I18n.text("report.checkCode", service.checkCode().text()));
    }

    /** The task as the request found it: now, or before the adjustment that applied it (the window's 原内容 too). */
    public static Task asFound(LedgerService service, Request r, Map<Long, Task> tasks) {
        Task now = r.taskId() == null ? null : tasks.get(r.taskId());
        if (now == null || r.adjustmentId() == null) {
            return now;
        }
        Task.Builder b = now.toBuilder();
        for (Adjustment a : service.historyOf(now.id())) {
            if (a.id() != r.adjustmentId()) {
                continue;
            }
            for (TaskChange c : a.changes()) {
                if (c.taskId() == now.id()) {
                    for (FieldChange f : c.fields()) {
                        f.field().write(b, f.before());
                    }
                }
            }
        }
        return b.build();
    }

    private static Row row(int number, Request r, Task task, Map<Long, Task> tasks) {
        Map<TaskField, String> to = r.proposed();
        String name;
        String lead;
        if (task != null) {
            name = task.label();
            lead = units(task.leadUnits().text());
        } else if (r.type() == RequestType.ADD) {
            String n = to.getOrDefault(TaskField.NUMBER, "");
            name = (n.isEmpty() ? "" : n + " ") + to.getOrDefault(TaskField.TITLE, "");
            lead = units(to.getOrDefault(TaskField.LEAD_UNITS, r.unit()));
        } else {
            name = I18n.text("log.unknownTask", r.taskId());
            lead = "";
        }
        String reason = r.reason();
        if (!lead.isEmpty() && !UnitList.parse(lead).contains(r.unit())) {
            reason = I18n.text("requestList.askedBy", r.unit(), reason); // a unit asking about a task it does not lead
        }
        String opinion = "";
        if (r.opinion() != null) {
            String note = r.opinion().note().strip();
            opinion = note.isEmpty() || note.equals(r.opinion().label()) ? r.opinion().label()
                    : r.opinion().label() + "\n" + note;
        }
        String before = orNone(before(r, task));
        String proposed = orNone(proposed(r, tasks));
        return new Row(Integer.toString(number), name, orNone(lead), r.type().label(), before, proposed, reason, opinion,
                diff(r.type(), before, proposed));
    }

    /** 原内容 against 拟调整为 where both name the same fields: a unit list as a list, the rest by character. */
    private static TextDiff diff(RequestType type, String before, String proposed) {
        if (before.equals(NONE) || proposed.equals(NONE)) {
            return null;
        }
        return switch (type) {
            case DEADLINE, WORDING -> TextDiff.of(before, proposed);
            case LEAD_UNITS, PARTNER_UNITS -> TextDiff.ofList(before, proposed);
            default -> null;
        };
    }

    /** 原内容: the task's present value of the fields the request would change. */
    private static String before(Request r, Task task) {
        if (task == null) {
            return NONE;
        }
        return switch (r.type()) {
            // a split makes the task's parts its measures: what it holds now is the task itself
            case CANCEL, MERGE, SPLIT -> labelled(TaskField.STATUS, task.status().label());
            case WORDING -> lines(r.type().fields().stream().filter(r.proposed()::containsKey)
                    .map(f -> labelled(f, f.read(task))).toList());
            default -> String.join("\n", r.type().fields().stream().map(f -> shown(f, f.read(task))).toList());
        };
    }

    /** A field's value as a reader reads it: units in order, without the ledger's "*" on the first. */
    private static String shown(TaskField f, String value) {
        return f == TaskField.LEAD_UNITS || f == TaskField.PARTNER_UNITS ? units(value) : value;
    }

    private static String units(String text) {
        return String.join("、", UnitList.parse(text).names());
    }

    /** 拟调整为, in words: 取消该项任务, 并入第4项 …, the new values. */
    private static String proposed(Request r, Map<Long, Task> tasks) {
        Map<TaskField, String> to = r.proposed();
        return switch (r.type()) {
            case CANCEL -> I18n.text("requestList.cancel");
            case MERGE -> {
                String into = to.getOrDefault(TaskField.MERGED_INTO, "");
                Task target = into.isEmpty() ? null : tasks.get(Long.parseLong(into));
                yield target == null ? I18n.text("requestList.mergeInto", I18n.text("log.unknownTask", into))
                        : I18n.text("requestList.mergeInto", itemName(target));
            }
            case ADD -> {
                List<String> lines = new ArrayList<>(List.of(I18n.text("requestList.add")));
                for (TaskField f : List.of(TaskField.DOMAIN, TaskField.MEASURES, TaskField.PARTNER_UNITS,
                        TaskField.DEADLINE, TaskField.DELIVERABLE)) {
                    if (!to.getOrDefault(f, "").isBlank()) {
                        lines.add(labelled(f, to.get(f)));
                    }
                }
                yield lines(lines);
            }
            case WORDING -> lines(r.type().fields().stream().filter(to::containsKey)
                    .map(f -> labelled(f, to.get(f))).toList());
            case SPLIT -> {
                // the parts, one a line, numbered (1) (2) … as the request recorded them
                List<String> parts = to.getOrDefault(TaskField.MEASURES, "").lines().filter(l -> !l.isBlank()).toList();
                List<String> lines = new ArrayList<>(List.of(I18n.text("requestList.split", parts.size())));
                lines.addAll(parts);
                yield lines(lines);
            }
            default -> String.join("\n", r.type().fields().stream().map(f -> shown(f, to.getOrDefault(f, ""))).toList());
        };
    }

    /** "第4项 开展营商环境对标提升行动" for a plain number; "（一） 深化…" as it is written otherwise. */
    private static String itemName(Task t) {
        String n = t.number().text().strip();
        if (PLAIN_NUMBER.matcher(n).matches()) {
            return I18n.text("requestList.item", n.endsWith(".") ? n.substring(0, n.length() - 1) : n, t.title());
        }
        return t.label();
    }

    /** "完成时限：11月底前"; an empty field is 无 (a dash after a colon reads as 一). */
    private static String labelled(TaskField f, String value) {
        return I18n.text("requestList.field", I18n.text(f.labelKey()),
                value.isBlank() ? I18n.text("requestList.empty") : value);
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines);
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }

    /**
     * Writes the list where the file's name says: .docx the Word document, .xlsx or .xls the
     * workbook; any other ending is refused before anything is written.
     */
    public void write(Path file, boolean replace) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            RequestListDocument.write(file, replace, this);
        } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            RequestListWorkbook.write(ExportTarget.of(file, replace), this);
        } else {
            throw new LedgerException("requestList.badFormat", file.getFileName());
        }
    }
}
