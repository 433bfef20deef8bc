package org.taizhang.cli;

import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.Note;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "undo", description = "撤销最近一次调整 / undo the latest adjustment")
final class UndoCommand extends LedgerCommand {
    @Option(names = "--operator", required = true, paramLabel = "NAME", description = "经办人 / who undoes it")
    String operator;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "撤销理由 / why")
    String reason;

    @Option(names = "--basis", paramLabel = "TEXT", description = "依据（文号或会议）/ basis")
    String basis;

    UndoCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
            Adjustment undo = ledger.service().undoLast(Note.by(operator, reason, basis));
            Adjustment target = ledger.service().log().stream().filter(a -> a.id() == undo.undoes())
                    .findFirst().orElseThrow();
            ctx.out().println(I18n.text("cli.undone", target.id(), target.type().label(),
                    TextOut.time(target.time(), ctx.zone()), undo.id()));
        }
        return 0;
    }
}
