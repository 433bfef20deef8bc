package org.taizhang.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of the whole-process export benchmark, run as a program of its own ({@link ExportBench}
 * starts it in a child JVM with the export's heap): the cells of the benchmark's ledger of N tasks,
 * made one task at a time, written to a plain SXSSF workbook, and nothing else: no command line,
 * no ledger, no logging set up, no styles. Not a command of the program.
 */
final class ExportFloor {
    private ExportFloor() {
    }

    /** {@code ExportFloor N OUT.xlsx}. */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Files.deleteIfExists(out);
        ExportBench.plain(out, ExportBench.taskStream(n));
    }
}
