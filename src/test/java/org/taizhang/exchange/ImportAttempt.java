package org.taizhang.exchange;

import java.nio.file.Path;
import java.util.Optional;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.WorkbookImport;

/**
 * One workbook imported the way `taizhang import` and the import wizard do it, through
 * {@link WorkbookImport}: read, plan against the ledger, apply the rows accepted by default as one
 * 导入 adjustment. Either the file is refused whole, or it is planned and perhaps applied.
 */
public record ImportAttempt(LedgerException refusal, ImportPlan plan, Optional<Adjustment> applied) {

    public static ImportAttempt run(Path workbook, LedgerService service) {
        try {
            WorkbookImport imports = new WorkbookImport(service);
            WorkbookImport.Reading reading = imports.read(workbook, WorkbookImport.Choices.NONE, Progress.NONE);
            Optional<Adjustment> applied = imports.apply(reading, Importer.defaultExclusions(reading.plan()),
                    Note.by("测试员", "导入恶意构造的文件", "")).adjustment();
            return new ImportAttempt(null, reading.plan(), applied);
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
