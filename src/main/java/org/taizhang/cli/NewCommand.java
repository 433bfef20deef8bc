package org.taizhang.cli;

import java.time.LocalDate;
import org.taizhang.core.I18n;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "new", description = "新建空台账 / create an empty ledger")
final class NewCommand extends LedgerCommand {
    @Option(names = "--title", description = "台账标题 / title, e.g. 北疆市2024年全面深化改革任务台账")
    String title;

    @Option(names = "--year", description = "台账年度 / the ledger's year (default: this year)")
    Integer year;

    NewCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        int y = year != null ? year : LocalDate.now(ctx.clock().withZone(ctx.zone())).getYear();
        String t = title != null ? title : I18n.text("ledger.defaultTitle", Integer.toString(y));
        try (OpenLedger ledger = OpenLedger.create(file, t, y, ctx.clock())) {
            ctx.out().println(I18n.text("cli.created", file, ledger.service().info().title()));
        }
        return 0;
    }
}
