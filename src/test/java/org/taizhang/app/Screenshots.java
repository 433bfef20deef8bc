package org.taizhang.app;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.taizhang.ui.command.StandardAction;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.TestWorkbook;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.importer.ImportWizardViewModel;
import org.taizhang.ui.main.TaskRow;

/**
 * Takes the README's screenshots from the real program on the sample ledger: the ledger window,
 * the task form (and with an impossible deadline), the adjustment dialog, the new-ledger dialog, the history panel, a search in the ledger as of a past
 * date, the log, the comparison, the reference lists, the import wizard, the 填报 export, the
 * status report and its print preview, the printed ledger's preview (打印台账, Ctrl+P), the user
 * guide and the about box. (The first start is shot from the installed program by
 * installer/check-deb.sh.)
 * Run: {@code xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw -q test-compile
 * exec:java -Dexec.mainClass=org.taizhang.app.Screenshots -Dexec.args=docs/images}
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path scratch = WindowTour.scratch("taizhang-shots");
        WindowTour tour = WindowTour.withSample(scratch.resolve("示例.taizhang"), 1366, 768);
        try {
            select(tour, "16.");
            WindowTour.snapshot(tour.stage, out.resolve("ledger.png"));

            WindowTour.later(() -> tour.vm.command(StandardAction.EDIT_TASK).execute());
            Stage form = WindowTour.windowWith("#deadline");
            WindowTour.onFx(() -> {
                type(form, "#deadline", "2024年6月底前");
                type(form, "#progress", "1.自治区排污权交易平台12月中旬开放测试，我市2家企业完成交易试单。"
                        + "2.排污权核定办法已报市政府审定。");
                return null;
            });
            WindowTour.snapshot(form, out.resolve("edit.png"));
            WindowTour.onFx(() -> {
                type(form, "#deadline", "6月31日前");
                return null;
            });
            WindowTour.snapshot(form, out.resolve("edit-invalid.png"));
            WindowTour.onFx(() -> {
                type(form, "#deadline", "2024年6月底前");
                return null;
            });
            WindowTour.onFx(() -> {
                ((Button) form.getScene().lookup("#save")).fire();
                return null;
            });
            Stage why = WindowTour.windowWith("#reason");
            WindowTour.onFx(() -> {
                type(why, "#reason", "自治区排污权交易平台延期上线，市场交易需待平台正式运行后开展");
                type(why, "#basis", "北改办发〔2023〕15号");
                return null;
            });
            WindowTour.snapshot(why, out.resolve("adjustment.png"));
            WindowTour.onFx(() -> {
                ((Button) why.getScene().lookup("#ok")).fire();
                return null;
            });
            tour.settle();
            WindowTour.snapshot(tour.stage, out.resolve("history.png"));

            WindowTour.onFx(() -> {
                tour.vm.table().searchProperty().set("医保");
                tour.vm.travelTo(java.time.LocalDate.of(2023, 6, 30));
                return null;
            });
            tour.settle();
            WindowTour.snapshot(tour.stage, out.resolve("travel.png"));
            WindowTour.onFx(() -> {
                tour.vm.table().clearFilters();
                tour.vm.travelTo(null);
                return null;
            });
            tour.settle();

            WindowTour.onFx(() -> {
                tour.vm.command(StandardAction.LOG).execute();
                return null;
            });
            Stage log = WindowTour.windowWith("#changeTable");
            Thread.sleep(1500);
            selectNewest(log); // the tour's own adjustment: its deadline and progress, the differences marked
            Thread.sleep(800);
            WindowTour.snapshot(log, out.resolve("log.png"));

            WindowTour.onFx(() -> {
                tour.vm.command(StandardAction.REQUESTS).execute();
                return null;
            });
            Stage requests = WindowTour.windowWith("#showBox");
            WindowTour.onFx(() -> {
                ((javafx.scene.control.ComboBox<?>) requests.getScene().lookup("#showBox")).getSelectionModel()
                        .select(0);
                requests.setWidth(1280);
                requests.setHeight(640);
                return null;
            });
            Thread.sleep(1000);
            WindowTour.snapshot(requests, out.resolve("requests.png"));
            WindowTour.onFx(() -> {
                requests.close();
                tour.vm.selectedProperty().set(tour.vm.table().visibleRows().stream()
                        .filter(r -> !r.isHeading() && r.task().number().text().equals("50.")).findFirst().orElseThrow());
                return null;
            });
            tour.settle();
            WindowTour.snapshot(tour.stage, out.resolve("request-timeline.png"));
            WindowTour.onFx(() -> {
                tour.vm.selectedProperty().set(tour.vm.table().visibleRows().stream()
                        .filter(r -> !r.isHeading() && r.task().number().text().equals("30.")).findFirst().orElseThrow());
                return null;
            });
            WindowTour.later(() -> tour.vm.command(StandardAction.NEW_REQUEST).execute());
            Stage asking = WindowTour.windowWith("#toLabel");
            WindowTour.onFx(() -> {
                type(asking, "#to", "2024年6月底前");
                type(asking, "#reason", "自治区配套政策尚未出台，需待政策明确后推进");
                return null;
            });
            Thread.sleep(500);
            WindowTour.snapshot(asking, out.resolve("request-form.png"));
            WindowTour.onFx(() -> {
                asking.close();
                return null;
            });
            decisions(tour, out.resolve("decisions.png"));

            WindowTour.onFx(() -> {
                tour.vm.command(StandardAction.COMPARE).execute();
                return null;
            });
            Stage compare = WindowTour.windowWith("#summaryLabel");
            Thread.sleep(1500);
            WindowTour.snapshot(compare, out.resolve("compare.png"));

            WindowTour.later(() -> tour.vm.command(StandardAction.REFERENCE).execute());
            Stage reference = WindowTour.windowWith("#unitTable");
            Thread.sleep(1500);
            WindowTour.snapshot(reference, out.resolve("reference.png"));
            WindowTour.onFx(() -> {
                reference.close();
                return null;
            });

            WindowTour.later(() -> tour.vm.command(StandardAction.NEW_LEDGER).execute());
            Stage newLedger = WindowTour.windowWith("#yearNote");
            WindowTour.onFx(() -> {
                type(newLedger, "#title", "北疆市2023年全面深化改革任务台账");
                return null;
            });
            WindowTour.snapshot(newLedger, out.resolve("new-ledger.png"));
            WindowTour.onFx(() -> {
                newLedger.close();
                return null;
            });

            WindowTour.later(() -> tour.vm.command(StandardAction.CONNECT_SERVER).execute());
            Stage connect = WindowTour.windowWith("#password");
            WindowTour.onFx(() -> {
                type(connect, "#address", "postgresql://zhangli@10.20.1.5/gaigeban?ledger=bj2023");
                return null;
            });
            WindowTour.snapshot(connect, out.resolve("connect-server.png"));
            WindowTour.onFx(() -> {
                connect.close();
                return null;
            });

            importWizard(tour, scratch, out.resolve("import.png"));

            WindowTour.onFx(() -> {
                tour.vm.command(StandardAction.EXPORT_UNITS).execute();
                return null;
            });
            Stage units = WindowTour.windowWith("#period");
            Thread.sleep(1200);
            WindowTour.snapshot(units, out.resolve("export-units.png"));
            WindowTour.onFx(() -> {
                units.close();
                return null;
            });

            report(tour, out);
            ledgerPrint(tour, out.resolve("ledger-print.png"));

            WindowTour.later(() -> tour.vm.command(StandardAction.BACKUPS).execute());
            Stage backups = WindowTour.windowWith("#restoreButton");
            Thread.sleep(1200);
            WindowTour.snapshot(backups, out.resolve("backups.png"));
            org.taizhang.ui.MemoryPrefs prefs = new org.taizhang.ui.MemoryPrefs();
            prefs.setOperator("王芳");
            WindowTour.later(() -> tour.vm.command(StandardAction.SETTINGS).execute());
            Stage settings = WindowTour.windowWith("#backupKeep");
            Thread.sleep(800);
            WindowTour.snapshot(settings, out.resolve("settings.png"));
            WindowTour.onFx(() -> {
                backups.close();
                settings.close();
                return null;
            });

            WindowTour.onFx(() -> {
                tour.vm.command(StandardAction.GUIDE).execute();
                return null;
            });
            Stage guide = WindowTour.windowWith("#sections");
            Thread.sleep(800);
            WindowTour.snapshot(guide, out.resolve("guide.png"));
            WindowTour.later(() -> tour.vm.command(StandardAction.ABOUT).execute());
            Stage about = WindowTour.windowWith("#libraries");
            Thread.sleep(800);
            WindowTour.snapshot(about, out.resolve("about.png"));
        } finally {
            tour.close();
        }
        System.exit(0);
    }

    /** The 报表 screen at the end of the sample's year, and its print preview. */
    private static void report(WindowTour tour, Path out) throws Exception {
        report(tour, 1366, 768, out.resolve("report.png"), out.resolve("report-preview.png"));
    }

    /** The 报表 screen and its preview at a screen's size, into {@code png} and {@code previewPng}. */
    static void report(WindowTour tour, double width, double height, Path png, Path previewPng) throws Exception {
        org.taizhang.ui.report.ReportViewModel report = WindowTour.onFx(() -> new org.taizhang.ui.report.ReportViewModel(
                tour.vm.service(), tour.vm.info().year(), tour.vm.background(), tour.vm.zone(),
                java.time.LocalDate.of(2024, 1, 10), new org.taizhang.ui.MemoryPrefs(),
                org.taizhang.core.task.TaskFilter.NONE, tour.vm::showOnly));
        WindowTour.onFx(() -> {
            org.taizhang.ui.WindowFactory.beside(tour.stage, org.taizhang.core.I18n.text("dashboard.title"),
                    "Report.fxml", new org.taizhang.ui.report.ReportController(report,
                            new org.taizhang.ui.dialog.FxDialogService(() -> tour.stage, new MemoryPrefs())));
            report.refresh();
            return null;
        });
        Stage dashboard = WindowTour.windowWith("#statusPie");
        WindowTour.onFx(() -> {
            dashboard.setWidth(width);
            dashboard.setHeight(height);
            return null;
        });
        Thread.sleep(2500);
        WindowTour.snapshot(dashboard, png);
        WindowTour.onFx(() -> {
            ((Button) dashboard.getScene().lookup("#previewButton")).fire();
            return null;
        });
        Stage preview = WindowTour.windowWith("#pageList");
        WindowTour.onFx(() -> {
            preview.setHeight(height);
            return null;
        });
        Thread.sleep(2000);
        WindowTour.snapshot(preview, previewPng);
        WindowTour.onFx(() -> {
            preview.close();
            dashboard.close();
            return null;
        });
    }

    /**
     * 打印台账 (Ctrl+P) on the whole sample ledger: its print preview, A4 landscape, the window as
     * big as the screen allows. {@link LedgerPrintShot} takes it alone.
     */
    static Stage ledgerPrint(WindowTour tour, Path png) throws Exception {
        return ledgerPrint(tour, png, 0, 0);
    }

    /** {@link #ledgerPrint(WindowTour, Path)} with the preview sized {@code width} × {@code height} (0: as it opens). */
    static Stage ledgerPrint(WindowTour tour, Path png, double width, double height) throws Exception {
        List<javafx.stage.Window> before = WindowTour.onFx(() -> List.copyOf(javafx.stage.Window.getWindows()));
        WindowTour.onFx(() -> {
            tour.vm.command(StandardAction.PRINT_LEDGER).execute();
            return null;
        });
        Stage preview = null;
        for (int i = 0; i < 600 && preview == null; i++) { // a new preview, not the report's left open
            Thread.sleep(50);
            preview = WindowTour.onFx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> !before.contains(w) && w instanceof Stage && w.getScene() != null
                            && w.getScene().lookup("#pageList") != null)
                    .map(w -> (Stage) w).findFirst().orElse(null));
        }
        if (preview == null) {
            throw new IllegalStateException("打印台账 opened no preview");
        }
        Stage shown = preview;
        if (width > 0) {
            WindowTour.onFx(() -> {
                shown.setX(0);
                shown.setY(0);
                shown.setWidth(width);
                shown.setHeight(height);
                return null;
            });
        }
        Thread.sleep(2000);
        WindowTour.snapshot(preview, png);
        return preview;
    }

    /**
     * The import wizard with two departments' returns read: the 市医保局's (changes and a new
     * measure) and the 市生态环境局's, exported before task 16 was adjusted above, so it holds a
     * conflict, a new task with an unreadable status, and a row of more text for the task above.
     * The second is shown, its plan open.
     */
    private static void importWizard(WindowTour tour, Path scratch, Path png) throws Exception {
        importWizard(tour, scratch, 0, 0, png);
    }

    /** The wizard sized to a screen of {@code width} × {@code height} (0: as it opens). */
    static void importWizard(WindowTour tour, Path scratch, double width, double height, Path png) throws Exception {
        LedgerService service = tour.vm.service();
        Task drg = task(service, "(1)", "DRG");
        Task procurement = task(service, "(2)", "集中带量采购");
        Task insurance = task(service, "26.", "医保");
        Path medical = TestWorkbook.xlsx().sheet("市医保局")
                .row("填报单位：市医保局", null, null, null, "填报日期：2023年12月28日")
                .row("序号", "改革任务", "牵头单位", "完成时限", "进展情况", "状态")
                .row("26.", insurance.title(), "市医保局", insurance.deadline().text(), insurance.progress(),
                        insurance.status().label())
                .row("(1)", drg.title(), "市医保局", drg.deadline().text(),
                        "1.DRG付费覆盖全部二级以上医院。2.结算清单质控系统上线。", "已完成")
                .row("(2)", procurement.title(), "市医保局", procurement.deadline().text(), procurement.progress(),
                        procurement.status().label())
                .row("(4)", "推进医保基金智能监管", "市医保局", "年底前", "智能监管系统上线试运行，覆盖定点医药机构426家。",
                        "推进中")
                .save(scratch.resolve("市医保局-2023年第四季度.xlsx"));
        Task damages = task(service, "15.", "生态环境损害赔偿");
        Task trading = task(service, "16.", "排污权");
        Path ecology = TestWorkbook.xlsx().sheet("第四季度")
                .row("2023年改革任务进展情况（第四季度）")
                .row("填报单位：市生态环境局")
                .row("台账编号", "台账版本", "序号", "改革任务", "牵头单位", "完成时限", "进展情况", "状态")
                .row(damages.id(), damages.revision(), "15.", damages.title(), "市生态环境局", damages.deadline().text(),
                        "1.全年办理生态环境损害赔偿案件21件，磋商结案18件。2.修复基地挂牌2处。", "已完成")
                .row(trading.id(), trading.revision() - 1, "16.", trading.title(), "市生态环境局", null,
                        "1.初始排污权核定全部完成。2.已接入自治区交易平台，首批3家企业完成交易。", "已完成")
                .row(null, null, "17.", "探索生态产品价值实现机制", "市生态环境局", "年底前", "已形成工作方案初稿", "看情况")
                .row(null, null, null, null, "市生态环境局", null, "其他工作：配合开展中央环保督察整改", null)
                .merge("A1:H1")
                .hideColumn(0).hideColumn(1)
                .save(scratch.resolve("市生态环境局-2023年第四季度.xlsx"));

        MemoryPrefs prefs = new MemoryPrefs();
        prefs.setOperator("赵静");
        WindowTour.later(() -> tour.vm.command(StandardAction.IMPORT).execute());
        Stage wizard = WindowTour.windowWith("#entryTable");
        ImportWizardViewModel vm = WindowTour.onFx(() -> Windows.importWizardOf(wizard));
        WindowTour.onFx(() -> {
            vm.addFiles(List.of(medical, ecology));
            return null;
        });
        for (int i = 0; i < 600 && !WindowTour.onFx(() -> vm.workbooks().size() == 2
                && vm.workbooks().stream().allMatch(w -> w.state() == org.taizhang.ui.importer.Workbook.State.READ)); i++) {
            Thread.sleep(50);
        }
        WindowTour.onFx(() -> {
            vm.selectedProperty().set(vm.workbooks().get(1));
            if (width > 0) {
                wizard.setWidth(width);
                wizard.setHeight(height);
            }
            return null;
        });
        Thread.sleep(1000);
        WindowTour.snapshot(wizard, png);
        WindowTour.onFx(() -> {
            wizard.close();
            return null;
        });
    }

    private static Task task(LedgerService service, String number, String titlePart) {
        return service.tasks().stream().filter(t -> t.number().text().equals(number) && t.title().contains(titlePart))
                .findFirst().orElseThrow();
    }

    /** Selects the log's first row: the newest adjustment. */
    static void selectNewest(Stage log) throws Exception {
        WindowTour.onFx(() -> {
            ((javafx.scene.control.TableView<?>) log.getScene().lookup("#table")).getSelectionModel().select(0);
            return null;
        });
    }

    static void select(WindowTour tour, String number) throws Exception {
        WindowTour.onFx(() -> {
            TaskRow row = tour.vm.table().visibleRows().stream()
                    .filter(r -> r.task().number().text().equals(number)).findFirst().orElseThrow();
            tour.vm.selectedProperty().set(row);
            return null;
        });
        tour.settle();
    }

    /** The form a meeting's decisions are recorded in: two requests reviewed and listed first. */
    private static void decisions(WindowTour tour, Path png) throws Exception {
        org.taizhang.core.ledger.LedgerService service = tour.vm.service();
        org.taizhang.core.request.Requests requests = new org.taizhang.core.request.Requests(service);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (String[] ask : new String[][] {{"30.", "2024年6月底前", "自治区配套政策尚未出台"},
            {"52.", "2024年3月底前", "电子证照系统需与自治区平台对接"}}) {
            long task = service.tasks().stream().filter(t -> t.number().text().equals(ask[0])).findFirst()
                    .orElseThrow().id();
            ids.add(requests.receive(task, service.task(task).orElseThrow().leadUnits().primary(),
                    org.taizhang.core.request.RequestType.DEADLINE,
                    java.util.Map.of(org.taizhang.core.task.TaskField.DEADLINE, ask[1]),
                    org.taizhang.core.ledger.Note.by("王芳", ask[2], "")).id());
        }
        requests.opinion(ids.subList(0, 1), true, org.taizhang.core.ledger.Note.by("王芳", "理由属实，拟同意", ""));
        requests.opinion(ids.subList(1, 2), false, org.taizhang.core.ledger.Note.by("王芳", "年内可以完成，不宜延期", ""));
        requests.list(ids, "市委深改委2024年第一次会议", org.taizhang.core.ledger.Note.by("王芳"));
        WindowTour.onFx(() -> {
            tour.vm.command(StandardAction.REQUESTS).execute();
            return null;
        });
        Stage window = WindowTour.windowWith("#decideButton");
        Thread.sleep(1000);
        WindowTour.onFx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<org.taizhang.ui.request.RequestRow> table =
                    (javafx.scene.control.TableView<org.taizhang.ui.request.RequestRow>) window.getScene().lookup("#table");
            for (int i = 0; i < table.getItems().size(); i++) {
                if (ids.contains(table.getItems().get(i).id())) {
                    table.getSelectionModel().select(i); // the two on the meeting's list
                }
            }
            return null;
        });
        WindowTour.later(() -> ((Button) window.getScene().lookup("#decideButton")).fire());
        Stage form = WindowTour.windowWith("#summary");
        Thread.sleep(800);
        WindowTour.snapshot(form, png);
        WindowTour.onFx(() -> {
            form.close();
            window.close();
            return null;
        });
    }

    static void type(Stage window, String id, String text) {
        TextInputControl field = (TextInputControl) window.getScene().lookup(id);
        field.setText(text);
    }
}
