package org.taizhang.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.Note;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.RowError;
import org.taizhang.exchange.importing.SheetTable;
import org.taizhang.exchange.importing.Skipped;
import org.taizhang.exchange.importing.WorkbookData;
import org.taizhang.exchange.importing.WorkbookImport;
import org.taizhang.exchange.read.CellRef;
import org.taizhang.exchange.Progress;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports departments' workbooks through {@link WorkbookImport}: each is read, planned and (unless
 * --dry-run) applied as its own 导入 adjustment, conflicts left out. Exit 0 when every workbook
 * could be read, rows in error or not; 1 when one could not be read at all (the others are still
 * imported).
 */
@Command(name = "import", description = "导入部门报回的工作簿 / import workbooks sent back by departments")
final class ImportCommand extends LedgerCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "WORKBOOK",
            description = "工作簿或文件夹 / workbooks, or folders of them")
    List<Path> workbooks;

    @Option(names = "--dry-run", description = "只显示计划，不写入 / show the plan, write nothing")
    boolean dryRun;

    @Option(names = "--json", description = "JSON 输出 / print JSON")
    boolean json;

    @Option(names = "--operator", paramLabel = "NAME", description = "经办人 / operator")
    String operator;

    @Option(names = "--reason", paramLabel = "TEXT", description = "导入说明 / reason")
    String reason;

    @Option(names = "--sheet", paramLabel = "NAME", description = "只读这个工作表 / read only this sheet")
    String sheet;

    ImportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (!dryRun && (operator == null || operator.isBlank())) {
            throw new LedgerException("adjust.operatorRequired");
        }
        WorkbookImport.Listing listing = WorkbookImport.list(workbooks);
        JsonArray out = new JsonArray();
        boolean allRead = true;
        LedgerException ledgerFailed = null;
        try (OpenLedger ledger = dryRun ? OpenLedger.openForReading(file, ctx.clock()) : OpenLedger.open(file, ctx.clock())) {
            WorkbookImport imports = new WorkbookImport(ledger.service());
            if (!dryRun) {
                imports.backupBeforeBatch();
            }
            for (Path other : listing.passedOver()) {
                JsonObject result = new JsonObject();
                result.addProperty("file", other.getFileName().toString());
                result.addProperty("skipped", I18n.text("import.cli.notWorkbook"));
                out.add(result);
                if (!json) {
                    ctx.out().println(I18n.text("import.cli.passedOver", other.getFileName()));
                }
            }
            for (Path workbook : listing.workbooks()) {
                JsonObject result = new JsonObject();
                result.addProperty("file", workbook.getFileName().toString());
                out.add(result);
                WorkbookImport.Reading reading;
                try {
                    reading = imports.read(workbook, new WorkbookImport.Choices(sheet, Map.of()), Progress.NONE);
                } catch (LedgerException e) {
                    allRead = false;
                    result.addProperty("error", e.getMessage());
                    if (!json) {
                        ctx.out().println(I18n.text("import.cli.unreadable", workbook.getFileName(), e.getMessage()));
                    }
                    continue;
                }
                WorkbookImport.Outcome applied = null;
                if (!dryRun) {
                    try {
                        applied = imports.apply(reading, Importer.defaultExclusions(reading.plan()),
                                Note.by(operator, reason, ""));
                    } catch (LedgerException e) {
                        result.addProperty("error", e.getMessage());
                        if (e.key().startsWith("ledger.") || e.key().startsWith("server.")) {
                            // The ledger, not the workbook, failed (disk full, file gone, the server's
                            // connection lost): the rest would too.
                            ledgerFailed = e;
                            break;
                        }
                        allRead = false;
                        if (!json) {
                            ctx.out().println(I18n.text("import.cli.notApplied", workbook.getFileName(), e.getMessage()));
                        }
                        continue;
                    }
                }
                describe(reading.plan(), applied, result);
            }
        }
        if (json) {
            ctx.out().println(Json.print(out));
        }
        if (ledgerFailed != null) {
            throw ledgerFailed;
        }
        if (!allRead) {
            throw new LedgerException("import.cli.someUnreadable", listing.workbooks().size());
        }
        return 0;
    }

    private void describe(ImportPlan plan, WorkbookImport.Outcome applied, JsonObject o) {
        WorkbookData data = plan.data();
        ImportPlan.Tally tally = plan.tally();
        o.addProperty("unit", String.join("、", data.units()));
        JsonArray sheets = new JsonArray();
        for (SheetTable t : data.tables()) {
            JsonObject s = new JsonObject();
            s.addProperty("name", t.sheet().name());
            s.addProperty("headerRow", t.layout().headerRow() + 1);
            s.addProperty("headerRows", t.layout().headerRows());
            s.addProperty("unit", t.unit());
            s.addProperty("domain", t.sheetDomain());
            JsonObject mapping = new JsonObject();
            t.layout().mapping().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> mapping.addProperty(t.layout().headers().getOrDefault(e.getKey(),
                            CellRef.column(e.getKey())), e.getValue().code()));
            s.add("mapping", mapping);
            JsonArray unmapped = new JsonArray();
            java.util.SortedSet<Integer> notPlaced = new java.util.TreeSet<>(t.unmapped().keySet());
            t.layout().headers().keySet().stream().filter(c -> !t.layout().mapping().containsKey(c))
                    .forEach(notPlaced::add);
            for (int c : notPlaced) {
                JsonObject u = new JsonObject();
                u.addProperty("column", CellRef.column(c));
                u.addProperty("header", t.layout().headers().getOrDefault(c, ""));
                JsonArray samples = new JsonArray();
                t.unmapped().getOrDefault(c, List.of()).forEach(samples::add);
                u.add("samples", samples);
                unmapped.add(u);
            }
            s.add("unmapped", unmapped);
            sheets.add(s);
        }
        o.add("sheets", sheets);
        JsonObject rows = new JsonObject();
        rows.addProperty("total", tally.rows());
        rows.addProperty("tasks", tally.tasks());
        rows.addProperty("measures", tally.measures());
        rows.addProperty("joined", tally.joined());
        rows.addProperty("lost", tally.lost());
        rows.addProperty("skipped", tally.skipped());
        rows.addProperty("firstMeasures", tally.firstMeasures());
        o.add("rows", rows);
        for (ImportPlan.Kind kind : ImportPlan.Kind.values()) {
            String name = kind == ImportPlan.Kind.CONFLICT ? "conflicts" : kind.name().toLowerCase(Locale.ROOT);
            o.addProperty(name, plan.count(kind));
        }
        o.addProperty("missing", plan.missing().size());
        JsonArray asks = new JsonArray();
        for (ImportPlan.Entry e : plan.entries()) {
            for (ImportPlan.Ask a : e.asks()) {
                JsonObject ao = new JsonObject();
                ao.addProperty("sheet", e.row().sheet());
                ao.addProperty("row", e.row().row());
                ao.addProperty("taskId", e.task() == null ? null : e.task().id());
                ao.addProperty("unit", a.unit());
                ao.addProperty("type", a.type().name());
                JsonObject proposed = new JsonObject();
                a.proposed().forEach((f, v) -> proposed.addProperty(f.code(), v));
                ao.add("proposed", proposed);
                ao.addProperty("reason", a.reason());
                ao.addProperty("changedInPlace", a.changedInPlace());
                ao.addProperty("existing", a.existing());
                asks.add(ao);
            }
        }
        o.add("requests", asks);
        JsonArray errors = new JsonArray();
        for (RowError e : plan.errors()) {
            JsonObject eo = new JsonObject();
            eo.addProperty("sheet", e.sheet());
            eo.addProperty("row", e.row());
            eo.addProperty("column", e.column());
            eo.addProperty("header", e.header());
            eo.addProperty("value", e.value());
            eo.addProperty("message", e.message());
            eo.addProperty("lost", e.cost().name().toLowerCase(Locale.ROOT));
            errors.add(eo);
        }
        o.add("errors", errors);
        JsonArray skipped = new JsonArray();
        for (Skipped s : data.skipped()) {
            JsonObject so = new JsonObject();
            so.addProperty("sheet", s.sheet());
            so.add("row", s.wholeSheet() ? JsonNull.INSTANCE : new JsonPrimitive(s.row()));
            so.addProperty("reason", s.reason().name().toLowerCase(Locale.ROOT));
            so.addProperty("message", s.why().text());
            so.addProperty("text", s.text());
            skipped.add(so);
        }
        o.add("skipped", skipped);
        Optional<Adjustment> written = applied == null ? Optional.empty() : applied.adjustment();
        o.add("adjustment", written.<JsonElement>map(a -> new JsonPrimitive(a.id())).orElse(JsonNull.INSTANCE));
        JsonArray received = new JsonArray();
        if (applied != null) {
            applied.requests().forEach(a -> received.add(a.id()));
        }
        o.add("received", received);
        JsonArray answeredNotices = new JsonArray();
        if (applied != null) {
            applied.answered().forEach(n -> answeredNotices.add(n.number()));
        }
        o.add("noticesAnswered", answeredNotices);
        if (!json) {
            print(plan, tally, written, applied == null ? List.of() : applied.requests(),
                    applied == null ? List.of() : applied.answered());
        }
    }

    private void print(ImportPlan plan, ImportPlan.Tally tally, Optional<Adjustment> applied,
            List<Adjustment> received, List<org.taizhang.core.notice.Notice> answered) {
        WorkbookData data = plan.data();
        ctx.out().println(I18n.text("import.cli.summary", data.fileName(), tally.rows(), tally.tasks(),
                tally.measures(), tally.joined(), tally.lost(), tally.skipped(), plan.count(ImportPlan.Kind.NEW),
                plan.count(ImportPlan.Kind.CHANGED), plan.count(ImportPlan.Kind.UNCHANGED),
                plan.count(ImportPlan.Kind.CONFLICT), plan.missing().size(), plan.newRequests()));
        for (SheetTable t : data.tables()) {
            int last = t.layout().headerRow() + 1;
            String header = t.layout().headerRows() > 1
                    ? I18n.text("importer.headerRows", last - t.layout().headerRows() + 1, last)
                    : I18n.text("importer.headerRow", last);
            ctx.out().println(I18n.text("import.cli.sheet", t.sheet().name(), header,
                    t.unit().isEmpty() ? I18n.text("importer.unit.unknown") : t.unit()));
            t.unmapped().forEach((c, samples) -> ctx.out().println(I18n.text("import.cli.unmapped", CellRef.column(c),
                    t.layout().headers().getOrDefault(c, ""), String.join(" / ", samples))));
        }
        Map<Skipped.Reason, Integer> rowsPassed = new EnumMap<>(Skipped.Reason.class);
        for (Skipped s : data.skipped()) {
            if (s.wholeSheet()) {
                ctx.out().println(I18n.text("import.cli.sheetSkipped", s.sheet(), s.why().text()));
            } else {
                rowsPassed.merge(s.reason(), 1, Integer::sum);
            }
        }
        if (!rowsPassed.isEmpty()) {
            StringBuilder b = new StringBuilder();
            rowsPassed.forEach((r, n) -> b.append(b.length() == 0 ? "" : I18n.text("importer.state.and"))
                    .append(I18n.text("import.cli.passed", I18n.text(r.key()), n)));
            ctx.out().println(I18n.text("import.cli.rowsSkipped", b));
        }
        for (RowError e : plan.errors()) {
            ctx.out().println(I18n.text(e.cost() == RowError.Cost.ROW ? "import.cli.error" : "import.cli.cellError",
                    e.sheet(), e.row(), e.column(), e.header(), e.value(), e.message()));
        }
        for (ImportPlan.Entry e : plan.entries()) {
            for (ImportPlan.Ask a : e.asks()) {
                ctx.out().println(I18n.text(a.isNew() ? "import.cli.request" : "import.cli.requestKnown", e.row().sheet(),
                        e.row().row(), a.unit(), a.type().label(), String.join("；", a.proposed().values()),
                        a.existing()));
            }
        }
        ctx.out().println(applied.map(a -> I18n.text("import.cli.applied", a.id(), a.changes().size()))
                .orElse(I18n.text(dryRun ? "import.cli.dryRun" : "import.cli.nothing")));
        if (!received.isEmpty()) {
            ctx.out().println(I18n.text("import.cli.received", received.size(), received.get(0).id(),
                    received.get(received.size() - 1).id()));
        }
        answered.forEach(n -> ctx.out().println(I18n.text("import.cli.noticeAnswered", n.number())));
    }
}
