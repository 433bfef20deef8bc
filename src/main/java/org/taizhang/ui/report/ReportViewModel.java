package org.taizhang.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.taizhang.ui.Css;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.exchange.export.ExportTarget;
import org.taizhang.report.Bulletin;
import org.taizhang.report.FilterWords;
import org.taizhang.report.Summary;
import org.taizhang.report.SummaryBuilder;
import org.taizhang.report.SummaryTables;
import org.taizhang.report.SummaryWorkbook;
import org.taizhang.report.docx.BulletinDocument;
import org.taizhang.report.layout.SummaryLayout;
import org.taizhang.ui.Background;
import org.taizhang.ui.Describe;
import org.taizhang.ui.FieldErrors;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FileType;
import org.taizhang.ui.dialog.FolderKind;

/**
 * The 报表 screen: the committee's summary for a date and a period, of the whole ledger or of the
 * tasks the main window's filter shows; the figures behind its charts, each leading back to the
 * ledger filtered to the tasks it counts; and the same summary as printed pages, PDF and workbook,
 * and as a draft 通报 in the official document style.
 */
public final class ReportViewModel {
    /** Shows the ledger filtered to {@code filter}, as it stood on {@code asOf}. */
    @FunctionalInterface
    public interface ShowTasks {
        void show(TaskFilter filter, LocalDate asOf);
    }

    /** A part of a chart: its name, its count, the style that colours it, and the tasks behind it. */
    public record Slice(String label, int count, String style, TaskFilter filter) {
    }

    /** A figure over the charts: its value ("46.8%"), what it counts, its colour, and the tasks behind it. */
    public record Figure(String value, String label, String style, TaskFilter filter) {
    }

    /** A bar of a chart by 领域 or by unit, split by status. */
    public record Bar(String name, List<Slice> parts) {
    }

    /** A unit in the ranking: its place by completion and by timeliness, and its counts. */
    public record Rank(int byCompletion, int byOnTime, String unit, int active, int done, int behind, int red,
            double completion, Double onTime) {
    }

    private final LedgerService service;
    private final Background background;
    private final ZoneId zone;
    private final LocalDate today;
    private final Paper paper;
    private final TaskFilter shownFilter;
    private final ShowTasks showTasks;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty onlyShown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final FieldErrors errors = new FieldErrors();

    /**
     * {@code year} is the ledger's year; {@code shownFilter} is what the main window shows now
     * (offered as the report's scope); {@code showTasks} takes a chart's click back to the main window.
     */
    public ReportViewModel(LedgerService service, int year, Background background, ZoneId zone, LocalDate today,
            UserPrefs prefs, TaskFilter shownFilter, ShowTasks showTasks) {
        this.service = service;
        this.background = background;
        this.zone = zone;
        this.today = today;
        this.paper = new Paper(background, prefs);
        this.shownFilter = shownFilter;
        this.showTasks = showTasks;
        // A past year's ledger is reported as it ended: its year's last day, or (read with the first
        // count) the day of its last adjustment when the year-end returns came in after it.
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate day = today.isAfter(yearEnd) ? yearEnd : today;
        pastYear = today.isAfter(yearEnd);
        asOf.set(day);
        from.set(SummaryBuilder.Request.quarterTo(day).from());
        to.set(day);
        asOf.addListener((o, was, now) -> pastYear = false); // the clerk chose a date
        errors.check("dates", () -> asOf.get() == null || from.get() == null || to.get() == null
                ? I18n.text("dashboard.pickDates")
                : from.get().isAfter(to.get()) ? I18n.text("compare.backwards", from.get(), to.get()) : "",
                asOf, from, to);
    }

    /** The check of the date and the period ("dates"), shown under the pickers; 统计 waits for it. */
    public FieldErrors errors() {
        return errors;
    }

    /** True until the first count of a past year's ledger has set the report's date from its log. */
    private boolean pastYear;

