package org.taizhang.exchange.export;

import java.util.Locale;
import org.taizhang.core.LedgerException;

/** The workbook formats the office sends: .xlsx, and .xls for old machines. */
public enum ExportFormat {
    XLSX("xlsx"), XLS("xls");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat of(String name) {
        for (ExportFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT).replace(".", ""))) {
                return f;
            }
        }
        throw new LedgerException("export.badFormat", name);
    }

    /** The format a file name asks for, xlsx unless it ends in .xls. */
    public static ExportFormat ofFile(java.nio.file.Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls") ? XLS : XLSX;
    }
}
