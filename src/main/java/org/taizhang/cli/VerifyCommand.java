package org.taizhang.cli;

import org.taizhang.core.I18n;
import org.taizhang.core.Message;
import org.taizhang.core.history.CheckCode;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", description = "检查调整记录是否被改动 / check the history chain and the ledger against it")
final class VerifyCommand extends LedgerCommand {
    /** Exit code when the check ran and found the ledger altered. */
    static final int SUSPECT = 3;

    @Option(names = "--code", paramLabel = "CODE", description = "纸面上的校验码（报表、PDF、导出台账的页脚），"
            + "如 295-8C3F-A91B-02D4 / the check code printed in a report's or export's footer")
    String code;

    VerifyCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        CheckCode paper = code == null ? null : CheckCode.parse(code);
        try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
            VerifyReport report = ledger.service().verify();
            if (report.ok()) {
                ctx.out().println(I18n.text("verify.ok", report.adjustments(), report.tasks()));
                return paper == null ? 0 : against(ledger.service().check(paper), paper);
            }
            ctx.out().println(report.summary().text()); // where it breaks first, then every finding
            for (Message m : report.problems()) {
                ctx.out().println(m.text());
            }
            throw new SuspectLedger(I18n.text("verify.failed", file.shortName(), report.problems().size()));
        }
    }

    /** The chain is whole; does it still hold the history the paper's code was taken from? */
    private int against(LedgerService.CodeCheck check, CheckCode paper) {
        switch (check.outcome()) {
            case MATCHES -> {
                ctx.out().println(I18n.text("verify.codeMatches", paper.text(), check.count(), check.after()));
                return 0;
            }
            case DIFFERS -> ctx.out().println(I18n.text("verify.codeDiffers", paper.text(), check.count()));
            case TOO_FEW -> ctx.out().println(I18n.text("verify.codeTooFew", paper.text(), check.count(), paper.count()));
        }
        throw new SuspectLedger(I18n.text("verify.codeFailed", file.shortName(), paper.text()));
    }

    /** The one line on stderr when verification finds problems. */
    static final class SuspectLedger extends RuntimeException {
        SuspectLedger(String message) {
            super(message);
        }
    }
}
