package org.taizhang.cli;

import java.util.List;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.TaskChange;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", description = "调整记录 / the adjustment log, or one task's timeline")
final class HistoryCommand extends LedgerCommand {
    @Option(names = "--task", paramLabel = "ID", description = "只看该任务 / one task's timeline")
    Long task;

    @Option(names = "--json", description = "JSON 输出 / print JSON")
    boolean json;

    HistoryCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
            List<Adjustment> log = task == null ? ledger.service().log() : ledger.service().historyOf(task);
            if (json) {
                ctx.out().println(Json.print(Json.adjustments(log)));
                return 0;
            }
            StringBuilder b = new StringBuilder();
            for (Adjustment a : log) {
                b.append(TextOut.adjustmentLine(a, ctx.zone())).append('\n');
                if (a.type().isNoticeEvent()) { // a 督办单 changes no task: say what it was
                    b.append("  ").append(org.taizhang.core.notice.Notices.describe(a)).append('\n');
                }
                for (TaskChange c : a.changes()) {
                    b.append(TextOut.changeLine(c)).append('\n');
                    TextOut.fieldLines(c.fields(), b);
                }
            }
            ctx.out().print(b);
        }
        return 0;
    }
}
