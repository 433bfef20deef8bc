package org.taizhang.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days as moments: "the ledger as it stood on D" means as it stood at the end of D. */
public final class Days {
    private Days() {
    }

    /** The last millisecond of {@code day} in {@code zone}: an adjustment made on that day counts. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }
}
