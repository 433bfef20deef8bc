package org.taizhang.report.layout;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.I18n;

/**
 * Lays content out down A4 pages: titles, headings kept with what follows, wrapped paragraphs,
 * figures, charts, and tables that break across pages with their header repeated. Pages get a
 * running title and the footer "第 X 页 共 Y 页" with a footnote beside it: once all are laid out,
 * for a writer that holds them, or as each is handed on, for one a {@link Layout} runs with the
 * number of pages it counted.
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
    /** The pages laid out, when they are held until {@link #finish}; null when each is handed on. */
    private final List<Marks.Page> pages;
    private final Layout.PageSink sink;
    private final String footnote;
    private final int total;
    private Marks.Page page;
    private List<Marks.Mark> marks;
    private float y;

    /** A writer that holds its pages until {@link #finish} numbers them. */
    public PageWriter(Marks.PageSize size, Marks.Metrics metrics, String runningTitle) {
        this(size, metrics, runningTitle, new ArrayList<>(), null, "", 0);
    }

    /**
     * A writer that hands each page to {@code sink} when the next is begun (and the last at
     * {@link #end}), with its footer "第 X 页 共 {@code total} 页" and {@code footnote}, and keeps
     * none; {@code total} 0 while the pages are only counted (no footer then).
     */
    PageWriter(Marks.PageSize size, Marks.Metrics metrics, String runningTitle, String footnote, int total,
            Layout.PageSink sink) {
        this(size, metrics, runningTitle, null, sink, footnote, total);
    }

    private PageWriter(Marks.PageSize size, Marks.Metrics metrics, String runningTitle, List<Marks.Page> pages,
            Layout.PageSink sink, String footnote, int total) {
        this.size = size;
        this.metrics = metrics;
        this.margin = 42;
        this.runningTitle = runningTitle;
        this.pages = pages;
        this.sink = sink;
        this.footnote = footnote;
        this.total = total;
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
        int number = page == null ? 1 : page.number() + 1;
        if (page != null && pages == null) {
            handOn();
        }
        marks = new ArrayList<>();
        page = new Marks.Page(number, marks);
        if (pages != null) {
            pages.add(page);
        }
        y = margin;
        if (number > 1) {
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
        title(text, size, ACCENT);
    }

    /** A title centred on the page, wrapped when it is wider than the page. */
    public void title(String text, float size, int color) {
        for (String line : wrap(text, size, width())) {
            need(size * 1.6f);
            marks.add(new Marks.Text(margin + (width() - metrics.width(line, size)) / 2, y, size, true, color, line));
            y += size * 1.6f;
        }
    }

    /** One line with {@code left} at the left margin and {@code right} at the right one (填报单位 … 日期). */
    public void sides(String left, String right, float size, int color) {
        need(size * 1.6f);
        marks.add(new Marks.Text(margin, y, size, false, color, left));
        marks.add(new Marks.Text(margin + width() - metrics.width(right, size), y, size, false, color, right));
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

    /** A cell: its text, its colour, and how far (points) its text is indented. */
    public record Cell(String text, int color, float indent) {
        public static Cell of(String text) {
            return new Cell(text, INK, 0);
        }
    }

    /** A row of a table: its cells, or (a section) one bold cell across the whole table, shaded. */
    public record Row(List<Cell> cells, boolean section) {
        public static Row of(List<String> texts) {
            return new Row(texts.stream().map(Cell::of).toList(), false);
        }

        public static Row section(String text) {
            return new Row(List.of(Cell.of(text)), true);
        }
    }

    /**
     * A table whose rows wrap within their cells and break across pages, each page starting with
     * the header again. {@code empty} is said when there are no rows.
     */
    public void table(List<Column> columns, List<List<String>> rows, String empty) {
        rows(columns, rows.stream().map(Row::of).toList(), empty);
    }

    /**
     * A table of rows that wrap within their cells (never cut) and break across pages, each page
     * starting with the header again; a section row stays with the row after it, and a row taller
     * than a page goes on over the next. {@code empty} is said when there are no rows.
     */
    public void rows(List<Column> columns, List<Row> rows, String empty) {
        float size = 9;
        float line = size * 1.45f;
        float pad = 4;
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * columns.get(i).weight() / total;
        }
        List<String> headers = columns.stream().map(Column::header).toList();
        List<List<String>> headerLines = lines(Row.of(headers), widths, size + 0.5f, pad);
        float headerHeight = height(headerLines, line, pad);
        float[] whole = {width()};
        if (rows.isEmpty()) {
            need(headerHeight + line + 2 * pad);
            draw(columns, headerLines, 0, widths, Row.of(headers), size + 0.5f, line, pad, headerHeight, true, HEADER_FILL);
            Row none = Row.of(List.of(empty));
            draw(columns, lines(none, whole, size, pad), 0, whole, none, size, line, pad, line + 2 * pad, false, -1);
            y += 8;
            return;
        }
        Runnable header = () -> draw(columns, headerLines, 0, widths, Row.of(headers), size + 0.5f, line, pad,
                headerHeight, true, HEADER_FILL);
        float minimum = 2 * line + 2 * pad; // no row starts with less than two of its lines on a page
        boolean started = false;
        int stripe = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            float[] w = row.section() ? whole : widths;
            List<List<String>> cells = lines(row, w, size, pad);
            float h = height(cells, line, pad);
            float keep = row.section() && r + 1 < rows.size()
                    ? h + Math.min(height(lines(rows.get(r + 1), widths, size, pad), line, pad), minimum) : Math.min(h, minimum);
            if (!started) {
                need(headerHeight + keep);
                header.run();
                started = true;
            } else if (y + keep > bottom() || y + h > bottom() && h <= bottom() - margin - headerHeight) {
                newPage(); // the row fits whole on the next page, or too little of it fits here
                header.run();
            }
            int fill = row.section() ? SECTION : stripe++ % 2 == 1 ? STRIPE : -1;
            int from = 0;
            int count = cells.stream().mapToInt(List::size).max().orElse(1);
            while (true) {
                int fit = Math.max(1, (int) Math.floor((bottom() - y - 2 * pad) / line));
                int part = Math.min(fit, count - from);
                draw(columns, cells, from, w, row, size, line, pad, part * line + 2 * pad, row.section(), fill);
                from += part;
                if (from >= count) {
                    break;
                }
                newPage(); // a cell longer than the page goes on, under the header again
                header.run();
            }
        }
        y += 8;
    }

    static final int SECTION = 0xEFECE6;

    /** Each cell's lines at its width, less its padding and indent. */
    private List<List<String>> lines(Row row, float[] widths, float size, float pad) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            Cell cell = c < row.cells().size() ? row.cells().get(c) : Cell.of("");
            out.add(wrap(cell.text(), size, widths[c] - 2 * pad - cell.indent()));
        }
        return out;
    }

    private static float height(List<List<String>> cells, float line, float pad) {
        return cells.stream().mapToInt(List::size).max().orElse(1) * line + 2 * pad;
    }

    /** Lines {@code from} onwards of a row's cells, as many as {@code height} holds. */
    private void draw(List<Column> columns, List<List<String>> cells, int from, float[] widths, Row row, float size,
            float line, float pad, float height, boolean bold, int fill) {
        float x = margin;
        int lines = Math.round((height - 2 * pad) / line);
        for (int c = 0; c < widths.length; c++) {
            marks.add(new Marks.Box(x, y, widths[c], height, fill, LINE));
            Cell cell = c < row.cells().size() ? row.cells().get(c) : Cell.of("");
            List<String> text = cells.get(c);
            float ty = y + pad;
            boolean centered = !row.section() && (bold || widths.length == columns.size() && columns.get(c).centered());
            for (int i = from; i < text.size() && i < from + lines; i++) {
                String l = text.get(i);
                float tx = centered ? x + (widths[c] - metrics.width(l, size)) / 2 : x + pad + cell.indent();
                marks.add(new Marks.Text(tx, ty, size, bold, cell.color(), l));
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
        if (pages == null) {
            throw new IllegalStateException("the pages were handed on");
        }
        for (Marks.Page p : pages) {
            footer(p, pages.size(), footnote);
        }
        return new Marks.Report(title, size, List.copyOf(pages));
    }

    /** Hands on the last page of a writer that keeps none; gives the number of pages. */
    int end() {
        handOn();
        return page.number();
    }

    private void handOn() {
        if (total > 0) {
            footer(page, total, footnote);
        }
        sink.page(page);
    }

    private void footer(Marks.Page p, int count, String footnote) {
        float baseline = size.height() - margin + 4;
        String footer = I18n.text("report.footer", p.number(), count);
        p.marks().add(new Marks.Text((size.width() - metrics.width(footer, 9)) / 2, baseline, 9, false, MUTED, footer));
        if (!footnote.isEmpty()) {
            p.marks().add(new Marks.Text(size.width() - margin - metrics.width(footnote, 8), baseline + 1, 8, false,
                    MUTED, footnote));
        }
    }
}