    /** Counts the ledger for the chosen date and period (off the FX thread). */
    public void refresh() {
        LocalDate day = asOf.get();
        LocalDate a = from.get();
        LocalDate b = to.get();
        message.set("");
        if (!errors.noneProperty().get()) { // said under the dates
            return;
        }
        boolean lastAdjustment = pastYear;
        TaskFilter scope = scopeFilter();
        String scopeText = scopeText();
        background.run(I18n.text("dashboard.counting"), () -> {
            LocalDate d = lastAdjustment ? SummaryBuilder.defaultAsOf(service, zone, today) : day;
            LocalDate end = b.equals(day) ? d : b;
            return SummaryBuilder.build(service, new SummaryBuilder.Request(d, a, end, scope, scopeText), zone, today);
        }, s -> {
            if (lastAdjustment && !s.asOf().equals(asOf.get())) {
                asOf.set(s.asOf());
                to.set(s.to());
            }
            pastYear = false;
            summary.set(s);
        }, e -> message.set(Describe.problem(e)));
    }

    private TaskFilter scopeFilter() {
        return onlyShown.get() ? shownFilter : TaskFilter.NONE;
    }

    /** "领域：经济体制改革；状态：滞后" for the main window's filter, empty for the whole ledger. */
    private String scopeText() {
        return onlyShown.get() ? FilterWords.of(shownFilter) : "";
    }

    // ---- what the charts show ------------------------------------------------------------------

    private static final List<Status> CHART_STATUSES = List.of(Status.DONE, Status.IN_PROGRESS, Status.BEHIND,
            Status.NOT_STARTED, Status.ONGOING);

    /** The figures the committee looks at first, as on the printed page. */
    public List<Figure> figures() {
        Summary s = summary.get();
        if (s == null) {
            return List.of();
        }
        return SummaryTables.figures(s).stream().map(f -> new Figure(f.value(), f.label(), style(f.measure()),
                filter(f.measure(), s))).toList();
    }

    private static String style(SummaryTables.Measure m) {
        return switch (m) {
            case ACTIVE -> "";
            case DONE, COMPLETION, ON_TIME -> style(Status.DONE);
            case BEHIND -> style(Status.BEHIND);
            case OVERDUE -> Css.chartLight(Light.RED);
            case DUE_SOON -> Css.chartLight(Light.YELLOW);
        };
    }

    /** The tasks behind a figure, for the main window; null for a rate no filter can show (按期完成率). */
    private static TaskFilter filter(SummaryTables.Measure m, Summary s) {
        Set<Status> open = Set.of(Status.NOT_STARTED, Status.IN_PROGRESS, Status.BEHIND, Status.ONGOING);
        return switch (m) {
            case ACTIVE -> {
                Set<Status> active = new java.util.HashSet<>(open);
                active.add(Status.DONE);
                yield statusFilter(active);
            }
            case DONE, COMPLETION -> statusFilter(Set.of(Status.DONE));
            case ON_TIME -> null;
            case BEHIND -> statusFilter(Set.of(Status.BEHIND));
            case OVERDUE -> statusFilter(open).withDeadlines(null, s.asOf());
            case DUE_SOON -> statusFilter(open).withDeadlines(s.asOf().plusDays(1), s.asOf().plusDays(s.dueSoonDays()));
        };
    }

    /** The opening paragraph, as printed. */
    public String overallText() {
        return summary.get() == null ? "" : SummaryTables.overallText(summary.get());
    }

    /** The status pie: active tasks by status, in the order the office reads them. */
    public List<Slice> statusSlices() {
        Summary s = summary.get();
        List<Slice> out = new ArrayList<>();
        for (Status st : s == null ? CHART_STATUSES : SummaryTables.activeStatuses(s)) {
            out.add(new Slice(st.label(), s == null ? 0 : s.count(st), style(st), statusFilter(Set.of(st))));
        }
        return out;
    }

