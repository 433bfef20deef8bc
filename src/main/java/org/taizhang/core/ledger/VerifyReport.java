package org.taizhang.core.ledger;

import java.util.List;
import org.taizhang.core.Message;

/**
 * The outcome of {@code verify}: how much was checked and what was found wrong, first break first.
 * {@code summary} says in one sentence where the ledger stops being what its chain vouches for
 * (null when it is whole), for a banner or a refusal.
 */
public record VerifyReport(int adjustments, int tasks, List<Message> problems, Message summary) {
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
