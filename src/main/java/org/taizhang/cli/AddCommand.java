package org.taizhang.cli;

import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "add", description = "新增任务 / add a task")
final class AddCommand extends LedgerCommand {
    @Mixin
    TaskOptions fields;

    @Mixin
    NoteOptions note;

    AddCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
            Task draft = fields.applyTo(Task.builder(), ledger.service().info().year()).build();
            Adjustment added = ledger.service().add(draft, note.note());
            ctx.out().println(I18n.text("cli.added", added.changes().get(0).taskId(), added.id()));
        }
        return 0;
    }
}
