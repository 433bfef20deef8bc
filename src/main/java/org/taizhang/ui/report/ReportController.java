package org.taizhang.ui.report;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.ui.WindowFactory;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FileType;
import org.taizhang.ui.dialog.FolderKind;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.report.Summary;
import org.taizhang.report.SummaryTables;
import org.taizhang.ui.Describe;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.ui.report.ReportViewModel.Bar;
import org.taizhang.ui.report.ReportViewModel.Figure;
import org.taizhang.ui.report.ReportViewModel.Rank;
import org.taizhang.ui.report.ReportViewModel.Slice;

/**
 * Binds the 报表 screen (fxml/Report.fxml) to its view model and draws the summary it counts:
 * figures, charts coloured as the ledger colours statuses and lights, the unit ranking and the
 * lists. Clicking a figure, a slice, a bar or a unit shows those tasks in the main window.
 */
public final class ReportController {
    /** Bars per unit drawn this high, so thirty units still read. */
    private static final double BAR_ROW = 22;

    private final ReportViewModel vm;

    @FXML private DatePicker asOfPicker;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private CheckBox onlyShown;
    @FXML private Button countButton;
    @FXML private Button previewButton;
    @FXML private Button pdfButton;
    @FXML private Button workbookButton;
    @FXML private Button bulletinButton;
    @FXML private ProgressBar progress;
    @FXML private Label messageLabel;
    @FXML private Label datesError;
    @FXML private Label titleLabel;
    @FXML private Label datesLabel;
    @FXML private Label overallLabel;
    @FXML private FlowPane figures;
    @FXML private PieChart statusPie;
    @FXML private BarChart<String, Number> lightChart;
    @FXML private HBox legend;
    @FXML private StackedBarChart<Number, String> domainChart;
    @FXML private StackedBarChart<Number, String> unitChart;
    @FXML private TableView<Rank> ranking;
    @FXML private TableColumn<Rank, Integer> rankCompletion;
    @FXML private TableColumn<Rank, Integer> rankTimeliness;
    @FXML private TableColumn<Rank, String> rankUnit;
    @FXML private TableColumn<Rank, Integer> rankActive;
    @FXML private TableColumn<Rank, Integer> rankDone;
    @FXML private TableColumn<Rank, Integer> rankBehind;
    @FXML private TableColumn<Rank, Integer> rankRed;
    @FXML private TableColumn<Rank, Double> rankCompletionRate;
    @FXML private TableColumn<Rank, Double> rankTimelinessRate;
    @FXML private TabPane lists;

    private final DialogService dialogs;

