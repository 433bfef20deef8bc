package org.taizhang.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Source;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.request.Flags;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.TaskField;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** 调整申请 on the command line: list them, record one, give the office's opinion, record the decision. */
final class RequestCommands {
    private RequestCommands() {
    }

    /** The names {@link #addTo} adds. */
    static final java.util.Set<String> NAMES = java.util.Set.of("requests", "request", "opinion", "decide");

    static void addTo(picocli.CommandLine cli, CliContext ctx) {
        cli.addSubcommand("requests", new ListRequests(ctx));
        cli.addSubcommand("request", new NewRequest(ctx));
        cli.addSubcommand("opinion", new GiveOpinion(ctx));
        cli.addSubcommand("decide", new Decide(ctx));
    }

    /** A request as `requests --json` prints it; the field names are the issue's. */
    static JsonObject json(Request r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("taskId", r.taskId());
        o.addProperty("unit", r.unit());
        o.addProperty("type", r.type().name());
        o.add("proposed", values(r.proposed()));
        o.addProperty("reason", r.reason());
        JsonObject source = new JsonObject(); // typed in: {"kind":"manual"}; from a return: its file and cell row
        source.addProperty("kind", r.source().kind().name().toLowerCase(java.util.Locale.ROOT));
        if (r.source().kind() == Source.Kind.FILE) {
            source.addProperty("file", r.source().fileName());
            source.addProperty("sha256", r.source().sha256());
        }
        if (r.place() != null) {
            source.addProperty("sheet", r.place().sheet());
            source.addProperty("row", r.place().row());
        }
        o.add("source", source);
        o.addProperty("state", r.state().name());
        o.addProperty("opinion", r.opinion() == null ? null : r.opinion().label() + (r.opinion().note().isEmpty()
                ? "" : "：" + r.opinion().note()));
        o.addProperty("listId", r.list().isEmpty() ? null : r.list());
        if (r.decision() == null) {
            o.add("decision", null);
        } else {
            JsonObject d = new JsonObject();
            d.addProperty("result", r.decision().result().name());
            d.addProperty("basis", r.decision().basis());
            d.addProperty("date", r.decision().date().toString());
            o.add("decision", d);
        }
        o.addProperty("adjustmentId", r.adjustmentId());
        return o;
    }

    private static JsonObject values(Map<TaskField, String> values) {
        JsonObject o = new JsonObject();
        values.forEach((f, v) -> o.addProperty(f.code(), v));
        return o;
    }

