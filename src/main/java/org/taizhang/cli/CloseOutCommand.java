package org.taizhang.cli;

import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** 对账销号: one task closed at year end with its result. */
@Command(name = "close-out", description = "年终对账销号：任务以其完成情况办结 / close a task out at year end with its result")
final class CloseOutCommand extends LedgerCommand {
    @Option(names = "--task", required = true, paramLabel = "ID", description = "任务编号 / task id")
    long task;

    @Option(names = "--result", required = true, paramLabel = "TEXT",
            description = "完成情况（最终成果），记入进展情况 / what was achieved, kept as its progress")
    String result;

    @Mixin
    NoteOptions note;

    CloseOutCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
            Adjustment done = ledger.service().closeOut(task, result, note.note());
            ctx.out().println(I18n.text("cli.closedOut", ledger.service().task(task).orElseThrow().label(), done.id()));
        }
        return 0;
    }
}
