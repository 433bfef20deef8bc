package org.taizhang.core.ledger;

import java.util.List;
import org.taizhang.core.Message;

/** The outcome of {@code verify}: how much was checked and what was found wrong, first break first. */
public record VerifyReport(int adjustments, int tasks, List<Message> problems) {
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
