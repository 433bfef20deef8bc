package org.taizhang.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;

/** What every command needs from outside: the clock, the time zone of the office, and where to write. */
record CliContext(Clock clock, ZoneId zone, PrintWriter out) {
}
