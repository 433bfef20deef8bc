package org.taizhang.cli;

import org.taizhang.core.I18n;
import org.taizhang.core.Message;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;

@Command(name = "verify", description = "检查调整记录是否被改动 / check the history chain and the ledger against it")
final class VerifyCommand extends LedgerCommand {
    /** Exit code when the check ran and found the ledger altered. */
    static final int SUSPECT = 3;

    VerifyCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
            VerifyReport report = ledger.service().verify();
            if (report.ok()) {
                ctx.out().println(I18n.text("verify.ok", report.adjustments(), report.tasks()));
                return 0;
            }
            ctx.out().println(report.summary().text()); // where it breaks first, then every finding
            for (Message m : report.problems()) {
                ctx.out().println(m.text());
            }
            throw new SuspectLedger(I18n.text("verify.failed", file.getFileName(), report.problems().size()));
        }
    }

    /** The one line on stderr when verification finds problems. */
    static final class SuspectLedger extends RuntimeException {
        SuspectLedger(String message) {
            super(message);
        }
    }
}