    /** The 序时 lights of the active tasks. */
    public List<Slice> lightSlices() {
        Summary s = summary.get();
        List<Slice> out = new ArrayList<>();
        for (Light l : List.of(Light.GREEN, Light.YELLOW, Light.RED)) {
            out.add(new Slice(l.label(), s == null ? 0 : s.count(l), Css.chartLight(l), lightFilter(l)));
        }
        return out;
    }

    /** A bar per 领域: its active tasks by status. */
    public List<Bar> domainBars() {
        Summary s = summary.get();
        return s == null ? List.of() : s.byDomain().stream().map(g -> bar(g, Set.of(g.name()), Set.of())).toList();
    }

    /** A bar per lead unit (the first named on each task), the busiest first. */
    public List<Bar> unitBars() {
        Summary s = summary.get();
        return s == null ? List.of() : s.byUnit().stream()
                .sorted(Comparator.comparingInt(Summary.Group::active).reversed().thenComparing(Summary.Group::name))
                .map(g -> bar(g, Set.of(), Set.of(g.name()))).toList();
    }

    /** The parts every bar is split into, for the charts' legend. */
    public List<Slice> barLegend() {
        return bar(new Summary.Group("", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Set.of(), Set.of()).parts();
    }

    private Bar bar(Summary.Group g, Set<String> domains, Set<String> units) {
        TaskFilter group = TaskFilter.NONE.withDomains(domains).withLeadUnits(units);
        List<Slice> parts = List.of(
                new Slice(Status.DONE.label(), g.done(), style(Status.DONE), group.withStatuses(Set.of(Status.DONE))),
                new Slice(Status.IN_PROGRESS.label(), g.inProgress(), style(Status.IN_PROGRESS),
                        group.withStatuses(Set.of(Status.IN_PROGRESS))),
                new Slice(Status.BEHIND.label(), g.behind(), style(Status.BEHIND),
                        group.withStatuses(Set.of(Status.BEHIND))),
                new Slice(I18n.text("report.otherStatus"), g.notStarted() + g.ongoing(), style(Status.NOT_STARTED),
                        group.withStatuses(Set.of(Status.NOT_STARTED, Status.ONGOING))));
        return new Bar(g.name(), parts);
    }

    /** The units ranked by completion (as the summary orders them), with their place by 按期完成率 beside. */
    public List<Rank> ranking() {
        Summary s = summary.get();
        if (s == null) {
            return List.of();
        }
        List<Summary.Group> byOnTime = s.byUnit().stream()
                .sorted(Comparator.comparing((Summary.Group g) -> g.onTimeRate() == null ? 1 : g.onTimeRate(),
                                Comparator.reverseOrder())
                        .thenComparing(Comparator.comparingDouble(Summary.Group::completion).reversed())
                        .thenComparing(Summary.Group::name))
                .toList();
        List<Rank> out = new ArrayList<>();
        for (int i = 0; i < s.byUnit().size(); i++) {
            Summary.Group g = s.byUnit().get(i);
            out.add(new Rank(i + 1, byOnTime.indexOf(g) + 1, g.name(), g.active(), g.done(), g.behind(), g.red(),
                    g.completion(), g.onTimeRate()));
        }
        return out;
    }

    /**
     * The lists under the charts: overdue, red, due soon, silent units, adjustments, indicators
     * (the tables by 领域 and by unit are the charts and the ranking here).
     */
    public List<SummaryTables.Table> lists() {
        Summary s = summary.get();
        if (s == null) {
            return List.of();
        }
        List<SummaryTables.Table> all = SummaryTables.all(s);
        return all.subList(2, all.size());
    }

    /**
     * Shows the ledger filtered to the tasks behind a figure, a part of a chart or a unit, within
     * the report's scope, on the report's date.
     */
    public void open(TaskFilter clicked) {
        TaskFilter base = scopeFilter();
        boolean dated = clicked.deadlineFrom() != null || clicked.deadlineTo() != null;
        TaskFilter both = base.withDomains(or(clicked.domains(), base.domains()))
                .withLeadUnits(or(clicked.leadUnits(), base.leadUnits()))
                .withStatuses(or(clicked.statuses(), base.statuses())).withLights(or(clicked.lights(), base.lights()));
        if (dated) {
            both = both.withDeadlines(clicked.deadlineFrom(), clicked.deadlineTo());
        }
        showTasks.show(both, summary.get() == null ? asOf.get() : summary.get().asOf());
    }

    /** The tasks one unit leads. */
    public static TaskFilter unitFilter(String unit) {
        return TaskFilter.NONE.withLeadUnits(Set.of(unit));
    }

    private static <T> Set<T> or(Set<T> chosen, Set<T> otherwise) {
        return chosen.isEmpty() ? otherwise : chosen;
    }

    private static TaskFilter lightFilter(Light light) {
        return TaskFilter.NONE.withLights(Set.of(light));
    }

    private static TaskFilter statusFilter(Set<Status> statuses) {
        return TaskFilter.NONE.withStatuses(statuses);
    }

    /** The CSS class that colours a status, as the ledger's status badges do. */
    static String style(Status st) {
        return Css.chartStatus(st);
    }

    // ---- paper, PDF, workbook ------------------------------------------------------------------

    /** Lays the summary out on A4 pages (off the FX thread) for the preview and the printer. */
    public void pages(Consumer<Paper.Pages> then) {
        Summary s = summary.get();
        if (s == null) {
            return;
        }
        paper.pages(I18n.text("dashboard.layingOut"), font -> SummaryLayout.document(s, font), then,
                e -> message.set(Describe.problem(e)));
    }

    /** Writes the summary as a PDF (the chooser has asked before replacing a file). */
    public void savePdf(Path file, Consumer<Path> done) {
        Summary s = summary.get();
        if (s == null) {
            return;
        }
        paper.savePdf(I18n.text("dashboard.writingPdf"), font -> SummaryLayout.document(s, font), file, done,
                e -> message.set(Describe.problem(e)));
    }

    /** Writes the summary's tables as a workbook. */
    public void saveWorkbook(Path file, Consumer<Path> done) {
        Summary s = summary.get();
        if (s == null) {
            return;
        }
        background.runLong(I18n.text("busy.exporting"), progress -> {
            SummaryWorkbook.write(s, ExportTarget.of(file, true));
            return file;
        }, done, e -> message.set(Describe.problem(e)));
    }

    /**
     * 生成通报: asks where to write the 通报 of the summary counted (named after its title and
     * date), writes it off the FX thread and says where it went. The office and addressees are
     * left for the clerk to fill in, highlighted; the draft is dated today.
     */
    public void saveBulletin(DialogService dialogs) {
        Summary s = summary.get();
        if (s == null) {
            return;
        }
        dialogs.saveFile(Bulletin.fileName(s) + FileType.DOCX.extension(), FolderKind.REPORTS, FileType.DOCX)
                .ifPresent(file -> background.runLong(I18n.text("bulletin.writing"), progress -> {
                    BulletinDocument.write(Bulletin.of(s, Bulletin.Options.NONE, today), file, true);
                    return file;
                }, done -> dialogs.tell(I18n.text("exporting.done", done)), e -> message.set(Describe.problem(e))));
    }

    /** "北疆市2023年全面深化改革任务推进情况（截至2023-12-31）", a name for the files written. */
    public String fileName() {
        Summary s = summary.get();
        return s == null ? "" : I18n.text("dashboard.fileName", SummaryTables.title(s), s.asOf());
    }

    // ---- properties ----------------------------------------------------------------------------

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Count only the tasks the main window's filter shows. */
    public BooleanProperty onlyShownProperty() {
        return onlyShown;
    }

    /** Whether the main window shows a filter that the report could be limited to. */
    public boolean hasShownFilter() {
        return !shownFilter.isEmpty();
    }

    /** The summary counted last; null until the first count is done. */
    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why there is no summary, or what went wrong writing one; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
