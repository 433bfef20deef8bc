package org.taizhang.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The benchmark's curves as a PNG: one chart per bench, side by side, milliseconds against the
 * number of tasks, both on log scales (a straight line of slope 1 grows linearly). Drawn with
 * JFreeChart on Java2D, so it needs no display ({@code java.awt.headless=true}).
 */
final class CurvePlot {
    private static final int CHART_WIDTH = 760;
    private static final int CHART_HEIGHT = 520;
    private static final int HEADER = 44;
    /** Colours that read on white and apart from each other (no yellow, no pale cyan). */
    private static final Color[] PALETTE = {new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C),
        new Color(0x9467BD), new Color(0xFF7F0E), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF),
        new Color(0x7F7F7F)};

    private CurvePlot() {
    }

    /**
     * Writes {@code curves} into {@code png}, {@code caption} (date, machine, load) above the charts,
     * one line for each of its parts separated by "; " (one chart is narrower than a long line).
     */
    static void write(Path png, BenchCurves curves, String caption) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> charts = curves.charts();
        int columns = Math.min(2, Math.max(1, charts.size()));
        int rows = (charts.size() + columns - 1) / columns;
        String[] lines = caption.split("; ");
        int header = HEADER + (lines.length - 1) * 22;
        BufferedImage image = new BufferedImage(columns * CHART_WIDTH, header + rows * CHART_HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 16, 28 + i * 22);
            }
            for (int i = 0; i < charts.size(); i++) {
                String name = charts.get(i);
                JFreeChart chart = chart(name, curves.series().stream().filter(s -> s.chart().equals(name)).toList());
                chart.draw(g, new Rectangle2D.Double((i % columns) * CHART_WIDTH, header + (i / columns) * CHART_HEIGHT,
                        CHART_WIDTH, CHART_HEIGHT));
            }
        } finally {
            g.dispose();
        }
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", png.toFile());
    }

    private static JFreeChart chart(String title, List<BenchCurves.Series> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (BenchCurves.Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (BenchCurves.Point p : s.points()) {
                xy.add(p.size(), Math.max(p.ms(), 0.1)); // a log axis has no 0: under 0.1 ms is drawn at 0.1
            }
            data.addSeries(xy);
        }
        LogAxis x = axis(title.startsWith("Import") ? "rows" : "tasks");
        LogAxis y = axis("ms");
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            lines.setSeriesStroke(i, new BasicStroke(2.2f));
            lines.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        XYPlot plot = new XYPlot(data, x, y, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xCCCCCC));
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setDomainMinorGridlinesVisible(true);
        plot.setRangeMinorGridlinesVisible(true);
        plot.setDomainMinorGridlinePaint(new Color(0xEEEEEE));
        plot.setRangeMinorGridlinePaint(new Color(0xEEEEEE));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        return chart;
    }

    private static LogAxis axis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setTickUnit(new NumberTickUnit(1)); // one tick a decade
        axis.setMinorTickCount(9);
        axis.setMinorTickMarksVisible(true);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.#"));
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        return axis;
    }
}
