package org.taizhang.ui.report;

import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PageRange;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.taizhang.core.I18n;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.report.layout.Marks;

/**
 * The pages as they will print (fxml/PrintPreview.fxml), and the way to the printer: 页面设置,
 * then the printer's own dialog (printer, pages, copies), each page scaled to the paper's
 * printable area. Without a printer it says so and offers the PDF instead. Any document laid out
 * as {@link Paper.Pages} is previewed here: the report (报表) and the printed ledger (打印台账).
 */
public final class PrintPreviewController {
    private static final List<Double> ZOOMS = List.of(0.5, 0.75, 1.0, 1.25, 1.5);

    private final Paper.Pages pages;
    /** Asks where and writes the same pages as a PDF; given the preview's own dialogs. */
    private final Consumer<DialogService> savePdf;
    private final PageNodes nodes;
    private Printer printer;
    private PageLayout layout;

    @FXML private Button printButton;
    @FXML private Label pageCount;
    @FXML private ComboBox<Double> zoom;
    @FXML private ListView<Marks.Page> pageList;
    @FXML private Label printerLabel;

    private final DialogService dialogs;

    public PrintPreviewController(Paper.Pages pages, Consumer<DialogService> savePdf, DialogService dialogs) {
        this.dialogs = dialogs;
        this.savePdf = savePdf;
        this.pages = pages;
        this.nodes = new PageNodes(pages);
    }

    @FXML
    private void initialize() {
        pageCount.setText(I18n.text("preview.pageCount", pages.report().pages().size(),
                I18n.text(pages.landscape() ? "preview.landscape" : "preview.portrait")));
        zoom.getItems().setAll(ZOOMS);
        zoom.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double z) {
                return z == null ? "" : Math.round(z * 100) + "%";
            }

            @Override
            public Double fromString(String text) {
                return Double.parseDouble(text.replace("%", "").strip()) / 100;
            }
        });
        pageList.setCellFactory(list -> new PageCell());
        pageList.getItems().setAll(pages.report().pages());
        zoom.valueProperty().addListener((o, was, now) -> {
            if (now == null) {
                return; // between two values while the list of zooms changes
            }
            pageList.setFixedCellSize(pages.report().size().height() * now + GAP);
            pageList.refresh();
        });
        zoom.setValue(1.0);
        pageList.widthProperty().addListener(fitOnce);
        Printer found = Printer.getDefaultPrinter();
        printerLabel.setText(found == null ? I18n.text("preview.noPrinter")
                : I18n.text("preview.printer", found.getName()));
    }

    /**
     * When the window first shows, a page wider than the list (A4 landscape in a window of the
     * preview's usual width, or on a small screen) is shown at the zoom that fits its width, so no
     * part of it is hidden; the clerk's own choice of zoom is left alone after that.
     */
    private final javafx.beans.value.ChangeListener<Number> fitOnce = new javafx.beans.value.ChangeListener<>() {
        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
            if (now.doubleValue() <= 0) {
                return;
            }
            pageList.widthProperty().removeListener(this);
            double fit = Math.floor((now.doubleValue() - 2 * GAP - 16) / pages.report().size().width() * 100) / 100;
            if (fit < 1.0 && fit >= 0.3) {
                if (!zoom.getItems().contains(fit)) {
                    zoom.getItems().add(fit);
                    zoom.getItems().sort(null);
                }
                zoom.setValue(fit);
            }
        }
    };

    /** Space between pages in the preview. */
    private static final double GAP = 18;

    /**
     * A page of the preview, drawn when it scrolls into view: a report of thousands of pages
     * (a ledger of 100,000 tasks) still opens at once.
     */
    private final class PageCell extends ListCell<Marks.Page> {
        PageCell() {
            setAlignment(Pos.TOP_CENTER);
        }

        @Override
        protected void updateItem(Marks.Page page, boolean empty) {
            super.updateItem(page, empty);
            if (empty || page == null) {
                setGraphic(null);
                return;
            }
            double scale = zoom.getValue() == null ? 1 : zoom.getValue();
            Pane sheet = nodes.page(pages.report(), page);
            sheet.getTransforms().setAll(new Scale(scale, scale));
            setGraphic(new Group(sheet)); // a Group takes the scaled size in the layout
        }
    }

    @FXML
    private void onPageSetup() {
        PrinterJob job = newJob();
        if (job == null) {
            offerPdf();
            return;
        }
        if (job.showPageSetupDialog(window())) {
            printer = job.getPrinter();
            layout = job.getJobSettings().getPageLayout();
        }
        job.cancelJob();
    }

    @FXML
    private void onPrint() {
        PrinterJob job = newJob();
        if (job == null) {
            offerPdf();
            return;
        }
        if (layout != null) {
            job.getJobSettings().setPageLayout(layout);
        }
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            return;
        }
        PageLayout paper = job.getJobSettings().getPageLayout();
        Marks.Report report = pages.report();
        int printed = 0;
        for (Marks.Page page : report.pages()) {
            if (!chosen(job, page.number())) {
                continue;
            }
            Pane sheet = nodes.page(report, page);
            double scale = Math.min(paper.getPrintableWidth() / report.size().width(),
                    paper.getPrintableHeight() / report.size().height());
            sheet.getTransforms().setAll(new Scale(scale, scale));
            if (!job.printPage(paper, new Group(sheet))) {
                job.cancelJob();
                printerLabel.setText(I18n.text("preview.printFailed", job.getJobStatus()));
                return;
            }
            printed++;
        }
        job.endJob();
        printerLabel.setText(I18n.text("preview.sent", job.getPrinter().getName(), printed));
    }

    /** Whether the print dialog's page ranges (none: all pages) include page {@code number}. */
    private static boolean chosen(PrinterJob job, int number) {
        PageRange[] ranges = job.getJobSettings().getPageRanges();
        if (ranges == null || ranges.length == 0) {
            return true;
        }
        for (PageRange r : ranges) {
            if (number >= r.getStartPage() && number <= r.getEndPage()) {
                return true;
            }
        }
        return false;
    }

    private PrinterJob newJob() {
        return printer == null ? PrinterJob.createPrinterJob() : PrinterJob.createPrinterJob(printer);
    }

    /** No printer here: say so, and offer the same pages as a PDF to print elsewhere. */
    private void offerPdf() {
        if (dialogs.confirm(I18n.text("preview.noPrinterOffer"), I18n.text("dashboard.pdf"))) {
            onPdf();
        }
    }

    @FXML
    private void onPdf() {
        savePdf.accept(dialogs);
    }

    private Window window() {
        return printButton.getScene().getWindow();
    }
}
