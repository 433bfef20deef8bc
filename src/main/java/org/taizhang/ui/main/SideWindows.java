package org.taizhang.ui.main;

/**
 * The windows the main window opens beside itself over the open ledger. The program builds them
 * (app.Windows); a view-model test records which were asked for.
 */
public interface SideWindows {
    void log();

    /** 调整申请: the units' requests and the office's steps on them. */
    void requests();

    /** Comparison of two dates; also where the changes between them are exported. */
    void compare();

    void reference();

    void settings();

    /** The import wizard for departments' returns. */
    void importer();

    void exportLedger();

    void exportUnits();

    /** The selected tasks as a ledger workbook. */
    void exportSelection(java.util.List<org.taizhang.core.task.Task> tasks);

    void exportHistory();

    /** The committee's 动态调整清单: the newest list awaiting its meeting, as .docx or .xlsx. */
    void exportRequestList();

    /** The status report (报表): figures, charts, printing, PDF. */
    void report();

    /** 督办单: plan, preview, issue the notices of a day; follow them until answered. */
    default void notices() {
    }

    /**
     * The print preview of laid-out pages (the printed ledger); {@code savePdf} asks where and
     * writes the same pages as a PDF, with the preview's dialogs.
     */
    default void preview(org.taizhang.ui.report.Paper.Pages pages,
            java.util.function.Consumer<org.taizhang.ui.dialog.DialogService> savePdf) {
    }

    /** The ledger's backups, to restore one as a new ledger. */
    void backups();

    /** The user guide, bundled with the program. */
    void guide();

    /** Version, files and the bundled libraries' licences. */
    void about();

    /** Closes the main window, and with it the program. */
    void exit();

    /** Until the program gives its windows: opens none. */
    SideWindows NONE = new SideWindows() {
        @Override public void log() { }
        @Override public void requests() { }
        @Override public void compare() { }
        @Override public void reference() { }
        @Override public void settings() { }
        @Override public void importer() { }
        @Override public void exportLedger() { }
        @Override public void exportUnits() { }
        @Override public void exportSelection(java.util.List<org.taizhang.core.task.Task> tasks) { }
        @Override public void exportHistory() { }
        @Override public void exportRequestList() { }
        @Override public void report() { }
        @Override public void backups() { }
        @Override public void guide() { }
        @Override public void about() { }
        @Override public void exit() { }
    };
}
