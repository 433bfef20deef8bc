package org.taizhang.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark run as curves, the shape every bench hands its results in: for each
 * series (a chart, such as the export, and what it times, such as the floor), the milliseconds at
 * each size. What {@link CurvePlot} draws.
 */
final class BenchCurves {
    /** One figure: {@code size} tasks (or rows) took {@code ms}. */
    record Point(int size, double ms) {
    }

    /** One curve, {@code name} within the chart {@code chart}, in the order its points were measured. */
    record Series(String chart, String name, List<Point> points) {
    }

    private final Map<String, Series> series = new LinkedHashMap<>();

    /** Adds a figure measured in nanoseconds to the series {@code name} of {@code chart}. */
    void add(String chart, String name, int size, long nanos) {
        series.computeIfAbsent(chart + "\u0000" + name, k -> new Series(chart, name, new ArrayList<>()))
                .points().add(new Point(size, nanos / 1e6));
    }

    List<Series> series() {
        return List.copyOf(series.values());
    }

    /** The charts in the order their first figures came. */
    List<String> charts() {
        return series.values().stream().map(Series::chart).distinct().toList();
    }

    boolean isEmpty() {
        return series.isEmpty();
    }
}
