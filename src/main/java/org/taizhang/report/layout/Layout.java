package org.taizhang.report.layout;

import java.util.function.Consumer;

/**
 * A document's layout that can be run rather than a document held: its content is laid out on a
 * {@link PageWriter}, which hands each page on as soon as it is full and keeps none, so a report of
 * any size is written page by page (a page laid out, drawn, let go). The footer's "共 m 页" needs
 * the number of pages before the first is handed on: {@link #write} counts them first by laying the
 * content out once without keeping a page, then lays it out again with the footers.
 */
public final class Layout {
    /** Where pages go, one at a time, each whole with its footer. */
    @FunctionalInterface
    public interface PageSink {
        void page(Marks.Page page);
    }

    private final String title;
    private final Marks.PageSize size;
    private final Marks.Metrics metrics;
    private final String runningTitle;
    private final String footnote;
    private final Consumer<PageWriter> content;

    /**
     * {@code content} lays the document out on the writer it is given, the same way each time it is
     * run; {@code footnote} is printed at the right of each footer (the ledger's check code).
     */
    public Layout(String title, Marks.PageSize size, Marks.Metrics metrics, String runningTitle, String footnote,
            Consumer<PageWriter> content) {
        this.title = title;
        this.size = size;
        this.metrics = metrics;
        this.runningTitle = runningTitle;
        this.footnote = footnote;
        this.content = content;
    }

    public String title() {
        return title;
    }

    public Marks.PageSize size() {
        return size;
    }

    /** The number of pages, found by laying the content out once and keeping nothing. */
    public int count() {
        PageWriter w = new PageWriter(size, metrics, runningTitle, footnote, 0, page -> { });
        content.accept(w);
        return w.end();
    }

    /** Counts the pages, then lays them out again, handing each to {@code sink} whole; gives the number of pages. */
    public int write(PageSink sink) {
        int total = count();
        write(total, sink);
        return total;
    }

    /** Lays the pages out, handing each to {@code sink} whole with "共 {@code total} 页": {@code total} as {@link #count} gave it. */
    public void write(int total, PageSink sink) {
        PageWriter w = new PageWriter(size, metrics, runningTitle, footnote, total, sink);
        content.accept(w);
        int laid = w.end();
        if (laid != total) {
            throw new IllegalStateException("laid out " + laid + " pages, counted " + total);
        }
    }

    /** All pages held at once, in one pass: for the window's preview, which shows any page. */
    public Marks.Report hold() {
        PageWriter w = new PageWriter(size, metrics, runningTitle);
        content.accept(w);
        return w.finish(title, footnote);
    }
}
