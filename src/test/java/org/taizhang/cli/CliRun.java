package org.taizhang.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneId;

/** The command line run in this JVM, as the tests run it: its exit code and what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun of(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(clock, ZoneId.of("Asia/Shanghai"), new PrintWriter(out), new PrintWriter(err)).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
