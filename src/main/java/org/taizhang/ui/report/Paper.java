package org.taizhang.ui.report;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.taizhang.report.layout.Marks;
import org.taizhang.report.pdf.PdfPages;
import org.taizhang.report.pdf.ReportFont;
import org.taizhang.ui.Background;
import org.taizhang.ui.UserPrefs;

/**
 * Paper for the windows: a document laid out on pages off the FX thread, in the font the settings
 * name (else one found on this computer), for the print preview and the printer; and the same
 * pages written as a PDF. The report (报表) and the printed ledger (打印台账) both go through it.
 */
public final class Paper {
    /**
     * Pages laid out for the printer and the preview, and the font they were set in (its file
     * already loaded into JavaFX under {@code fontFamily}).
     */
    public record Pages(Marks.Report report, String fontFamily, float ascent) {
        /** "纵向" or "横向": how the pages lie. */
        public boolean landscape() {
            return report.size().width() > report.size().height();
        }
    }

    /** A document's layout in a font's widths; it is made on the worker, so it may read the ledger. */
    @FunctionalInterface
    public interface Layout {
        org.taizhang.report.layout.Layout layout(Marks.Metrics metrics) throws Exception;
    }

    private final Background background;
    private final UserPrefs prefs;

    public Paper(Background background, UserPrefs prefs) {
        this.background = background;
        this.prefs = prefs;
    }

    /** The font the PDF embeds: the one named in the settings, else one found on this computer. */
    private ReportFont font() {
        return ReportFont.find(prefs.pdfFont().isEmpty() ? null : Path.of(prefs.pdfFont()));
    }

    /** Lays the document out (off the FX thread), then gives its pages for the preview and the printer. */
    public void pages(String busy, Layout layout, Consumer<Pages> then, Consumer<Throwable> failed) {
        background.run(busy, () -> {
            try (ReportFont font = font()) {
                Marks.Report report = layout.layout(font).hold(); // the preview shows any page
                // Loading a CJK font file (tens of MB) into JavaFX is work for the worker too.
                return new Pages(report, PageNodes.load(font.file(), font.family()), font.ascent());
            }
        }, then, failed);
    }

    /**
     * Writes the document as a PDF at {@code file} (the chooser has asked before replacing it), page
     * by page as they are laid out: a document of any length.
     */
    public void savePdf(String busy, Layout layout, Path file, Consumer<Path> done, Consumer<Throwable> failed) {
        background.runLong(busy, progress -> {
            try (ReportFont font = font()) {
                PdfPages.write(layout.layout(font), font, file, true, progress);
            }
            return file;
        }, done, failed);
    }
}
