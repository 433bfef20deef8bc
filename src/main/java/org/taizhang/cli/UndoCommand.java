package org.taizhang.cli;

import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "undo", description = "撤销最近一次调整 / undo the latest adjustment")
final class UndoCommand extends LedgerCommand {
    @Mixin
    NoteOptions note;

    UndoCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.open(file, ctx.clock())) {
            Adjustment undo = ledger.service().undoLast(note.note());
            Adjustment target = ledger.service().log().stream().filter(a -> a.id() == undo.undoes())
                    .findFirst().orElseThrow();
            ctx.out().println(I18n.text("cli.undone", target.id(), target.type().label(),
                    TextOut.time(target.time(), ctx.zone()), undo.id()));
        }
        return 0;
    }
}
