package org.taizhang.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import javafx.application.Application;
import org.taizhang.cli.Cli;

/**
 * The program's entry: with no arguments (or just a ledger file) the desktop window, with a
 * command the command line.
 * (A main class that is not an Application lets JavaFX run from the plain classpath.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        logToFile();
        // from here, not once picocli is set up; after logToFile: POI's logging settles where the log goes
        org.taizhang.cli.Cli.prepare(args);
        // SQLite's native library from a copy of the program's own, not unpacked again at each start
        org.taizhang.store.SqliteLibrary.useCopyIn(AppDirs.dataDir().resolve("native"));
        if (args.length == 0 || opensInWindow(args)) {
            // JavaFX's own words (dialog buttons, date pickers, text menus) follow the default locale.
            java.util.Locale.setDefault(org.taizhang.core.I18n.locale());
            Application.launch(TaizhangApp.class, args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = new Cli(Clock.systemDefaultZone(), ZoneId.systemDefault(), out, err).run(args);
        System.exit(code);
    }

    /** A lone ledger file (double-clicked, or "taizhang x.taizhang") or server address opens in the window, not the command line. */
    static boolean opensInWindow(String[] args) {
        return args.length == 1 && (args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".taizhang")
                || org.taizhang.store.LedgerAddress.namesServer(args[0]));
    }

    /** Warnings and errors with their details go to a log file, not to the clerk's screen or the terminal. */
    private static void logToFile() {
        if (System.getProperty("org.slf4j.simpleLogger.logFile") != null) {
            return;
        }
        try {
            Files.createDirectories(AppDirs.dataDir());
            System.setProperty("org.slf4j.simpleLogger.logFile", AppDirs.logFile().toString());
        } catch (IOException | SecurityException e) {
            // no place for a log: warnings go to stderr, which is still better than nothing
        }
    }
}
