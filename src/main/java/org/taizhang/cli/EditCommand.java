package org.taizhang.cli;

import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "edit", description = "修改任务（调整类型按改动自动判定）/ change a task; the adjustment type follows from the change")
final class EditCommand extends LedgerCommand {
    @Option(names = "--task", required = true, paramLabel = "ID", description = "任务编号 / task id")
    long task;

    @Mixin
    TaskOptions fields;

    @Mixin
    NoteOptions note;

    EditCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
            Task before = ledger.service().task(task).orElseThrow(() -> new LedgerException("task.notFound", task));
            Task after = fields.applyTo(before.toBuilder(), before.year()).build();
            Adjustment done = ledger.service().edit(after, note.note());
            ctx.out().println(I18n.text("cli.edited", task, done.type().label(), done.id()));
        }
        return 0;
    }
}
