package org.taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;

class DescribeTest {

    @Test
    void aRefusalIsSaidInItsOwnWords() {
        LedgerException e = new LedgerException("error.outOfMemory");
        assertEquals(e.getMessage(), Describe.problem(e));
    }

    /**
     * A workbook too big for the heap (the hostile corpus's 199,999 rows under -Xmx256m) ends the
     * import wizard's work in an OutOfMemoryError; the clerk is told what the command line tells,
     * that the ledger is unchanged, not that the program has an internal error.
     */
    @Test
    void runningOutOfMemoryIsSaidAsTheCommandLineSaysIt() {
        assertEquals(I18n.text("error.outOfMemory"), Describe.problem(new OutOfMemoryError("Java heap space")));
    }

    @Test
    void anythingElseIsAnInternalError() {
        assertEquals(I18n.text("error.unexpected", "IllegalStateException: x"),
                Describe.problem(new IllegalStateException("x")));
    }
}
