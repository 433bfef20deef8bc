package org.taizhang.report.layout;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.I18n;

/**
 * Lays content out down A4 pages: titles, headings kept with what follows, wrapped paragraphs,
 * figures, charts, and tables that break across pages with their header repeated. Pages get a
 * running title and, once all are laid out, the footer "第 X 页 共 Y 页" with a footnote beside it.
 */
public final class PageWriter {
    static final int INK = 0x222222;
    static final int MUTED = 0x666666;
    static final int LINE = 0xB8B8B8;
    static final int HEADER_FILL = 0xE4E1DC;
    static final int STRIPE = 0xF6F5F2;
    static final int ACCENT = 0xB0302A;

    private final Marks.PageSize size;
    private final Marks.Metrics metrics;
    private final float margin;
    private final String runningTitle;
    private final List<Marks.Page> pages = new ArrayList<>();
    private List<Marks.Mark> marks;
    private float y;

    public PageWriter(Marks.PageSize size, Marks.Metrics metrics, String runningTitle) {
        this.size = size;
        this.metrics = metrics;
        this.margin = 42;
        this.runningTitle = runningTitle;
        newPage();
    }

    public float width() {
        return size.width() - 2 * margin;
    }

    public float left() {
        return margin;
    }

    private float bottom() {
        return size.height() - margin - 18; // room for the footer
    }

    public void newPage() {
        marks = new ArrayList<>();
        pages.add(new Marks.Page(pages.size() + 1, marks));
        y = margin;
        if (pages.size() > 1) {
            marks.add(new Marks.Text(margin, margin - 22, 8, false, MUTED, runningTitle));
            marks.add(new Marks.Rule(margin, margin - 10, size.width() - margin, margin - 10, LINE, 0.5f));
        }
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    public void need(float height) {
        if (y + height > bottom() && y > margin + 1) {
            newPage();
        }
    }

    public void space(float points) {
        y += points;
    }

    public void title(String text, float size) {
        need(size * 1.6f);
        float w = metrics.width(text, size);
        marks.add(new Marks.Text(margin + (width() - w) / 2, y, size, true, ACCENT, text));
        y += size * 1.6f;
    }

    public void centered(String text, float size, int color) {
        for (String line : wrap(text, size, width())) {
            need(size * 1.5f);
            marks.add(new Marks.Text(margin + (width() - metrics.width(line, size)) / 2, y, size, false, color, line));
            y += size * 1.5f;
        }
    }

    /** A section heading, kept on one page with at least {@code keep} points of what follows. */
    public void heading(String text, float keep) {
        float size = 13;
        need(size * 2 + keep);
        y += 6;
        marks.add(new Marks.Text(margin, y, size, true, INK, text));
        y += size * 1.7f;
    }

    public void paragraph(String text, float size) {
        for (String line : wrap(text, size, width())) {
            need(size * 1.6f);
            marks.add(new Marks.Text(margin, y, size, false, INK, line));
            y += size * 1.6f;
        }
        y += 4;
    }

    /** A figure: a coloured number over its label, in a row of equal boxes. */
    public record Figure(String value, String label, int color) {
    }

    public void figures(List<Figure> figures) {
        float h = 52;
        need(h + 8);
        float gap = 8;
        float w = (width() - gap * (figures.size() - 1)) / figures.size();
        float x = margin;
        for (Figure f : figures) {
            marks.add(new Marks.Box(x, y, w, h, STRIPE, LINE));
            marks.add(new Marks.Text(x + (w - metrics.width(f.value(), 18)) / 2, y + 7, 18, true, f.color(), f.value()));
            marks.add(new Marks.Text(x + (w - metrics.width(f.label(), 9)) / 2, y + 33, 9, false, MUTED, f.label()));
            x += w + gap;
        }
        y += h + 10;
    }

    /** A slice of a chart: its name, count and colour. */
    public record Part(String label, int value, int color) {
    }

    /** A pie of parts beside its legend, in a box {@code height} points high. */
    public void pie(String caption, List<Part> parts, float height) {
        need(height + 20);
        marks.add(new Marks.Text(margin, y, 10, true, INK, caption));
        float top = y + 16;
        float r = (height - 16) / 2 - 4;
        float cx = margin + r + 8;
        float cy = top + r + 2;
        int total = parts.stream().mapToInt(Part::value).sum();
        float start = 90;
        for (Part p : parts) {
            if (p.value() == 0 || total == 0) {
                continue;
            }
            float sweep = -360f * p.value() / total;
            marks.add(new Marks.Wedge(cx, cy, r, start, sweep, p.color()));
            start += sweep;
        }
        float ly = top + 4;
        for (Part p : parts) {
            marks.add(new Marks.Box(cx + r + 24, ly + 1, 9, 9, p.color(), -1));
            String text = p.label() + "　" + p.value() + (total == 0 ? "" : "（" + org.taizhang.report.SummaryTables.percent((double) p.value() / total) + "）");
            marks.add(new Marks.Text(cx + r + 38, ly, 9.5f, false, INK, text));
            ly += 15;
        }
        y = Math.max(top + 2 * r + 8, ly) + 8;
    }

    /** A bar for each row, split into coloured parts, with the row's name to the left and its total to the right. */
    public void stackedBars(String caption, List<String> names, List<List<Part>> rows, List<Part> legend) {
        float barHeight = 11;
        float rowHeight = 17;
        need(30 + Math.min(rows.size(), 6) * rowHeight);
        marks.add(new Marks.Text(margin, y, 10, true, INK, caption));
        float lx = margin + metrics.width(caption, 10) + 16;
        for (Part p : legend) {
            marks.add(new Marks.Box(lx, y + 2, 8, 8, p.color(), -1));
            marks.add(new Marks.Text(lx + 11, y + 1, 8.5f, false, MUTED, p.label()));
            lx += 11 + metrics.width(p.label(), 8.5f) + 10;
        }
        y += 18;
        float labelWidth = 0;
        for (String n : names) {
            labelWidth = Math.max(labelWidth, metrics.width(n, 9));
        }
        labelWidth = Math.min(labelWidth + 6, width() * 0.3f);
        int max = rows.stream().mapToInt(r -> r.stream().mapToInt(Part::value).sum()).max().orElse(1);
        float barSpace = width() - labelWidth - 30;
        for (int i = 0; i < rows.size(); i++) {
            need(rowHeight);
            marks.add(new Marks.Text(margin, y, 9, false, INK, clip(names.get(i), 9, labelWidth - 6)));
            float x = margin + labelWidth;
            int total = 0;
            for (Part p : rows.get(i)) {
                float w = max == 0 ? 0 : barSpace * p.value() / max;
                if (w > 0) {
                    marks.add(new Marks.Box(x, y + 1, w, barHeight, p.color(), -1));
                }
                x += w;
                total += p.value();
            }
            marks.add(new Marks.Text(x + 4, y, 9, false, MUTED, Integer.toString(total)));
            y += rowHeight;
        }
        y += 6;
    }

    /** A table column: header, share of the width, and whether its cells are centred. */
    public record Column(String header, float weight, boolean centered) {
    }

    /**
     * A table whose rows wrap within their cells and break across pages, each page starting with
     * the header again. {@code empty} is said when there are no rows.
     */
    public void table(List<Column> columns, List<List<String>> rows, String empty) {
        float size = 9;
        float line = size * 1.45f;
        float pad = 4;
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * columns.get(i).weight() / total;
        }
        List<String> headers = columns.stream().map(Column::header).toList();
        float headerHeight = rowHeight(headers, widths, size + 0.5f, line, pad);
        if (rows.isEmpty()) {
            need(headerHeight + line + 2 * pad);
            row(columns, headers, widths, size + 0.5f, line, pad, headerHeight, true, HEADER_FILL);
            row(columns, List.of(empty), new float[] {width()}, size, line, pad, line + 2 * pad, false, -1);
            y += 8;
            return;
        }
        boolean header = true;
        for (int r = 0; r < rows.size(); r++) {
            float h = rowHeight(rows.get(r), widths, size, line, pad);
            if (header || y + h > bottom()) {
                if (!header) {
                    newPage();
                }
                need(headerHeight + h);
                row(columns, headers, widths, size + 0.5f, line, pad, headerHeight, true, HEADER_FILL);
                header = false;
            }
            row(columns, rows.get(r), widths, size, line, pad, h, false, r % 2 == 1 ? STRIPE : -1);
        }
        y += 8;
    }