    public ReportController(ReportViewModel vm, DialogService dialogs) {
        this.dialogs = dialogs;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        for (DatePicker p : List.of(asOfPicker, fromPicker, toPicker)) {
            p.setConverter(Describe.dayConverter());
        }
        asOfPicker.valueProperty().bindBidirectional(vm.asOfProperty());
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());
        onlyShown.selectedProperty().bindBidirectional(vm.onlyShownProperty());
        onlyShown.setDisable(!vm.hasShownFilter());
        ErrorUnder.show(datesError, vm.errors().of("dates"), asOfPicker, fromPicker, toPicker);
        countButton.disableProperty().bind(vm.busyProperty().or(vm.errors().noneProperty().not()));
        for (Button b : List.of(previewButton, pdfButton, workbookButton, bulletinButton)) {
            b.disableProperty().bind(vm.busyProperty().or(vm.summaryProperty().isNull()));
        }
        progress.visibleProperty().bind(vm.busyProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        messageLabel.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        column(rankCompletion, Rank::byCompletion);
        column(rankTimeliness, Rank::byOnTime);
        column(rankUnit, Rank::unit);
        column(rankActive, Rank::active);
        column(rankDone, Rank::done);
        column(rankBehind, Rank::behind);
        column(rankRed, Rank::red);
        column(rankCompletionRate, Rank::completion);
        column(rankTimelinessRate, Rank::onTime);
        percentCells(rankCompletionRate);
        percentCells(rankTimelinessRate);
        ranking.setRowFactory(t -> {
            TableRow<Rank> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    vm.open(ReportViewModel.unitFilter(row.getItem().unit()));
                }
            });
            return row;
        });
        ranking.setPlaceholder(new Label(I18n.text("report.none")));
        drawLegend();
        vm.summaryProperty().addListener((o, was, now) -> show(now));
    }

    private static <T> void column(TableColumn<Rank, T> column, Function<Rank, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void percentCells(TableColumn<Rank, Double> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double share, boolean empty) {
                super.updateItem(share, empty);
                setText(empty || share == null ? null : SummaryTables.percent(share));
            }
        });
    }

    private void show(Summary s) {
        if (s == null) {
            return;
        }
        titleLabel.setText(SummaryTables.title(s));
        datesLabel.setText(SummaryTables.dates(s));
        overallLabel.setText(vm.overallText());
        figures.getChildren().setAll(vm.figures().stream().map(this::figure).toList());
        drawPie(vm.statusSlices());
        drawLights(vm.lightSlices());
        drawBars(domainChart, vm.domainBars());
        drawBars(unitChart, vm.unitBars());
        ranking.setItems(FXCollections.observableArrayList(vm.ranking()));
        int selected = Math.max(0, lists.getSelectionModel().getSelectedIndex());
        lists.getTabs().setAll(vm.lists().stream().map(ReportController::listTab).toList());
        lists.getSelectionModel().select(Math.min(selected, lists.getTabs().size() - 1));
    }

    private Node figure(Figure f) {
        Label value = new Label(f.value());
        value.getStyleClass().addAll("report-figure-value", f.style());
        Label label = new Label(f.label());
        label.getStyleClass().add("report-figure-label");
        VBox box = new VBox(2, value, label);
        box.getStyleClass().add("report-figure");
        if (f.filter() != null) {
            clickable(box, f.label(), f.filter());
        }
        return box;
    }

    /** Charts give their parts style classes of their own whenever data changes: colour them after. */
    private void drawPie(List<Slice> slices) {
        List<Slice> drawn = slices.stream().filter(s -> s.count() > 0).toList(); // a slice of nothing would crowd the labels
        statusPie.getData().setAll(drawn.stream().map(s -> new PieChart.Data(s.label() + " " + s.count(), s.count()))
                .toList());
        for (int i = 0; i < drawn.size(); i++) {
            Node node = statusPie.getData().get(i).getNode();
            node.getStyleClass().add(drawn.get(i).style());
            clickable(node, drawn.get(i).label(), drawn.get(i).filter());
        }
    }

    private void drawLights(List<Slice> slices) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Slice s : slices) {
            series.getData().add(new XYChart.Data<>(s.label(), s.count()));
        }
        lightChart.getData().setAll(List.of(series));
        for (int i = 0; i < slices.size(); i++) {
            Node bar = series.getData().get(i).getNode();
            bar.getStyleClass().add(slices.get(i).style());
            clickable(bar, slices.get(i).label() + " " + slices.get(i).count(), slices.get(i).filter());
        }
    }

    /** One series per status part; categories top to bottom in the summary's order. */
    private void drawBars(StackedBarChart<Number, String> chart, List<Bar> bars) {
        List<String> names = new java.util.ArrayList<>(bars.stream().map(Bar::name).toList());
        java.util.Collections.reverse(names); // a category axis counts upwards: the first bar goes on top
        ((CategoryAxis) chart.getYAxis()).setCategories(FXCollections.observableArrayList(names));
        int parts = bars.isEmpty() ? 0 : bars.get(0).parts().size();
        List<XYChart.Series<Number, String>> series = new java.util.ArrayList<>();
        for (int p = 0; p < parts; p++) {
            XYChart.Series<Number, String> one = new XYChart.Series<>();
            for (Bar bar : bars) {
                one.getData().add(new XYChart.Data<>(bar.parts().get(p).count(), bar.name()));
            }
            series.add(one);
        }
        chart.getData().setAll(series);
        for (int p = 0; p < parts; p++) {
            for (int b = 0; b < bars.size(); b++) {
                Slice part = bars.get(b).parts().get(p);
                Node node = series.get(p).getData().get(b).getNode();
                node.getStyleClass().add(part.style());
                clickable(node, bars.get(b).name() + " · " + part.label() + " " + part.count(), part.filter());
            }
        }
        double height = Math.max(220, bars.size() * BAR_ROW + 70);
        chart.setMinHeight(height);
        chart.setPrefHeight(height);
    }

    private void drawLegend() {
        for (Slice s : vm.barLegend()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("report-swatch", s.style());
            Label label = new Label(s.label(), swatch);
            legend.getChildren().add(label);
        }
        Label hint = new Label(I18n.text("dashboard.clickHint"));
        hint.getStyleClass().add("hint");
        legend.getChildren().add(hint);
    }

    private void clickable(Node node, String tip, TaskFilter filter) {
        node.getStyleClass().add("report-clickable");
        Tooltip.install(node, new Tooltip(I18n.text("dashboard.showTasks", tip)));
        node.setOnMouseClicked(e -> vm.open(filter));
    }

    private static Tab listTab(SummaryTables.Table t) {
        TableView<List<Object>> table = new TableView<>(FXCollections.observableArrayList(t.rows()));
        for (int c = 0; c < t.columns().size(); c++) {
            SummaryTables.Column spec = t.columns().get(c);
            int index = c;
            TableColumn<List<Object>, String> column = new TableColumn<>(spec.header());
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(String.valueOf(row.getValue().get(index))));
            column.setPrefWidth(spec.width() * 14 + 16);
            if (spec.centered()) {
                column.getStyleClass().add("centered-column");
            }
            table.getColumns().add(column);
        }
        table.setPlaceholder(new Label(t.empty()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // "四、逾期未完成任务（3 项）" reads "逾期未完成任务（3 项）" on a tab
        return new Tab(t.heading().replaceFirst("^[一二三四五六七八九十]+、", ""), table);
    }

    // ---- actions -------------------------------------------------------------------------------

    @FXML
    private void onCount() {
        vm.refresh();
    }

    @FXML
    private void onPreview() {
        vm.pages(pages -> WindowFactory.beside(window(), I18n.text("preview.title", pages.report().title()),
                "PrintPreview.fxml", new PrintPreviewController(pages, asks -> savePdf(asks, vm), dialogs)));
    }

    @FXML
    private void onPdf() {
        savePdf(dialogs, vm);
    }

    /** Asks where and writes the PDF; shared with the preview's 存为 PDF. */
    static void savePdf(DialogService dialogs, ReportViewModel vm) {
        dialogs.saveFile(vm.fileName() + ".pdf", FolderKind.REPORTS, FileType.PDF)
                .ifPresent(file -> vm.savePdf(file, done -> dialogs.written(done)));
    }

    @FXML
    private void onWorkbook() {
        dialogs.saveFile(vm.fileName() + ".xlsx", FolderKind.REPORTS, FileType.XLSX)
                .ifPresent(file -> vm.saveWorkbook(file, done -> dialogs.written(done)));
    }

    @FXML
    private void onBulletin() {
        vm.saveBulletin(dialogs);
    }

    private Window window() {
        return countButton.getScene().getWindow();
    }
}
