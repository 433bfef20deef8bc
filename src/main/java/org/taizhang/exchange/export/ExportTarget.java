package org.taizhang.exchange.export;

import java.nio.file.Path;

/** Where an export goes: the file, its format (from its name), and whether an existing file may be replaced. */
public record ExportTarget(Path file, ExportFormat format, boolean replace) {
    public static ExportTarget of(Path file, boolean replace) {
        return new ExportTarget(file, ExportFormat.ofFile(file), replace);
    }
}
