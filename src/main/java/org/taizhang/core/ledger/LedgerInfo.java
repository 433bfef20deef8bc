package org.taizhang.core.ledger;

import java.time.Instant;

/** What a ledger file says of itself: a lasting id, its title and year, when it was made. */
public record LedgerInfo(String uuid, String title, int year, Instant created) {
}
