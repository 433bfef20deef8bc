package org.taizhang.cli;

import org.taizhang.core.I18n;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "生成示例台账 / create the sample ledger")
final class DemoCommand extends LedgerCommand {
    DemoCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.createSample(file, ctx.clock())) {
            ctx.out().println(I18n.text("cli.demoCreated", file.display(), ledger.service().tasks().size(),
                    ledger.service().log().size()));
        }
        return 0;
    }
}
