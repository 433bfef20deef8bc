package org.taizhang.report.layout;

import java.util.List;

/**
 * A laid-out report: pages of marks at positions in points, measured from the page's top left.
 * One layout feeds both the PDF (PDFBox) and the printer and preview (JavaFX), so what prints is
 * what the PDF shows.
 */
public final class Marks {
    private Marks() {
    }

    /** A4, in points. */
    public record PageSize(float width, float height) {
        public static final PageSize A4_PORTRAIT = new PageSize(595.28f, 841.89f);
        public static final PageSize A4_LANDSCAPE = new PageSize(841.89f, 595.28f);
    }

    /** Something drawn on a page. */
    public sealed interface Mark permits Text, Box, Rule, Wedge {
    }

    /** One line of text whose box starts at ({@code x}, {@code y}) (top left); colours are 0xRRGGBB. */
    public record Text(float x, float y, float size, boolean bold, int color, String text) implements Mark {
    }

    /** A rectangle, filled and/or outlined; -1 for none. */
    public record Box(float x, float y, float width, float height, int fill, int stroke) implements Mark {
    }

    /** A straight line. */
    public record Rule(float x1, float y1, float x2, float y2, int color, float width) implements Mark {
    }

    /** A slice of a pie: centre, radius, start angle and sweep in degrees (0 at three o'clock, counter-clockwise). */
    public record Wedge(float cx, float cy, float radius, float start, float sweep, int color) implements Mark {
    }

    public record Page(int number, List<Mark> marks) {
    }

    public record Report(String title, PageSize size, List<Page> pages) {
    }

    /** How wide text is set in the report's font, in points. */
    @FunctionalInterface
    public interface Metrics {
        float width(String text, float size);
    }
}
