package org.taizhang.core.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.LedgerStore;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.notice.Notice;
import org.taizhang.core.notice.NoticeLevel;
import org.taizhang.core.notice.NoticeSettings;
import org.taizhang.core.notice.Notices;
import org.taizhang.core.notice.WorkingDays;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;

/**
 * The sample ledger a newcomer sees first: a prefecture-level city's 2023 reform ledger, built by
 * replaying its year through the real service, so its history is as real as any office's: the
 * baseline set up in March, quarterly progress, postponements, a cancellation, merges, a split,
 * tasks added mid-year, and the units' adjustment requests reviewed and decided at two meetings of
 * the 深改委 (some approved, one refused, one withdrawn, one open). The data lives in
 * {@code tasks.tsv}, {@code events.tsv} and {@code requests.tsv} beside this class.
 */
public final class SampleLedger {
    public static final String TITLE = "北疆市2023年全面深化改革任务台账";
    public static final int YEAR = 2023;
    /** The office's time zone; the sample's dates are its office hours. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final LocalDate BASELINE_DAY = LocalDate.of(2023, 3, 20);
    private static final String CLERK = "赵静";
    private static final List<String> DOMAINS = List.of("经济体制改革", "生态文明体制改革", "党的建设制度改革",
            "社会体制改革", "民主法制领域改革", "农业农村改革", "放管服改革", "文化体制改革");

    private SampleLedger() {
    }

    /**
     * The year's events with each request's steps (申请, 意见, 列入清单, 决定, 撤回) put in among them
     * on their days; a step keeps its request's row under 申请键.
     */
    private static List<Map<String, String>> steps(List<Map<String, String>> events, List<Map<String, String>> requests) {
        List<Map<String, String>> out = new ArrayList<>(events);
        String[][] kinds = {{"申请", "收到日期"}, {"意见", "意见日期"}, {"列入清单", "清单日期"}, {"决定", "决定日期"},
            {"撤回", "撤回日期"}};
        for (Map<String, String> r : requests) {
            for (String[] k : kinds) {
                if (!r.get(k[1]).isEmpty()) {
                    Map<String, String> step = new LinkedHashMap<>(r);
                    step.put("日期", r.get(k[1]));
                    step.put("申请类型", r.get("类型"));
                    step.put("类型", k[0]);
                    out.add(step);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(e -> e.get("日期"))); // stable: a day's events keep their order
        return out;
    }

    /**
     * The 督办 batches of notices.tsv as steps among the year's events: the batch on its day, the
     * answers of its units {@code 答复工作日} working days later, a late unit's answer 8 working days
     * later (after its reply deadline of 5), and a unit named 未答复 never answering (overdue).
     */
    private static List<Map<String, String>> noticeSteps(List<Map<String, String>> events,
            List<Map<String, String>> batches) {
        List<Map<String, String>> out = new ArrayList<>(events);
        for (Map<String, String> b : batches) {
            LocalDate day = LocalDate.parse(b.get("日期"));
            Map<String, String> issue = new LinkedHashMap<>(b);
            issue.put("类型", "督办");
            out.add(issue);
            Map<String, String> answer = new LinkedHashMap<>(b);
            answer.put("类型", "督办答复");
            answer.put("日期", WorkingDays.after(day, Integer.parseInt(b.get("答复工作日"))).toString());
            out.add(answer);
            if (!b.get("迟复单位").isEmpty()) {
                Map<String, String> late = new LinkedHashMap<>(b);
                late.put("类型", "督办迟复");
                late.put("日期", WorkingDays.after(day, 8).toString());
                out.add(late);
            }
        }
        out.sort(java.util.Comparator.comparing(e -> e.get("日期"))); // stable: a day's events keep their order
        return out;
    }

    /** The office's 督办 settings in the sample. */
    public static final NoticeSettings NOTICE_SETTINGS = new NoticeSettings("中共北疆市委全面深化改革委员会办公室", "改革督", 5,
            "赵静　0477-8581234", 30);

    /** Fills an empty ledger store with the sample's reference lists, tasks and year of adjustments. */
    public static void populate(LedgerStore store) {
        List<Map<String, String>> taskRows = read("tasks.tsv");
        List<Map<String, String>> events = noticeSteps(steps(read("events.tsv"), read("requests.tsv")),
                read("notices.tsv"));
        SettableClock clock = new SettableClock(BASELINE_DAY.atTime(9, 0).atZone(ZONE).toInstant());
        LedgerService service = new LedgerService(store, clock);
        store.inTransaction(() -> {
            DOMAINS.forEach(d -> store.saveDomain(new org.taizhang.core.reference.Domain(0, d, 0)));
            for (String unit : unitsOf(taskRows)) {
                store.saveUnit(new Unit(0, unit, "", levelOf(unit), 0));
            }
            NOTICE_SETTINGS.save(service);
            new Builder(service, clock, taskRows).run(events);
            return null;
        });
    }

    /** 市直部门 for the city's bureaus, 旗县区 for its districts and banners. */
    private static String levelOf(String unit) {
        if (unit.startsWith("市") || unit.contains("人民法院") || unit.contains("检察院")) {
            return "市直部门";
        }
        if (unit.endsWith("区") || unit.endsWith("旗") || unit.endsWith("县") || unit.contains("旗县")) {
            return "旗县区";
        }
        return "其他";
    }

    private static Set<String> unitsOf(List<Map<String, String>> rows) {
        Set<String> units = new LinkedHashSet<>();
        for (Map<String, String> r : rows) {
            units.addAll(UnitList.parse(r.get("牵头单位")).names());
            units.addAll(UnitList.parse(r.get("配合单位")).names());
        }
        return units;
    }

    /** Replays the sample's year. Tasks are known by their outline key: "5." or "5.(2)" for a measure. */
    private static final class Builder {
        private final LedgerService service;
        private final SettableClock clock;
        private final List<Map<String, String>> rows;
        private final Map<String, Long> ids = new HashMap<>();

        Builder(LedgerService service, SettableClock clock, List<Map<String, String>> rows) {
            this.service = service;
            this.clock = clock;
            this.rows = rows;
            this.requests = new Requests(service);
            this.notices = new Notices(service);
        }

        void run(List<Map<String, String>> events) {
            Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
            String parent = null;
            for (Map<String, String> r : rows) {
                String number = r.get("序号");
                boolean child = number.startsWith("(") || number.startsWith("（");
                if (!child) {
                    parent = number;
                }
                byKey.put(child ? parent + number : number, r);
            }
            addBaseline(byKey);
            for (Map<String, String> e : events) {
                addMidYearTasksBefore(LocalDate.parse(e.get("日期")), byKey);
                apply(e, byKey);
            }
            addMidYearTasksBefore(LocalDate.of(YEAR, 12, 31), byKey);
        }

        private void addBaseline(Map<String, Map<String, String>> byKey) {
            List<String> keys = new ArrayList<>();
            List<Task> drafts = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> e : byKey.entrySet()) {
                if (e.getValue().get("加入日期").isEmpty()) {
                    keys.add(e.getKey());
                    drafts.add(draft(e.getKey(), e.getValue(), keys));
                }
            }
            at(BASELINE_DAY, LocalTime.of(9, 30));
            record(keys, service.commit(AdjustmentType.ADD,
                    Note.by(CLERK, "建立北疆市2023年全面深化改革任务台账", "市委深改委2023年第一次会议审议通过《北疆市2023年全面深化改革工作要点》"),
                    drafts));
        }

        /** A new task; a measure's parent is the earlier draft it follows (-n) or an existing task. */
        private Task draft(String key, Map<String, String> r, List<String> keysInThisBatch) {
            Task.Builder b = Task.builder()
                    .number(r.get("序号")).domain(r.get("领域")).year(YEAR).title(r.get("改革任务"))
                    .measures(r.get("具体举措")).leadUnits(UnitList.parse(r.get("牵头单位")))
                    .partnerUnits(UnitList.parse(r.get("配合单位"))).leader(r.get("牵头领导"))
                    .contact(r.get("联络员")).deadline(r.get("完成时限")).deliverable(r.get("成果形式"))
                    .status(Status.read(r.get("状态"))).target(r.get("目标值")).actual(r.get("完成值"))
                    .valueUnit(r.get("单位")).remarks(r.get("备注"));
            int paren = key.indexOf('(');
            if (paren < 0) {
                paren = key.indexOf('（');
            }
            if (paren > 0) {
                String parentKey = key.substring(0, paren);
                int inBatch = keysInThisBatch.indexOf(parentKey);
                b.parentId(inBatch >= 0 ? -(long) (inBatch + 1) : id(parentKey));
            }
            return b.build();
        }

        private void record(List<String> keys, Adjustment added) {
            List<TaskChange> created = added.changes().stream()
                    .filter(c -> c.kind() == TaskChange.Kind.CREATE).toList();
            for (int i = 0; i < keys.size(); i++) {
                ids.put(keys.get(i), created.get(i).taskId());
            }
        }

        private final Set<String> added = new LinkedHashSet<>();

        /** Adds the mid-year tasks (not products of a split) whose day has come. */
        private void addMidYearTasksBefore(LocalDate day, Map<String, Map<String, String>> byKey) {
            for (Map.Entry<String, Map<String, String>> e : byKey.entrySet()) {
                Map<String, String> r = e.getValue();
                String on = r.get("加入日期");
                if (on.isEmpty() || r.get("加入理由").equals("拆分") || added.contains(e.getKey())) {
                    continue;
                }
                LocalDate date = LocalDate.parse(on);
                if (!date.isAfter(day)) {
                    added.add(e.getKey());
                    at(date, LocalTime.of(9, 0));
                    List<String> keys = List.of(e.getKey());
                    record(keys, service.commit(AdjustmentType.ADD,
                            Note.by(CLERK, r.get("加入理由"), r.get("加入依据")), List.of(draft(e.getKey(), r, keys))));
                }
            }
        }

        private void apply(Map<String, String> e, Map<String, Map<String, String>> byKey) {
            at(LocalDate.parse(e.get("日期")), LocalTime.of(10, 0));
            if (e.get("类型").startsWith("督办")) {
                notice(e);
                return;
            }
            String key = e.get("序号");
            Note note = Note.by(e.get("经办人"), e.get("理由"), e.get("依据"));
            Task task = service.task(id(key)).orElseThrow();
            switch (e.get("类型")) {
                case "修改进展" -> {
                    Task.Builder b = task.toBuilder().progress(e.get("进展情况"));
                    set(e, "状态", v -> b.status(Status.read(v)));
                    set(e, "完成值", b::actual);
                    set(e, "存在问题", b::problems);
                    set(e, "下一步计划", b::nextSteps);
                    service.edit(b.build(), note);
                }
                case "调整时限" -> service.edit(task.toBuilder().deadline(e.get("完成时限")).build(), note);
                case "调整牵头单位" -> service.edit(task.toBuilder()
                        .leadUnits(UnitList.parse(e.get("牵头单位"))).build(), note);
                case "调整配合单位" -> service.edit(task.toBuilder()
                        .partnerUnits(UnitList.parse(e.get("配合单位"))).build(), note);
                case "调整表述" -> service.edit(task.toBuilder().title(e.get("改革任务")).build(), note);
                case "取消" -> service.cancel(task.id(), note);
                case "合并" -> service.merge(task.id(), id(e.get("目标序号")), note);
                case "恢复" -> service.restore(task.id(), Status.read(e.get("状态")), note);
                case "拆分" -> split(key, task, e, byKey, note);
                case "申请", "意见", "列入清单", "决定", "撤回" -> request(e, task);
                default -> throw new IllegalArgumentException("sample event type " + e.get("类型"));
            }
        }

        private void split(String key, Task whole, Map<String, String> e, Map<String, Map<String, String>> byKey,
                Note note) {
            List<String> keys = new ArrayList<>();
            List<Task> parts = new ArrayList<>();
            for (String part : e.get("目标序号").split("[,，、]")) {
                String partKey = key + part.strip();
                keys.add(partKey);
                parts.add(draft(partKey, byKey.get(partKey), List.of()));
            }
            // The parts' parent is set by the split itself.
            record(keys, service.split(whole.id(), parts.stream().map(p -> p.toBuilder().parentId(null).build())
                    .toList(), note));
        }

        private final Requests requests;
        /** The request id of each row of requests.tsv, by its key. */
        private final Map<String, Long> requestIds = new java.util.HashMap<>();

        private void request(Map<String, String> e, Task task) {
            String key = e.get("键");
            String operator = e.get("经办人");
            switch (e.get("类型")) {
                case "申请" -> {
                    Map<TaskField, String> to = new java.util.EnumMap<>(TaskField.class);
                    String pair = e.get("调整为");
                    if (!pair.isEmpty()) {
                        TaskField field = TaskField.ofCode(pair.substring(0, pair.indexOf('=')));
                        String value = pair.substring(pair.indexOf('=') + 1);
                        to.put(field, field == TaskField.MERGED_INTO ? Long.toString(id(value)) : value);
                    }
                    requestIds.put(key, requests.receive(task.id(), e.get("单位"), RequestType.of(e.get("申请类型")),
                            to, Note.by(operator, e.get("理由"), "")).id());
                }
                case "意见" -> requests.opinion(List.of(requestIds.get(key)), e.get("意见").equals("拟同意"),
                        Note.by(operator, e.get("意见说明"), ""));
                case "列入清单" -> requests.list(List.of(requestIds.get(key)), e.get("清单"), Note.by(operator));
                case "决定" -> requests.decide(List.of(requestIds.get(key)),
                        e.get("决定").equals("同意") ? Request.Result.APPROVED : Request.Result.REFUSED, Map.of(),
                        LocalDate.parse(e.get("日期")), Note.by(operator, "", e.get("依据")));
                default -> requests.withdraw(requestIds.get(key), Note.by(operator));
            }
        }

        private final Notices notices;
        /** The notices each batch of notices.tsv issued, by its key. */
        private final Map<String, List<Notice>> batches = new java.util.HashMap<>();

        private void notice(Map<String, String> e) {
            String key = e.get("键");
            Note by = Note.by(e.get("经办人"));
            LocalDate day = LocalDate.parse(e.get("日期"));
            switch (e.get("类型")) {
                case "督办" -> {
                    java.util.Set<NoticeLevel> levels = java.util.EnumSet.noneOf(NoticeLevel.class);
                    for (String l : e.get("级别").split(",")) {
                        levels.add(NoticeLevel.of(l));
                    }
                    LocalDate asOf = LocalDate.parse(e.get("截至"));
                    batches.put(key, notices.issue(notices.plan(asOf, levels, e.get("单位")), asOf, by));
                }
                case "督办答复" -> {
                    for (Notice n : batches.get(key)) {
                        if (!n.unit().equals(e.get("迟复单位")) && !n.unit().equals(e.get("未答复单位"))) {
                            notices.answer(n.number(), day, Note.by(e.get("经办人"),
                                    n.unit() + "书面报送" + (n.level() == NoticeLevel.BLUE ? "推进计划" : "整改措施"), ""));
                        }
                    }
                }
                default -> batches.get(key).stream().filter(n -> n.unit().equals(e.get("迟复单位")))
                        .forEach(n -> notices.answer(n.number(), day, Note.by(e.get("经办人"),
                                n.unit() + "逾期报送整改措施", "")));
            }
        }

        /** Moves the clock to a time of the office's day, or a minute on when that moment is past. */
        private void at(LocalDate day, LocalTime time) {
            Instant wanted = day.atTime(time).atZone(ZONE).toInstant();
            clock.set(wanted.isAfter(clock.instant()) ? wanted : clock.instant().plusSeconds(60));
        }

        private long id(String key) {
            Long id = ids.get(key);
            if (id == null) {
                throw new IllegalStateException("sample data names unknown task " + key);
            }
            return id;
        }

        private static void set(Map<String, String> e, String column, java.util.function.Consumer<String> to) {
            String v = e.get(column);
            if (v != null && !v.isEmpty()) {
                to.accept(v);
            }
        }
    }

    private static List<Map<String, String>> read(String name) {
        try (InputStream in = SampleLedger.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("sample data missing: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
