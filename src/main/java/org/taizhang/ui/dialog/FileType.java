package org.taizhang.ui.dialog;

import java.util.List;
import org.taizhang.core.I18n;

/** The kinds of file the program asks for, each with its filter's words and patterns. */
public enum FileType {
    LEDGER("file.filter", "*.taizhang"),
    XLSX("exporting.xlsx", "*.xlsx"),
    XLS("exporting.xls", "*.xls"),
    DOCX("exporting.docx", "*.docx"),
    PDF("dashboard.pdfFiles", "*.pdf"),
    FONT("settings.pdfFontFiles", "*.ttf", "*.ttc", "*.TTF", "*.TTC"),
    RETURNS("importer.fileFilter", "*.xlsx", "*.xls", "*.et", "*.ods", "*.XLSX", "*.XLS", "*.ET", "*.ODS"),
    ANY("importer.allFiles", "*.*");

    private final String key;
    private final List<String> patterns;

    FileType(String key, String... patterns) {
        this.key = key;
        this.patterns = List.of(patterns);
    }

    public String description() {
        return I18n.text(key);
    }

    public List<String> patterns() {
        return patterns;
    }

    /** ".xlsx" for a type of one extension, which a saved file gets when the clerk did not type it. */
    public String extension() {
        return patterns.get(0).substring(1);
    }
}
