package org.taizhang.cli;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "edit", description = "修改任务（调整类型按改动自动判定；多个编号为一次批量修改）"
        + " / change a task, or several at once as one adjustment; the type follows from the change")
final class EditCommand extends LedgerCommand {
    @Option(names = "--task", required = true, split = ",", paramLabel = "ID",
            description = "任务编号，多个用逗号分隔 / task id; several, comma-separated")
    List<Long> tasks;

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
            List<Task> after = new ArrayList<>();
            for (long id : tasks) {
                Task before = ledger.service().task(id).orElseThrow(() -> new LedgerException("task.notFound", id));
                after.add(fields.applyTo(before.toBuilder(), before.year()).build());
            }
            Adjustment done = ledger.service().editMany(after, note.note());
            String ids = String.join("、", tasks.stream().map(String::valueOf).toList());
            ctx.out().println(I18n.text("cli.edited", ids, done.type().label(), done.id()));
        }
        return 0;
    }
}
