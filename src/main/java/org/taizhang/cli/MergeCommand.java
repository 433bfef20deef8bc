package org.taizhang.cli;

import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "merge", description = "把一项任务并入另一项 / merge a task into another")
final class MergeCommand extends LedgerCommand {
    @Option(names = "--task", required = true, paramLabel = "ID", description = "被合并的任务 / the task merged away")
    long task;

    @Option(names = "--into", required = true, paramLabel = "ID", description = "并入的任务 / the task it goes into")
    long into;

    @Mixin
    NoteOptions note;

    MergeCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
            Adjustment done = ledger.service().merge(task, into, note.note());
            ctx.out().println(I18n.text("cli.merged", task, into, done.id()));
        }
        return 0;
    }
}
