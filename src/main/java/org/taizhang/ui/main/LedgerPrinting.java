package org.taizhang.ui.main;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.taizhang.core.Days;
import org.taizhang.core.I18n;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.report.LedgerPrint;
import org.taizhang.report.layout.LedgerLayout;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FileType;
import org.taizhang.ui.report.Paper;

/**
 * 打印台账: the ledger table as the window shows it — its columns in their order and widths, the
 * filter and search, the rows in the table's order, the day travelled to — laid out on A4
 * landscape pages off the FX thread and shown in the print preview, which prints it or saves it
 * as a PDF. What is printed is taken when the command is given.
 */
final class LedgerPrinting {
    private final MainViewModel main;
    private final UserPrefs prefs;
    private final Paper paper;

    LedgerPrinting(MainViewModel main, UserPrefs prefs) {
        this.main = main;
        this.prefs = prefs;
        this.paper = new Paper(main.background(), prefs);
    }

    /** What the window shows now, to be printed. */
    private record Shown(List<LedgerPrint.Column> columns, List<LedgerPrint.Line> lines, TaskFilter filter,
            LocalDate asOf, Instant at, LocalDate today) {
        String name(String title) {
            return title + ".pdf";
        }
    }

    private Shown shown() {
        LocalDate asOf = main.asOfProperty().get();
        return new Shown(LedgerColumns.printed(prefs.get(LedgerColumns.PREFERENCE).orElse(null)),
                main.table().printLines(), main.table().filter(), asOf,
                asOf == null ? null : Days.endOf(asOf, main.zone()), main.today());
    }

    private Paper.Layout layout(Shown s) {
        return font -> LedgerLayout.document(LedgerPrint.of(main.service(), s.at(), s.asOf(), s.today(), s.filter(),
                s.columns(), s.lines()), font);
    }

    /** Lays out what the window shows and opens the print preview on it. */
    void print() {
        Shown s = shown();
        paper.pages(I18n.text("print.layingOut"), layout(s), pages -> main.windows().preview(pages,
                asks -> savePdf(asks, s, pages.report().title())), main::fail);
    }

    /** 存为 PDF from the preview: the same pages, where the clerk says. */
    private void savePdf(DialogService asks, Shown s, String title) {
        asks.saveFile(s.name(title), null, FileType.PDF).ifPresent(file -> paper.savePdf(
                I18n.text("dashboard.writingPdf"), layout(s), file, asks::written, main::fail));
    }
}
