package org.taizhang.core.ledger;

import org.taizhang.core.LedgerException;

/**
 * A ledger that does not match its own hash chain: something changed it behind the program's back.
 * It is not written to, since a new record built on an altered task would carry the alteration
 * into the chain as if the program had made it.
 */
public final class SuspectLedgerException extends LedgerException {
    private final transient VerifyReport report;

    public SuspectLedgerException(String fileName, VerifyReport report) {
        this("ledger.suspect", fileName, report);
    }

    /** With a message of its own for what was refused (its values: the file's name, the summary). */
    public SuspectLedgerException(String key, String fileName, VerifyReport report) {
        super(key, fileName, report.summary());
        this.report = report;
    }

    /** What the check found, first break first. */
    public VerifyReport report() {
        return report;
    }
}