    private float rowHeight(List<String> cells, float[] widths, float size, float line, float pad) {
        int lines = 1;
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            lines = Math.max(lines, wrap(cells.get(c), size, widths[c] - 2 * pad).size());
        }
        return lines * line + 2 * pad;
    }

    private void row(List<Column> columns, List<String> cells, float[] widths, float size, float line, float pad,
            float height, boolean bold, int fill) {
        float x = margin;
        for (int c = 0; c < widths.length; c++) {
            marks.add(new Marks.Box(x, y, widths[c], height, fill, LINE));
            String text = c < cells.size() ? cells.get(c) : "";
            float ty = y + pad;
            boolean centered = bold || widths.length == columns.size() && columns.get(c).centered();
            for (String l : wrap(text, size, widths[c] - 2 * pad)) {
                float tx = centered ? x + (widths[c] - metrics.width(l, size)) / 2 : x + pad;
                marks.add(new Marks.Text(tx, ty, size, bold, INK, l));
                ty += line;
            }
            x += widths[c];
        }
        y += height;
    }

    /** Punctuation that may not begin a line (避头点): it stays at the end of the line before, hanging. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’%．,.;:?!)]";

    /** Lines of {@code text} that fit {@code width} (Chinese breaks anywhere but before closing punctuation). */
    public List<String> wrap(String text, float size, float width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && metrics.width(line + ch, size) > width && NO_LINE_START.indexOf(cp) < 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            out.add(line.toString());
        }
        return out;
    }

    private String clip(String text, float size, float width) {
        if (metrics.width(text, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && metrics.width(t + "…", size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /**
     * All pages, each with the footer "第 X 页 共 Y 页" and, at its right, {@code footnote} (the
     * ledger's check code), so a single page can be checked against the ledger too.
     */
    public Marks.Report finish(String title, String footnote) {
        int count = pages.size();
        float baseline = size.height() - margin + 4;
        for (Marks.Page page : pages) {
            String footer = I18n.text("report.footer", page.number(), count);
            page.marks().add(new Marks.Text((size.width() - metrics.width(footer, 9)) / 2, baseline, 9, false, MUTED,
                    footer));
            if (!footnote.isEmpty()) {
                page.marks().add(new Marks.Text(size.width() - margin - metrics.width(footnote, 8), baseline + 1, 8, false,
                        MUTED, footnote));
            }
        }
        return new Marks.Report(title, size, List.copyOf(pages));
    }
}
