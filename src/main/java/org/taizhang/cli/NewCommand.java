package org.taizhang.cli;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerYear;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "new", description = "新建空台账 / create an empty ledger")
final class NewCommand extends LedgerCommand {
    @Option(names = "--title", description = "台账标题 / title, e.g. 北疆市2024年全面深化改革任务台账")
    String title;

    @Option(names = "--year", description = "台账年度（默认取标题中的年份，否则为今年）/ the ledger's year "
            + "(default: the year in the title, else this year)")
    Integer year;

    NewCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        OptionalInt titled = LedgerYear.inTitle(title);
        String from = year != null ? "cli.yearGiven" : titled.isPresent() ? "cli.yearFromTitle" : "cli.yearThisYear";
        int y = year != null ? year
                : titled.orElseGet(() -> LocalDate.now(ctx.clock().withZone(ctx.zone())).getYear());
        String t = title != null ? title : I18n.text("ledger.defaultTitle", Integer.toString(y));
        try (OpenLedger ledger = OpenLedger.create(file, t, y, ctx.clock())) {
            ctx.out().println(I18n.text("cli.created", file, ledger.service().info().title()));
            ctx.out().println(I18n.text(from, y));
            if (year != null && titled.isPresent() && titled.getAsInt() != year) {
                ctx.out().println(I18n.text("cli.yearNotTitle", titled.getAsInt()));
            }
        }
        return 0;
    }
}
