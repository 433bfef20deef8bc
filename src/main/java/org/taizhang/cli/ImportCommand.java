package org.taizhang.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.ImportPlanner;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.Mappings;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.RowError;
import org.taizhang.exchange.importing.SheetData;
import org.taizhang.exchange.importing.WorkbookReader;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports departments' workbooks: each is read, planned and (unless --dry-run) applied as its own
 * 导入 adjustment, conflicts left out. Exit 0 when every workbook could be read, rows in error or
 * not; 1 when one could not be read at all (the others are still imported).
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

    @Option(names = "--sheet", paramLabel = "NAME", description = "工作表名 / the sheet to read")
    String sheet;

    ImportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (!dryRun && (operator == null || operator.isBlank())) {
            throw new LedgerException("adjust.operatorRequired");
        }
        List<Path> files = expand(workbooks);
        JsonArray out = new JsonArray();
        boolean allRead = true;
        LedgerException ledgerFailed = null;
        try (OpenLedger ledger = dryRun ? OpenLedger.openForReading(file, ctx.clock()) : OpenLedger.open(file, ctx.clock())) {
            LedgerService service = ledger.service();
            int year = service.info().year();
            if (!dryRun) {
                service.backup(I18n.text("backup.beforeImport"));
            }
            for (Path workbook : files) {
                JsonObject result = new JsonObject();
                result.addProperty("file", workbook.getFileName().toString());
                out.add(result);
                SheetData data;
                ImportPlan plan;
                try {
                    ReadOptions options = ReadOptions.of(year).remembered(Mappings.of(service)).sheet(sheet);
                    data = WorkbookReader.read(workbook, options);
                    plan = new ImportPlanner(service.tasks(), service::historyOf, year).plan(data);
                } catch (LedgerException e) {
                    allRead = false;
                    result.addProperty("error", e.getMessage());
                    if (!json) {
                        ctx.out().println(I18n.text("import.cli.unreadable", workbook.getFileName(), e.getMessage()));
                    }
                    continue;
                }
                Optional<Adjustment> applied = Optional.empty();
                if (!dryRun) {
                    try {
                        // The workbook's rows and the columns it taught: both or neither.
                        applied = service.together(() -> {
                            Optional<Adjustment> a = Importer.apply(plan, Importer.defaultExclusions(plan), service,
                                    Note.by(operator, reason, ""));
                            Mappings.remember(service, data.layout());
                            return a;
                        });
                    } catch (LedgerException e) {
                        result.addProperty("error", e.getMessage());
                        if (e.key().startsWith("ledger.")) {
                            // The ledger, not the workbook, failed (disk full, file gone): the rest would too.
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
                describe(plan, applied, result);
            }
        }
        if (json) {
            ctx.out().println(Json.print(out));
        }
        if (ledgerFailed != null) {
            throw ledgerFailed;
        }
        if (!allRead) {
            throw new LedgerException("import.cli.someUnreadable", files.size());
        }
        return 0;
    }

    private void describe(ImportPlan plan, Optional<Adjustment> applied, JsonObject o) {
        SheetData data = plan.data();
        o.addProperty("sheet", data.sheet().name());
        o.addProperty("headerRow", data.layout().headerRow() + 1);
        o.addProperty("unit", data.layout().unit());
        JsonObject mapping = new JsonObject();
        data.layout().mapping().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> mapping.addProperty(data.layout().headers().get(e.getKey()), e.getValue().code()));
        o.add("mapping", mapping);
        o.addProperty("rows", data.rows().size());
        for (ImportPlan.Kind kind : ImportPlan.Kind.values()) {
            String name = kind == ImportPlan.Kind.CONFLICT ? "conflicts" : kind.name().toLowerCase(Locale.ROOT);
            o.addProperty(name, plan.count(kind));
        }
        o.addProperty("missing", plan.missing().size());
        JsonArray errors = new JsonArray();
        for (RowError e : plan.errors()) {
            JsonObject eo = new JsonObject();
            eo.addProperty("sheet", e.sheet());
            eo.addProperty("row", e.row());
            eo.addProperty("column", e.column());
            eo.addProperty("value", e.value());
            eo.addProperty("message", e.message());
            errors.add(eo);
        }
        o.add("errors", errors);
        o.add("adjustment", applied.<com.google.gson.JsonElement>map(a -> new com.google.gson.JsonPrimitive(a.id()))
                .orElse(JsonNull.INSTANCE));
        if (!json) {
            ctx.out().println(I18n.text("import.cli.summary", data.fileName(), data.sheet().name(),
                    data.layout().headerRow() + 1, data.rows().size(), plan.count(ImportPlan.Kind.NEW),
                    plan.count(ImportPlan.Kind.CHANGED), plan.count(ImportPlan.Kind.UNCHANGED),
                    plan.count(ImportPlan.Kind.CONFLICT), plan.missing().size(), plan.errors().size()));
            for (RowError e : plan.errors()) {
                ctx.out().println(I18n.text("import.cli.error", e.sheet(), e.row(), e.column(), e.header(), e.value(),
                        e.message()));
            }
            ctx.out().println(applied.map(a -> I18n.text("import.cli.applied", a.id(), a.changes().size()))
                    .orElse(I18n.text(dryRun ? "import.cli.dryRun" : "import.cli.nothing")));
        }
    }

    /** Folders stand for the workbooks in them (.xlsx, .xls, .et), in name order. */
    private static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xls|et)$")
                            && !f.getFileName().toString().startsWith("~$")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new LedgerException(e, "read.ioError", p, e.getMessage());
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
