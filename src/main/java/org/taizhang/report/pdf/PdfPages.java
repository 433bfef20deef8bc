package org.taizhang.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.taizhang.exchange.Progress;
import org.taizhang.exchange.export.SafeFile;
import org.taizhang.report.layout.Layout;
import org.taizhang.report.layout.Marks;

/**
 * Draws laid-out pages into a PDF. The font is embedded as a subset with its ToUnicode map, so
 * the text can be searched and copied; bold is the same outline filled and stroked, since the
 * common Chinese system fonts come without a bold face.
 */
public final class PdfPages {
    private PdfPages() {
    }

    /**
     * Writes the PDF to {@code target} page by page as the layout lays them out, holding no page
     * but the one being drawn, never leaving half a file (see {@link SafeFile}).
     */
    public static int write(Layout layout, ReportFont font, Path target, boolean replace, Progress progress) {
        int[] pages = {0};
        SafeFile.write(target, replace, out -> pages[0] = write(layout, font, out, progress));
        return pages[0];
    }

    /** Writes the PDF to {@code out} page by page as the layout lays them out; gives the number of pages. */
    public static int write(Layout layout, ReportFont font, OutputStream out, Progress progress) throws IOException {
        try (Drawing drawing = new Drawing(layout.title(), layout.size(), font)) {
            progress.check();
            int total = layout.count();
            int[] done = {0};
            try {
                layout.write(total, page -> {
                    progress.check();
                    drawing.page(page);
                    progress.done(++done[0], total);
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            drawing.save(out);
            return total;
        }
    }

    /** Writes the PDF of pages laid out and held to {@code target}, never leaving half a file (see {@link SafeFile}). */
    public static void write(Marks.Report report, ReportFont font, Path target, boolean replace, Progress progress) {
        SafeFile.write(target, replace, out -> write(report, font, out, progress));
    }

    public static void write(Marks.Report report, ReportFont font, OutputStream out, Progress progress)
            throws IOException {
        try (Drawing drawing = new Drawing(report.title(), report.size(), font)) {
            int done = 0;
            for (Marks.Page page : report.pages()) {
                progress.check();
                drawing.page(page);
                progress.done(++done, report.pages().size());
            }
            drawing.save(out);
        }
    }

    /**
     * A PDF being drawn a page at a time. What PDFBox keeps of a drawn page (its compressed content)
     * goes to a scratch file beyond the first megabytes, so a PDF of thousands of pages is not held
     * in memory either.
     */
    private static final class Drawing implements AutoCloseable {
        private final PDDocument doc;
        private final PDType0Font type0;
        private final ReportFont font;
        private final Marks.PageSize size;

        Drawing(String title, Marks.PageSize size, ReportFont font) throws IOException {
            this.doc = new PDDocument(MemoryUsageSetting.setupMixed(IN_MEMORY).streamCache);
            this.font = font;
            this.size = size;
            try {
                this.type0 = PDType0Font.load(doc, font.trueType(), true);
            } catch (IOException | RuntimeException e) {
                doc.close();
                throw e;
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Taizhang");
            info.setCreationDate(Calendar.getInstance());
            doc.getDocumentCatalog().setLanguage("zh-CN");
        }

        void page(Marks.Page page) {
            PDPage pdPage = new PDPage(new PDRectangle(size.width(), size.height()));
            doc.addPage(pdPage);
            try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                for (Marks.Mark mark : page.marks()) {
                    draw(cs, mark, size.height(), type0, font);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void save(OutputStream out) throws IOException {
            doc.save(out);
        }

        @Override
        public void close() throws IOException {
            doc.close();
        }
    }

    /** How much of the drawn pages PDFBox keeps in memory before it spills them to a scratch file. */
    private static final long IN_MEMORY = 8L << 20;

    private static void draw(PDPageContentStream cs, Marks.Mark mark, float height, PDType0Font type0, ReportFont font)
            throws IOException {
        if (mark instanceof Marks.Text t) {
            if (!t.text().isBlank()) {
                cs.beginText();
                cs.setFont(type0, t.size());
                color(cs, t.color(), false);
                if (t.bold()) {
                    color(cs, t.color(), true);
                    cs.setLineWidth(t.size() * 0.035f);
                    cs.setRenderingMode(RenderingMode.FILL_STROKE);
                } else {
                    cs.setRenderingMode(RenderingMode.FILL);
                }
                cs.newLineAtOffset(t.x(), height - t.y() - font.ascent() * t.size());
                cs.showText(font.printable(t.text()));
                cs.endText();
            }
        } else if (mark instanceof Marks.Box b) {
            if (b.fill() >= 0) {
                color(cs, b.fill(), false);
                cs.addRect(b.x(), height - b.y() - b.height(), b.width(), b.height());
                cs.fill();
            }
            if (b.stroke() >= 0) {
                color(cs, b.stroke(), true);
                cs.setLineWidth(0.5f);
                cs.addRect(b.x(), height - b.y() - b.height(), b.width(), b.height());
                cs.stroke();
            }
        } else if (mark instanceof Marks.Rule r) {
            color(cs, r.color(), true);
            cs.setLineWidth(r.width());
            cs.moveTo(r.x1(), height - r.y1());
            cs.lineTo(r.x2(), height - r.y2());
            cs.stroke();
        } else if (mark instanceof Marks.Wedge w) {
            wedge(cs, w, height);
        }
    }

    /** A pie slice as Bézier arcs of at most 90° each, with a white edge between slices. */
    private static void wedge(PDPageContentStream cs, Marks.Wedge w, float height) throws IOException {
        float cx = w.cx();
        float cy = height - w.cy();
        int segments = Math.max(1, (int) Math.ceil(Math.abs(w.sweep()) / 90));
        double step = Math.toRadians(w.sweep()) / segments;
        double a = Math.toRadians(w.start());
        double k = 4.0 / 3.0 * Math.tan(step / 4);
        cs.moveTo(cx, cy);
        cs.lineTo((float) (cx + w.radius() * Math.cos(a)), (float) (cy + w.radius() * Math.sin(a)));
        for (int i = 0; i < segments; i++) {
            double b = a + step;
            double x0 = Math.cos(a);
            double y0 = Math.sin(a);
            double x3 = Math.cos(b);
            double y3 = Math.sin(b);
            float r = w.radius();
            cs.curveTo((float) (cx + r * (x0 - k * y0)), (float) (cy + r * (y0 + k * x0)),
                    (float) (cx + r * (x3 + k * y3)), (float) (cy + r * (y3 - k * x3)),
                    (float) (cx + r * x3), (float) (cy + r * y3));
            a = b;
        }
        cs.closePath();
        color(cs, w.color(), false);
        color(cs, 0xFFFFFF, true);
        cs.setLineWidth(0.8f);
        cs.fillAndStroke();
    }

    private static void color(PDPageContentStream cs, int rgb, boolean stroke) throws IOException {
        float r = (rgb >> 16 & 0xFF) / 255f;
        float g = (rgb >> 8 & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        if (stroke) {
            cs.setStrokingColor(r, g, b);
        } else {
            cs.setNonStrokingColor(r, g, b);
        }
    }
}
