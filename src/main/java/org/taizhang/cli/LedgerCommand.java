package org.taizhang.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/** A command on one ledger file, given first. */
abstract class LedgerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "台账文件 (.taizhang) / the ledger file")
    Path file;

    final CliContext ctx;

    LedgerCommand(CliContext ctx) {
        this.ctx = ctx;
    }
}
