package org.taizhang.cli;

import java.time.Instant;
import org.taizhang.core.I18n;
import org.taizhang.core.history.LedgerDiff;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "diff", description = "比较两个日期的台账 / what changed between two dates")
final class DiffCommand extends LedgerCommand {
    @Option(names = "--from", required = true, paramLabel = "D1", description = "起 / from")
    String from;

    @Option(names = "--to", required = true, paramLabel = "D2", description = "止 / to")
    String to;

    @Option(names = "--json", description = "JSON 输出 / print JSON")
    boolean json;

    DiffCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Instant a = Moments.parse(from, ctx.zone());
        Instant b = Moments.parse(to, ctx.zone());
        try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
            LedgerDiff diff = ledger.service().diff(a, b);
            if (json) {
                ctx.out().println(Json.print(Json.diff(diff, a.toString(), b.toString())));
                return 0;
            }
            StringBuilder out = new StringBuilder();
            out.append(I18n.text("cli.diffHeader", TextOut.time(a, ctx.zone()), TextOut.time(b, ctx.zone()),
                    diff.adjustments().size())).append('\n');
            for (LedgerDiff.Kind kind : LedgerDiff.Kind.values()) {
                var entries = diff.of(kind);
                if (entries.isEmpty()) {
                    continue;
                }
                out.append(I18n.text("diff." + kind.name().toLowerCase(java.util.Locale.ROOT), entries.size()))
                        .append('\n');
                for (LedgerDiff.Entry e : entries) {
                    out.append("  [").append(e.task().id()).append("] ").append(e.task().number().text()).append(' ')
                            .append(TextOut.shorten(e.task().title())).append('\n');
                    if (kind != LedgerDiff.Kind.ADDED && kind != LedgerDiff.Kind.REMOVED) {
                        TextOut.fieldLines(e.fields(), out);
                    }
                }
            }
            if (diff.isEmpty()) {
                out.append(I18n.text("cli.noDifference")).append('\n');
            }
            ctx.out().print(out);
        }
        return 0;
    }
}
