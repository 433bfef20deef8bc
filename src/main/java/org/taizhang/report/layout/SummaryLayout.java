package org.taizhang.report.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.report.Lists;
import org.taizhang.report.Summary;
import org.taizhang.report.SummaryTables;

/**
 * The committee's summary on paper: title and date, the figures, the charts, then the tables by
 * 领域 and by lead unit, the overdue and red lists, what falls due soon, who did not report, how
 * the baseline moved, and the indicators.
 */
public final class SummaryLayout {

    private SummaryLayout() {
    }

    private static int color(SummaryTables.Measure m) {
        return switch (m) {
            case ACTIVE -> PageWriter.INK;
            case DONE, COMPLETION, ON_TIME -> Palette.STATUS.get(Status.DONE);
            case BEHIND -> Palette.STATUS.get(Status.BEHIND);
            case OVERDUE -> Palette.LIGHT.get(Light.RED);
            case DUE_SOON -> Palette.LIGHT.get(Light.YELLOW);
        };
    }

    /** The report's pages, all held: for the window's preview. */
    public static Marks.Report layout(Summary s, Marks.Metrics metrics) {
        return document(s, metrics).hold();
    }

    /** The report as a layout to write page by page, whatever the number of its pages. */
    public static Layout document(Summary s, Marks.Metrics metrics) {
        String title = SummaryTables.title(s);
        return new Layout(title, Marks.PageSize.A4_PORTRAIT, metrics, title,
                I18n.text("report.checkCode", s.code().text()), w -> lay(s, title, w));
    }

    private static void lay(Summary s, String title, PageWriter w) {
        w.title(title, 18);
        w.centered(SummaryTables.dates(s), 10, PageWriter.MUTED);
        w.space(8);

        w.heading(I18n.text("report.overall"), 60);
        w.paragraph(SummaryTables.overallText(s), 10.5f);
        w.figures(SummaryTables.figures(s).stream()
                .map(f -> new PageWriter.Figure(f.value(), f.label(), color(f.measure()))).toList());

        List<PageWriter.Part> statuses = new ArrayList<>();
        for (Status st : SummaryTables.activeStatuses(s)) {
            statuses.add(new PageWriter.Part(st.label(), s.count(st), Palette.STATUS.get(st)));
        }
        w.pie(I18n.text("report.chartStatus"), statuses, 150);
        List<PageWriter.Part> lights = new ArrayList<>();
        for (Light l : List.of(Light.GREEN, Light.YELLOW, Light.RED)) {
            lights.add(new PageWriter.Part(l.label(), s.count(l), Palette.LIGHT.get(l)));
        }
        List<PageWriter.Part> legend = List.of(
                new PageWriter.Part(Status.DONE.label(), 0, Palette.STATUS.get(Status.DONE)),
                new PageWriter.Part(Status.IN_PROGRESS.label(), 0, Palette.STATUS.get(Status.IN_PROGRESS)),
                new PageWriter.Part(Status.BEHIND.label(), 0, Palette.STATUS.get(Status.BEHIND)),
                new PageWriter.Part(I18n.text("report.otherStatus"), 0, Palette.STATUS.get(Status.NOT_STARTED)));
        List<List<PageWriter.Part>> bars = new ArrayList<>();
        for (Summary.Group g : s.byDomain()) {
            bars.add(List.of(new PageWriter.Part("", g.done(), Palette.STATUS.get(Status.DONE)),
                    new PageWriter.Part("", g.inProgress(), Palette.STATUS.get(Status.IN_PROGRESS)),
                    new PageWriter.Part("", g.behind(), Palette.STATUS.get(Status.BEHIND)),
                    new PageWriter.Part("", g.notStarted() + g.ongoing(), Palette.STATUS.get(Status.NOT_STARTED))));
        }
        w.stackedBars(I18n.text("report.chartDomains"), s.byDomain().stream().map(Summary.Group::name).toList(), bars,
                legend);
        w.stackedBars(I18n.text("report.chartLights"), List.of(I18n.text("report.lightsRow")),
                List.of(lights), lights);

        for (SummaryTables.Table t : SummaryTables.all(s)) {
            w.heading(t.heading(), 60);
            List<PageWriter.Column> columns = t.columns().stream()
                    .map(c -> new PageWriter.Column(c.header(), c.width(), c.centered())).toList();
            // each row is made as it is laid out: the table's rows are a view of the summary's lists
            List<PageWriter.Row> rows = Lists.mapped(t.rows(), r -> PageWriter.Row.of(Lists.mapped(r, String::valueOf)));
            w.rows(columns, rows, t.empty());
        }
    }
}
