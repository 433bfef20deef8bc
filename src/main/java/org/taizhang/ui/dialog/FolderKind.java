package org.taizhang.ui.dialog;

/**
 * The kinds of file a clerk keeps in folders of their own; each file dialog starts in the folder
 * last used for its kind ({@link LastFolders}).
 */
public enum FolderKind {
    /** Ledger files (.taizhang): opened, created, saved as, restored from a backup. */
    LEDGERS("folder.ledgers"),
    /** Returns from the units, to import (the key the import wizard has always used). */
    RETURNS("import.folder"),
    /** Workbooks written for others: the ledger, 填报 workbooks, the log, changes, the request list. */
    EXPORTS("folder.exports"),
    /** Documents to read and print: the report's PDF and workbook, the 通报, the 督办单. */
    REPORTS("folder.reports"),
    /** Font files, for the PDF font in the settings. */
    FONTS("folder.fonts"),
    /** Where backups are kept, chosen in the settings. */
    BACKUPS("folder.backups");

    private final String prefKey;

    FolderKind(String prefKey) {
        this.prefKey = prefKey;
    }

    /** The user preference that keeps the last folder of this kind. */
    public String prefKey() {
        return prefKey;
    }
}
