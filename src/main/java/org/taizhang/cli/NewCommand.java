package org.taizhang.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.core.yearend.CarryOver;
import org.taizhang.core.ledger.LedgerYear;
import org.taizhang.store.NextYearLedger;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "new", description = "新建空台账，或从上年台账结转新建 / create an empty ledger, or next year's "
        + "from this year's (--carry-over)")
final class NewCommand extends LedgerCommand {
    @Option(names = "--title", description = "台账标题 / title, e.g. 北疆市2024年全面深化改革任务台账")
    String title;

    @Option(names = "--year", description = "台账年度（默认取标题中的年份，否则为今年）/ the ledger's year "
            + "(default: the year in the title, else this year)")
    Integer year;

    @Option(names = "--carry-over", paramLabel = "FROM",
            description = "从上年台账结转：转入其中经审议同意结转的任务 / start next year's ledger with the tasks FROM carried over")
    Path carryFrom;

    @Option(names = "--operator", paramLabel = "NAME", description = "经办人（结转时必填）/ who starts it (with --carry-over)")
    String operator;

    NewCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (carryFrom != null) {
            return carryOver();
        }
        OptionalInt titled = LedgerYear.inTitle(title);
        String from = year != null ? "cli.yearGiven" : titled.isPresent() ? "cli.yearFromTitle" : "cli.yearThisYear";
        int y = year != null ? year
                : titled.orElseGet(() -> LocalDate.now(ctx.clock().withZone(ctx.zone())).getYear());
        String t = title != null ? title : I18n.text("ledger.defaultTitle", Integer.toString(y));
        try (OpenLedger ledger = OpenLedger.create(file, t, y, ctx.clock())) {
            ctx.out().println(I18n.text("cli.created", file.display(), ledger.service().info().title()));
            ctx.out().println(I18n.text(from, y));
            if (year != null && titled.isPresent() && titled.getAsInt() != year) {
                ctx.out().println(I18n.text("cli.yearNotTitle", titled.getAsInt()));
            }
        }
        return 0;
    }

    /** Next year's ledger from this year's: its year and title follow the old ones unless given. */
    private int carryOver() {
        if (operator == null || operator.isBlank()) {
            throw new LedgerException("cli.carryOperator");
        }
        NextYearLedger.Started started = NextYearLedger.start(filePath(), carryFrom, year, title, Note.by(operator),
                ctx.clock());
        try (OpenLedger ledger = started.ledger()) {
            LedgerInfo info = ledger.service().info();
            CarryOver.Result r = started.result();
            ctx.out().println(I18n.text("cli.carried", file.display(), info.title(), Integer.toString(info.year()), carryFrom,
                    r.added().size()));
            Map<Long, Task> tasks = new HashMap<>();
            ledger.service().tasks().forEach(t -> tasks.put(t.id(), t));
            for (Adjustment a : r.added()) {
                Task t = tasks.get(a.changes().get(0).taskId());
                CarryOver.Origin o = CarryOver.Origin.of(a).orElseThrow();
                ctx.out().println(I18n.text("cli.carriedLine", Long.toString(t.id()), t.label(),
                        Long.toString(o.task()), o.number()));
            }
            if (!r.pending().isEmpty()) {
                ctx.out().println(I18n.text("cli.carryPending", r.pending().size()));
            }
            if (!r.unsettled().isEmpty()) {
                ctx.out().println(I18n.text("cli.carryUnsettled", r.unsettled().size()));
            }
        }
        return 0;
    }
}
