package org.taizhang.cli;

import java.util.concurrent.Callable;
import org.taizhang.core.I18n;
import org.taizhang.core.Message;
import org.taizhang.core.history.CheckCode;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.LedgerCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code taizhang copy SRC DST}: a ledger to a new address, file or server, with its whole history. */
@Command(name = "copy", description = "把台账连同全部调整记录复制到新的位置（文件 ↔ 服务器）/ copy a ledger with its whole "
        + "history to a new file or server ledger")
final class CopyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SRC", converter = LedgerCommand.AddressConverter.class,
            description = "原台账：文件或服务器台账地址 / the ledger to copy: a file or a server ledger's address")
    LedgerAddress from;

    @Parameters(index = "1", paramLabel = "DST", converter = LedgerCommand.AddressConverter.class,
            description = "副本：尚不存在的文件，或服务器上尚不存在的台账 postgresql://用户@服务器/数据库?ledger=台账名"
                    + " / where the copy goes: a file or server ledger that does not exist yet")
    LedgerAddress to;

    private final CliContext ctx;

    CopyCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        LedgerCopy.Result r = LedgerCopy.copy(from, to, ctx.clock());
        ctx.out().println(I18n.text("cli.copied", from.display(), to.display(), r.info().title()));
        ctx.out().println(I18n.text("cli.copiedRows", r.tasks(), r.adjustments(), r.rows().getOrDefault("unit", 0L),
                r.rows().getOrDefault("domain", 0L), r.rows().getOrDefault("setting", 0L)));
        if (r.ok()) {
            ctx.out().println(I18n.text("cli.copyChecked", r.code().text()));
            return 0;
        }
        if (!r.check().ok()) {
            for (Message m : r.check().problems()) {
                ctx.out().println(m.text());
            }
        }
        if (!r.sameHead()) {
            ctx.out().println(I18n.text("cli.copyOtherHead", r.code().text(),
                    CheckCode.of(r.copiedHead().count(), r.copiedHead().hash()).text()));
        }
        throw new VerifyCommand.SuspectLedger(I18n.text("cli.copyCheckFailed", to.shortName()));
    }
}
