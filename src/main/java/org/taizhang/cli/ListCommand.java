package org.taizhang.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskOrder;
import org.taizhang.core.task.TaskSearch;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "列出任务 / list the tasks")
final class ListCommand extends LedgerCommand {
    @Option(names = "--as-of", paramLabel = "DATETIME",
            description = "台账在该时刻的样子 / the ledger as it stood then (2023-06-30 = end of that day)")
    String asOf;

    @Option(names = "--search", paramLabel = "TEXT", description = "只列出含有该文字的任务 / only tasks containing TEXT")
    String search;

    @Option(names = "--json", description = "JSON 输出 / print JSON")
    boolean json;

    ListCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
            List<Task> all = asOf == null ? ledger.service().tasks()
                    : ledger.service().tasksAsOf(Moments.parse(asOf, ctx.zone()));
            List<Task> shown = all.stream().filter(t -> TaskSearch.matches(t, search)).toList();
            if (json) {
                ctx.out().println(Json.print(Json.tasks(shown)));
                return 0;
            }
            Map<Long, Task> byId = new HashMap<>();
            all.forEach(t -> byId.put(t.id(), t));
            ctx.out().println(String.join("\t", I18n.text("field.id"), I18n.text("field.number"),
                    I18n.text("field.title"), I18n.text("field.leadUnits"), I18n.text("field.deadline"),
                    I18n.text("field.status")));
            for (Task t : shown) {
                String indent = "  ".repeat(TaskOrder.depth(t, byId));
                ctx.out().println(String.join("\t", Long.toString(t.id()), indent + t.number().text(), t.title(),
                        t.leadUnits().text(), t.deadline().text(), t.status().label()));
            }
            ctx.out().println(I18n.text("cli.listed", shown.size(), all.size()));
        }
        return 0;
    }
}
