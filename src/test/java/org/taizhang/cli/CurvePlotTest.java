package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's curves: grouped per chart as the benches hand them in, and drawn into a PNG without a display. */
class CurvePlotTest {
    @TempDir
    Path dir;

    @Test
    void figuresAreGroupedIntoChartsAndSeriesInTheOrderTheyCame() {
        BenchCurves curves = new BenchCurves();
        curves.add("Export", "floor", 1000, 5_000_000);
        curves.add("Import", "import", 1000, 70_000_000);
        curves.add("Export", "floor", 10_000, 40_000_000);
        curves.add("Export", "export", 1000, 6_000_000);
        assertEquals(List.of("Export", "Import"), curves.charts());
        BenchCurves.Series floor = curves.series().get(0);
        assertEquals("floor", floor.name());
        assertEquals(List.of(new BenchCurves.Point(1000, 5.0), new BenchCurves.Point(10_000, 40.0)), floor.points());
        assertEquals(3, curves.series().size());
    }

    @Test
    void thePlotIsDrawnHeadlessOneChartPerBenchWithEachSeriesInItsColour() throws Exception {
        BenchCurves curves = new BenchCurves();
        for (int n : new int[] {1000, 10_000, 100_000}) {
            curves.add("Export the ledger workbook", "floor", n, n * 40_000L);
            curves.add("Export the ledger workbook", "taizhang export", n, n * 50_000L);
            curves.add("Import a return", "import", n, n * 60_000L);
        }
        Path png = dir.resolve("images/performance.png");
        CurvePlot.write(png, curves, "taizhang bench, test");
        assertEquals("true", System.getProperty("java.awt.headless"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2 * 760, image.getWidth(), "two charts side by side");
        int[] first = count(image, 0x1F77B4);
        int[] second = count(image, 0xD62728);
        assertTrue(first[0] > 200 && first[1] > 200, "the first series drawn in both charts: " + first[0] + ", " + first[1]);
        assertTrue(second[0] > 200, "the second series of the export's chart: " + second[0]);
        assertEquals(0, second[1], "the import's chart has one series only");
    }

    /** Pixels of {@code rgb} in the left and the right half of the image. */
    private static int[] count(BufferedImage image, int rgb) {
        int[] halves = new int[2];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    halves[x < image.getWidth() / 2 ? 0 : 1]++;
                }
            }
        }
        return halves;
    }
}
