package org.taizhang.exchange;

import java.nio.file.Path;
import java.util.Optional;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.ImportPlanner;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.Mappings;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.WorkbookReader;

/**
 * One workbook imported the way `taizhang import` and the import wizard do it: read (with the
 * mappings the ledger remembers), plan against the ledger, apply the rows accepted by default as
 * one 导入 adjustment. Either the file is refused whole, or it is planned and perhaps applied.
 */
public record ImportAttempt(LedgerException refusal, ImportPlan plan, Optional<Adjustment> applied) {

    public static ImportAttempt run(Path workbook, LedgerService service) {
        int year = service.info().year();
        try {
            var data = WorkbookReader.read(workbook, ReadOptions.of(year).remembered(Mappings.of(service)));
            ImportPlan plan = new ImportPlanner(service.tasks(), service::historyOf, year).plan(data);
            Optional<Adjustment> applied = Importer.apply(plan, Importer.defaultExclusions(plan), service,
                    Note.by("测试员", "导入恶意构造的文件", ""));
            return new ImportAttempt(null, plan, applied);
        } catch (LedgerException e) {
            return new ImportAttempt(e, null, Optional.empty());
        }
    }

    public boolean refused() {
        return refusal != null;
    }

    /** What the clerk reads: the refusal, or each row in error as the command line prints it. */
    public String message() {
        if (refused()) {
            return refusal.getMessage();
        }
        StringBuilder b = new StringBuilder();
        for (var e : plan.errors()) {
            b.append(b.length() == 0 ? "" : "\n").append(org.taizhang.core.I18n.text("import.cli.error", e.sheet(),
                    e.row(), e.column(), e.header(), e.value(), e.message()).strip());
        }
        return b.toString();
    }
}
