package org.taizhang.core.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock moved by hand: the sample ledger replays its year with it, tests know every adjustment's time. */
public final class SettableClock extends Clock {
    private Instant now;

    public SettableClock(Instant start) {
        now = start;
    }

    public static SettableClock at(String instant) {
        return new SettableClock(Instant.parse(instant));
    }

    public void set(Instant to) {
        now = to;
    }

    public Instant advance(Duration by) {
        now = now.plus(by);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