    /** "deadline=9月底前" → the field and its value. */
    static Map<TaskField, String> parse(List<String> pairs) {
        Map<TaskField, String> out = new EnumMap<>(TaskField.class);
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new LedgerException("cli.requestValue", pair);
            }
            try {
                out.put(TaskField.ofCode(pair.substring(0, eq).strip()), pair.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new LedgerException("cli.requestValue", pair);
            }
        }
        return out;
    }

    @Command(name = "requests", description = "列出调整申请 / list the adjustment requests")
    static final class ListRequests extends LedgerCommand {
        @Option(names = "--state", paramLabel = "S", description = "只列此状态：RECEIVED, REVIEWED, LISTED, DECIDED, WITHDRAWN")
        Request.State state;

        @Option(names = "--json", description = "以 JSON 输出 / print JSON")
        boolean json;

        @Option(names = "--as-of", paramLabel = "DATE", description = "该日结束时的申请 / the requests as they stood then")
        String asOf;

        ListRequests(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
                Requests requests = new Requests(ledger.service());
                List<Request> all = (asOf == null ? requests.all() : requests.asOf(Moments.parse(asOf, ctx.zone())))
                        .stream().filter(r -> state == null || r.state() == state).toList();
                Map<Long, List<Flags.Flag>> flags = new Flags(ledger.service()).of(ctx.zone());
                if (json) {
                    JsonArray out = new JsonArray();
                    for (Request r : all) {
                        JsonObject o = json(r);
                        JsonArray f = new JsonArray();
                        flags.getOrDefault(r.id(), List.of()).forEach(x -> f.add(x.kind().name()));
                        o.add("flags", f);
                        out.add(o);
                    }
                    ctx.out().println(Json.print(out));
                    return 0;
                }
                for (Request r : all) {
                    ctx.out().println(String.join("\t", Long.toString(r.id()), r.taskId() == null ? "-"
                            : Long.toString(r.taskId()), r.unit(), r.type().label(), r.proposed().values().toString(),
                            r.state().label(), r.decision() == null ? "" : r.decision().result().label(),
                            String.join("；", flags.getOrDefault(r.id(), List.of()).stream().map(Flags.Flag::text)
                                    .toList())));
                }
            }
            return 0;
        }
    }

    @Command(name = "request", description = "登记一项调整申请 / record a unit's request for an adjustment")
    static final class NewRequest extends LedgerCommand {
        @Option(names = "--task", paramLabel = "ID", description = "任务编号（新增任务时不填）/ task id (none for a new task)")
        Long task;

        @Option(names = "--type", required = true, paramLabel = "T",
                description = "调整时限、调整牵头单位、调整配合单位、调整表述、取消、合并、拆分、新增、结转 (or DEADLINE …)")
        String type;

        @Option(names = "--to", paramLabel = "FIELD=VALUE", description = "调整为，如 deadline=9月底前（可多次）")
        List<String> to = List.of();

        @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "提出申请的单位 / the unit that asks")
        String unit;

        @Mixin
        NoteOptions note;

        NewRequest(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
                Adjustment done = new Requests(ledger.service()).receive(task, unit, RequestType.of(type), parse(to),
                        note.note());
                ctx.out().println(I18n.text("cli.requested", done.id()));
            }
            return 0;
        }
    }

    @Command(name = "opinion", description = "改革办意见：拟同意或拟不同意 / the reform office's opinion on requests")
    static final class GiveOpinion extends LedgerCommand {
        @Parameters(index = "1..*", paramLabel = "ID", description = "申请编号 / request ids")
        List<Long> ids;

        @Option(names = "--agree", description = "拟同意")
        boolean agree;

        @Option(names = "--disagree", description = "拟不同意")
        boolean disagree;

        @Option(names = "--note", paramLabel = "TEXT", description = "意见说明 / the opinion's words")
        String text;

        @Option(names = "--operator", required = true, paramLabel = "NAME", description = "经办人 / who records it")
        String operator;

        GiveOpinion(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            if (agree == disagree) {
                throw new LedgerException("cli.agreeOrDisagree");
            }
            try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
                new Requests(ledger.service()).opinion(ids, agree, org.taizhang.core.ledger.Note.by(operator, text, ""));
                ctx.out().println(I18n.text("cli.opinionGiven", ids.size()));
            }
            return 0;
        }
    }

    @Command(name = "decide", description = "记录审议决定：同意、不同意或部分同意 / record the committee's decision")
    static final class Decide extends LedgerCommand {
        @Parameters(index = "1..*", paramLabel = "ID", description = "申请编号 / request ids")
        List<Long> ids;

        @Option(names = "--approve", description = "同意")
        boolean approve;

        @Option(names = "--reject", description = "不同意")
        boolean reject;

        @Option(names = "--values", paramLabel = "FIELD=VALUE", description = "部分同意：批准的值（只有一项申请时）")
        List<String> values = List.of();

        @Option(names = "--refuse", paramLabel = "ID", description = "清单中不同意的申请（其余按 --approve）/ the exceptions refused")
        List<Long> refused = List.of();

        @Option(names = "--partly", paramLabel = "ID:FIELD=VALUE",
                description = "清单中部分同意的申请及批准的值，如 85:deadline=8月底前 / an exception partly approved")
        List<String> partly = List.of();

        @Option(names = "--basis", required = true, paramLabel = "TEXT", description = "依据：会议或文号 / meeting or document")
        String basis;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "决定日期 / date decided")
        LocalDate date;

        @Option(names = "--operator", required = true, paramLabel = "NAME", description = "经办人 / who records it")
        String operator;

        Decide(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            if (approve == reject) {
                throw new LedgerException("cli.approveOrReject");
            }
            Request.Result result = reject ? Request.Result.REFUSED
                    : values.isEmpty() ? Request.Result.APPROVED : Request.Result.PARTLY;
            if (result == Request.Result.PARTLY && ids.size() != 1) {
                throw new LedgerException("cli.valuesForOne");
            }
            // the list's result for each, then its exceptions
            Map<Long, Request.Result> results = new java.util.LinkedHashMap<>();
            ids.forEach(id -> results.put(id, result));
            Map<Long, Map<TaskField, String>> approved = new java.util.HashMap<>();
            if (result == Request.Result.PARTLY) {
                approved.put(ids.get(0), parse(values));
            }
            refused.forEach(id -> except(results, id, Request.Result.REFUSED));
            for (String p : partly) {
                int colon = p.indexOf(':');
                if (colon < 1) {
                    throw new LedgerException("cli.partlyFormat", p);
                }
                long id = Long.parseLong(p.substring(0, colon).strip());
                except(results, id, Request.Result.PARTLY);
                approved.computeIfAbsent(id, k -> new java.util.EnumMap<>(TaskField.class))
                        .putAll(parse(List.of(p.substring(colon + 1))));
            }
            try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
                List<Adjustment> written = new Requests(ledger.service()).decide(results, approved, date,
                        org.taizhang.core.ledger.Note.by(operator, "", basis));
                List<String> each = new java.util.ArrayList<>();
                for (Request.Result r : Request.Result.values()) {
                    long n = results.values().stream().filter(r::equals).count();
                    if (n > 0) {
                        each.add(I18n.text("cli.decidedResult", r.label(), n));
                    }
                }
                ctx.out().println(I18n.text("cli.decided", results.size(), String.join(I18n.text("importer.state.and"),
                        each), written.size()));
            }
            return 0;
        }

        private static void except(Map<Long, Request.Result> results, long id, Request.Result result) {
            if (!results.containsKey(id)) {
                throw new LedgerException("cli.exceptNotListed", id);
            }
            results.put(id, result);
        }
    }
}
