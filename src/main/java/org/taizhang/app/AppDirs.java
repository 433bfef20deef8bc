package org.taizhang.app;

import java.nio.file.Path;
import java.util.Locale;

/** Where the program keeps its own files on each system: the log and the sample ledger. */
final class AppDirs {
    private AppDirs() {
    }

    static Path dataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Taizhang");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Taizhang");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("taizhang");
    }

    static Path sampleLedger() {
        return dataDir().resolve("示例").resolve("北疆市2023年改革任务台账（示例）.taizhang");
    }

    static Path logFile() {
        return dataDir().resolve("taizhang.log");
    }
}
