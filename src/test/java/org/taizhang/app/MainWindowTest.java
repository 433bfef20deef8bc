package org.taizhang.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.Views;
import org.taizhang.ui.dialog.FxDialogService;
import org.taizhang.ui.main.MainViewModel;
import org.taizhang.ui.main.TaskRow;

/**
 * The real main window from fxml/, rendered headless and driven as a clerk would: open the sample,
 * search, filter, add, edit a deadline with a reason, be refused a cancel without one, undo, and
 * look at a past date.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path dir;
    MainViewModel vm;
    FxBackground background;
    MemoryPrefs prefs;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MemoryPrefs prefs = new MemoryPrefs();
        this.prefs = prefs;
        prefs.setOperator("测试员");
        background = new FxBackground();
        vm = new MainViewModel(background, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), dir.resolve("示例.taizhang"),
                prefs, new FxDialogService(() -> stage, prefs));
        stage.setScene(Views.scene(TaizhangApp.mainWindow(vm, prefs)));
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(vm::shutdown);
        background.close();
    }

    private void idle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the window shows what an action leads to (a dialog's caller resumes a moment later). */
    private void await(java.util.concurrent.Callable<Boolean> shown) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !vm.busyProperty().get() && shown.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openSample(FxRobot robot) throws Exception {
        robot.clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.ledgerOpenProperty().get());
        idle();
    }

    private static List<TaskRow> shownTasks(TableView<TaskRow> table) {
        return table.getItems().stream().filter(r -> !r.isHeading()).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<TaskRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private void selectTask(FxRobot robot, String number, String titlePart) throws Exception {
        TaskRow row = shownTasks(table(robot)).stream()
                .filter(r -> r.task().number().text().equals(number) && r.task().title().contains(titlePart))
                .findFirst().orElseThrow();
        robot.interact(() -> vm.selectedProperty().set(row));
        idle();
    }

    private Task fresh(long id) throws Exception {
        return vm.service().task(id).orElseThrow();
    }

    @Test
    void selectedRowsAreCopiedAsTabSeparatedTextAndAnHtmlTable(FxRobot robot) throws Exception {
        openSample(robot);
        TableView<TaskRow> table = table(robot);
        selectTask(robot, "16.", "排污权");
        robot.interact(() -> {
            int first = table.getSelectionModel().getSelectedIndex();
            table.getSelectionModel().selectRange(first, first + 2); // 16. and 17., as shift+click would
            table.requestFocus();
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C).release(javafx.scene.input.KeyCode.CONTROL);
        String[] text = new String[2];
        robot.interact(() -> {
            text[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString();
            text[1] = javafx.scene.input.Clipboard.getSystemClipboard().getHtml();
        });
        String[] lines = text[0].split("\r\n");
        assertEquals(3, lines.length, text[0]);
        assertTrue(lines[0].startsWith("序号\t改革任务\t牵头单位"), lines[0]);
        assertTrue(lines[1].startsWith("16.\t推进排污权有偿使用和交易\t"), lines[1]);
        assertTrue(lines[1].contains("\t红灯\t"), "the light in words: " + lines[1]);
        assertTrue(text[1].startsWith("<table") && text[1].contains("<th>改革任务</th>")
                && text[1].contains("<td>推进排污权有偿使用和交易</td>"), text[1]);
    }

    @Test
    void ctrlPShowsThePrintPreviewOfTheLedgerAsFiltered(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#print-ledger").queryButton().isDisabled(), "nothing to print without a ledger");
        assertFalse(vm.command(org.taizhang.ui.command.StandardAction.PRINT_LEDGER).isExecutable());
        openSample(robot);
        robot.interact(() -> vm.setWindows(new Windows(vm, prefs, new FxDialogService(() -> stage, prefs), stage)));
        robot.interact(() -> vm.table().statusFilter().add(Status.BEHIND));
        idle();
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);
        await(() -> robot.lookup("#pageList").tryQuery().isPresent());
        javafx.scene.control.ListView<?> pages = robot.lookup("#pageList").queryAs(javafx.scene.control.ListView.class);

        // the pages the report layer lays out for the same columns, filter and rows, in the same font
        org.taizhang.core.task.TaskFilter behind = org.taizhang.core.task.TaskFilter.NONE
                .withStatuses(java.util.Set.of(Status.BEHIND));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int expected;
        try (org.taizhang.report.pdf.ReportFont font = org.taizhang.report.pdf.ReportFont.find(null)) {
            org.taizhang.report.LedgerPrint.Sheet sheet = org.taizhang.report.LedgerPrint.of(vm.service(), null, null,
                    today, behind, org.taizhang.report.LedgerPrint.columns(org.taizhang.report.LedgerPrint.DEFAULT_COLUMNS),
                    org.taizhang.report.LedgerPrint.lines(vm.service().tasks(), behind, vm.service().lightRule(), today));
            assertEquals(7, sheet.matched());
            expected = org.taizhang.report.layout.LedgerLayout.layout(sheet, font).pages().size();
        }
        assertEquals(expected, pages.getItems().size());
        assertEquals("共 " + expected + " 页（A4 横向）",
                robot.lookup("#pageCount").queryAs(javafx.scene.control.Label.class).getText());
        List<String> texts = robot.from(pages).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                .queryAllAs(javafx.scene.text.Text.class).stream().map(javafx.scene.text.Text::getText).toList();
        assertTrue(texts.contains("北疆市2023年全面深化改革任务台账"), "the ledger's title");
        assertTrue(texts.contains("筛选：状态：滞后"), "the filter shown, in words");
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("共 7 项")), "the tasks that pass, counted");
        assertTrue(texts.contains("推进工业用地“标准地”出让改革"), "a 滞后 task");
        assertFalse(texts.contains("深化预算管理制度改革，全面推进预算管理一体化"), "a task the filter hides");
        assertTrue(texts.contains("第 1 页 共 " + expected + " 页"), "the footer");
        double zoom = robot.lookup("#zoom").queryAs(javafx.scene.control.ComboBox.class).getValue() instanceof Double z ? z : 1;
        assertTrue(841.89 * zoom < pages.getWidth(), "a landscape page fits the preview's width: " + zoom);
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage && w instanceof Stage).map(w -> (Stage) w).toList().forEach(Stage::close));
    }

    @Test
    void openSearchAndFilter(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#welcome").query().isVisible());
        openSample(robot);
        TableView<TaskRow> table = table(robot);
        int all = shownTasks(table).size();
        assertTrue(all >= 60);
        assertTrue(robot.lookup(".status-done").tryQuery().isPresent(), "statuses show as coloured labels");
        assertTrue(robot.lookup(".light-red").tryQuery().isPresent(), "序时 lights show");

        robot.clickOn("#search").write("医保");
        idle();
        List<TaskRow> found = shownTasks(table);
        assertTrue(found.size() < all && !found.isEmpty());
        found.forEach(r -> assertTrue(r.context() || r.searchable().contains("医保"), r.task().title()));

        robot.clickOn("#clearFilters");
        idle();
        assertEquals(all, shownTasks(table).size());
        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText());

        robot.clickOn("#statusFilter");
        javafx.scene.Node behindBox = robot.lookup(".check-box-list-cell").match((javafx.scene.control.ListCell<?> c) ->
                Status.BEHIND.equals(c.getItem())).lookup(".check-box").query();
        robot.clickOn(behindBox);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#statusFilter").queryButton().getText().contains("滞后"), "the box says what it filters");
        idle();
        List<TaskRow> behind = shownTasks(table).stream().filter(r -> !r.context()).toList();
        assertEquals(7, behind.size());
        behind.forEach(r -> assertEquals(Status.BEHIND, r.task().status()));
    }

    @Test
    void addEditWithAReasonAndSeeItInTheHistory(FxRobot robot) throws Exception {
        openSample(robot);
        selectTask(robot, "4.", "营商环境");
        robot.clickOn("#add-task");
        robot.clickOn("#title").write("推进数据要素市场化配置改革");
        robot.clickOn("#deadline").write("年底前");
        robot.clickOn("#save");
        await(() -> last().type() == AdjustmentType.ADD && vm.selectedProperty().get() != null
                && vm.selectedProperty().get().id() == last().changes().get(0).taskId());
        Task added = vm.selectedProperty().get().task();
        assertEquals("推进数据要素市场化配置改革", added.title());
        assertEquals(AdjustmentType.ADD, last().type());

        robot.clickOn("#edit-task");
        TextField deadline = robot.lookup("#deadline").queryAs(TextField.class);
        robot.interact(deadline::clear);
        robot.clickOn(deadline).write("2024年6月底前");
        assertTrue(robot.lookup(".deadline-meaning").queryLabeled().getText().contains("2024-06-30"));
        robot.clickOn("#save");
        Button ok = robot.lookup("#ok").queryButton();
        assertTrue(ok.isDisabled(), "no reason, no save");
        robot.clickOn("#reason").write("数据局组建后统筹推进");
        robot.clickOn("#basis").write("市委深改委第四次会议");
        assertFalse(ok.isDisabled());
        robot.clickOn(ok);
        await(() -> last().type() == AdjustmentType.DEADLINE && !vm.detail().timeline().isEmpty()
                && vm.detail().timeline().get(0).heading().contains("调整时限"));
        assertEquals("2024年6月底前", fresh(added.id()).deadline().text());
        Adjustment postponed = last();
        assertEquals(AdjustmentType.DEADLINE, postponed.type());
        assertEquals("数据局组建后统筹推进", postponed.reason());
        assertEquals("测试员", postponed.operator());
        assertTrue(robot.lookup(".timeline-heading").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().contains("调整时限")), "the history panel shows it");
        javafx.scene.text.TextFlow change = robot.lookup(".timeline-change").queryAll().stream()
                .map(n -> (javafx.scene.text.TextFlow) n)
                .filter(f -> flowText(f).contains("年底前 → 2024年6月底前")).findFirst().orElseThrow();
        assertTrue(change.getChildren().stream().anyMatch(n -> n instanceof javafx.scene.text.Text t
                && t.getText().equals("2024年6月") && t.getStyleClass().contains(org.taizhang.ui.Css.DIFF_ADDED)),
                "what the deadline became is marked: " + flowText(change));
    }

    private static String flowText(javafx.scene.text.TextFlow flow) {
        StringBuilder b = new StringBuilder();
        flow.getChildren().forEach(n -> b.append(n instanceof javafx.scene.text.Text t ? t.getText() : ""));
        return b.toString();
    }

    @Test
    void aCancelWithoutAReasonIsRefusedThenUndoAndTimeTravel(FxRobot robot) throws Exception {
        openSample(robot);
        selectTask(robot, "60.", "");
        long id = vm.selectedProperty().get().id();
        int logBefore = vm.service().log().size();
        robot.clickOn("#table");
        robot.interact(() -> vm.selectedProperty().set(vm.table().visibleRow(id).orElseThrow()));
        robot.type(KeyCode.DELETE);
        assertTrue(robot.lookup("#ok").queryButton().isDisabled(), "no reason, no cancel");
        robot.clickOn(robot.lookup(".button").lookup((Button b) -> b.isCancelButton()).queryButton());
        await(() -> robot.lookup("#reason").tryQuery().isEmpty());
        assertEquals(logBefore, vm.service().log().size());
        assertEquals(Status.NOT_STARTED, fresh(id).status());

        robot.clickOn("#cancel-task");
        robot.clickOn("#reason").write("已纳入文化体制改革其他任务");
        robot.clickOn("#ok");
        await(() -> fresh(id).status() == Status.CANCELLED);
        assertEquals(Status.CANCELLED, fresh(id).status());

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> robot.lookup("#reason").tryQuery().isPresent());
        assertTrue(robot.lookup(".change-list .label").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().contains("取消")), "names what it undoes");
        robot.clickOn("#reason").write("误取消");
        robot.clickOn("#ok");
        await(() -> last().type() == AdjustmentType.UNDO);
        assertEquals(Status.NOT_STARTED, fresh(id).status());
        assertEquals(AdjustmentType.UNDO, last().type());

        DatePicker asOf = robot.lookup("#asOfPicker").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(LocalDate.of(2023, 3, 31)));
        idle();
        assertTrue(robot.lookup("#travelBar").query().isVisible());
        assertTrue(robot.lookup("#edit-task").queryButton().isDisabled(), "the past is read-only");
        assertTrue(robot.lookup("#add-task").queryButton().isDisabled());
        assertTrue(shownTasks(table(robot)).stream().allMatch(r -> r.task().progress().isEmpty()));
        robot.clickOn(robot.lookup("#travelBar").lookup(".button").queryButton());
        idle();
        assertFalse(robot.lookup("#travelBar").query().isVisible());
    }

    private Adjustment last() {
        List<Adjustment> log = vm.service().log();
        return log.get(log.size() - 1);
    }

    /** Selects {@code count} open top-level tasks from 16. on, as shift+click would; gives them. */
    private List<TaskRow> selectRows(FxRobot robot, int count) throws Exception {
        TableView<TaskRow> table = table(robot);
        selectTask(robot, "16.", "排污权");
        List<TaskRow> chosen = new ArrayList<>();
        robot.interact(() -> {
            int first = table.getSelectionModel().getSelectedIndex();
            table.getSelectionModel().clearSelection();
            for (int i = first; chosen.size() < count; i++) {
                TaskRow row = table.getItems().get(i);
                if (!row.isHeading() && row.task().parentId() == null && !row.task().status().isClosed()) {
                    table.getSelectionModel().select(i);
                    chosen.add(row);
                }
            }
            table.requestFocus();
        });
        idle();
        assertEquals(chosen, vm.selectedRows());
        return chosen;
    }

    @SuppressWarnings("unchecked")
    private List<org.taizhang.ui.batch.BatchEditViewModel.Row> previewRows(FxRobot robot) {
        return List.copyOf(robot.lookup("#rows").queryAs(javafx.scene.control.TableView.class).getItems());
    }

    @Test
    void aBatchOfDeadlinesAsksTheReasonOnceAndIsOneAdjustment(FxRobot robot) throws Exception {
        openSample(robot);
        List<TaskRow> rows = selectRows(robot, 3);
        int before = vm.service().log().size();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> robot.lookup("#rows").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#field").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(org.taizhang.core.task.TaskField.DEADLINE));
        robot.clickOn(robot.lookup("#value").lookup(".text-field").queryAs(TextField.class)).write("2023年11月30日");
        await(() -> previewRows(robot).stream().allMatch(r -> r.after().equals("2023年11月30日")));
        assertEquals(3, previewRows(robot).size());
        assertEquals(rows.get(0).task().deadline().text(), previewRows(robot).get(0).before());
        robot.clickOn(robot.lookup("#ok").queryButton());
        await(() -> robot.lookup("#reason").tryQuery().isPresent());
        assertTrue(robot.lookup("#ok").queryButton().isDisabled(), "a new deadline needs its reason");
        robot.clickOn("#reason").write("市委深改委第四次会议同意");
        robot.clickOn("#ok");
        await(() -> vm.service().log().size() == before + 1);
        idle();
        assertTrue(robot.lookup("#reason").tryQuery().isEmpty(), "the reason was asked once");
        Adjustment done = vm.service().log().get(before);
        assertEquals(AdjustmentType.DEADLINE, done.type());
        assertEquals(3, done.changes().size());
        for (TaskRow r : rows) {
            assertEquals("2023-11-30", fresh(r.id()).deadline().date().toString());
        }
    }

    @Test
    void aColumnPastedFromExcelIsPreviewedBeforeAndAfter(FxRobot robot) throws Exception {
        openSample(robot);
        List<TaskRow> rows = selectRows(robot, 2);
        int before = vm.service().log().size();
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("已完成立法程序\r\n\"一是上线试运行；\r\n二是全市推广\"\r\n"); // as Excel copies two cells
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> robot.lookup("#rows").tryQuery().isPresent());
        List<org.taizhang.ui.batch.BatchEditViewModel.Row> preview = previewRows(robot);
        assertEquals(2, preview.size());
        assertEquals(rows.get(0).task().progress(), preview.get(0).before());
        assertEquals("已完成立法程序", preview.get(0).after());
        assertEquals("一是上线试运行；\r\n二是全市推广", preview.get(1).after());
        assertTrue(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text t
                && t.getText().equals("已完成立法程序")).tryQuery().isPresent(), "the preview shows the new text");
        assertTrue(robot.lookup(".diff-added").tryQuery().isPresent() && robot.lookup(".diff-removed").tryQuery()
                .isPresent(), "what the paste takes away and puts in is marked");
        robot.clickOn(robot.lookup("#ok").queryButton());
        await(() -> vm.service().log().size() == before + 1);
        Adjustment done = vm.service().log().get(before);
        assertEquals(AdjustmentType.PROGRESS, done.type(), "progress asks no reason");
        assertEquals(2, done.changes().size());
        assertEquals("已完成立法程序", fresh(rows.get(0).id()).progress());
    }

    @Test
    void aUnitIsFoundByTypingOnTheFilterBox(FxRobot robot) throws Exception {
        openSample(robot);
        Button units = robot.lookup("#unitFilter").queryButton();
        robot.interact(units::requestFocus);
        robot.write("ybj"); // typed on the closed box: it opens, and what is typed narrows the list
        await(() -> robot.lookup(".filter-find").tryQuery().isPresent());
        TextField find = robot.lookup(".filter-find").queryAs(TextField.class);
        assertEquals("ybj", find.getText());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> list = robot.lookup(".filter-popup .list-view")
                .queryAs(javafx.scene.control.ListView.class);
        assertEquals(List.of("市医保局"), List.copyOf(list.getItems()));
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.SPACE).release(KeyCode.SPACE);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        idle();
        assertTrue(robot.lookup(".filter-find").tryQuery().isEmpty(), "Escape closes the list");
        assertEquals(java.util.Set.of("市医保局"), vm.table().leadUnitFilter());
        assertTrue(units.getText().endsWith("市医保局"), units.getText());
        assertTrue(shownTasks(table(robot)).stream().filter(r -> !r.context())
                .allMatch(r -> r.task().leadUnits().contains("市医保局")));
    }

    @Test
    void searchHitsAreMarkedAndAHitInAHiddenColumnIsNamed(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("#search").write("市医保局");
        await(() -> robot.lookup(".search-hit").tryQuery().isPresent());
        assertTrue(robot.lookup((javafx.scene.Node n) -> n instanceof org.taizhang.ui.HitText h && h.marked()
                && h.getScene() == robot.lookup("#table").query().getScene()).tryQuery().isPresent(),
                "the unit is marked where the table shows it");
        assertTrue(robot.lookup(".search-elsewhere").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .anyMatch(t -> t.contains("配合单位")), "a task found through its partner units says so");
        TaskRow found = shownTasks(table(robot)).stream().filter(r -> !r.context()
                && r.task().partnerUnits().contains("市医保局")).findFirst().orElseThrow();
        robot.interact(() -> vm.selectedProperty().set(found));
        idle();
        assertTrue(robot.lookup(".detail-grid").lookup((javafx.scene.Node n) -> n instanceof org.taizhang.ui.HitText h
                && h.marked()).tryQuery().isPresent(), "the task pane marks it too");
        robot.interact(() -> vm.table().searchProperty().set(""));
        idle();
        assertTrue(robot.lookup(".search-elsewhere").queryAll().stream().noneMatch(javafx.scene.Node::isVisible),
                "no search, no note");
    }

    @Test
    void typingOnMarksTheNewSearchInTheRowsThatStay(FxRobot robot) throws Exception {
        openSample(robot);
        javafx.scene.Scene scene = robot.lookup("#table").query().getScene();
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        for (String typed : List.of("改革", " 试点", "\b\b\b", "\b")) {
            // key by key, as typed and erased (the text, not the keyboard, is what the table follows)
            for (char c : typed.toCharArray()) {
                robot.interact(() -> {
                    if (c == '\b') {
                        search.deleteText(search.getLength() - 1, search.getLength());
                    } else {
                        search.appendText(String.valueOf(c));
                    }
                });
            }
            idle();
            assertRowsShowTheirLines(robot);
            assertTrue(marksShown(robot, scene).stream().anyMatch(org.taizhang.ui.HitText::marked),
                    "something is marked for " + vm.table().searchProperty().get());
        }
    }

    /**
     * Searches typed and erased while the 领域 filter changes, several of them before the table
     * is laid out again: a cell given another row, or its row again, or kept, marks the search
     * shown then and nothing else.
     */
    @Test
    void marksFollowTheSearchWhateverChangesTheLinesBetweenFrames(FxRobot robot) throws Exception {
        openSample(robot);
        javafx.scene.Scene scene = robot.lookup("#table").query().getScene();
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        List<String> domains = List.copyOf(vm.table().domainChoices());
        java.util.Random random = new java.util.Random(19);
        List<String> words = List.of("改革", "医保局", "推进", "试点", "市");
        String[] word = {words.get(0)};
        int marked = 0;
        for (int step = 0; step < 25; step++) {
            int changes = 1 + random.nextInt(3);
            robot.interact(() -> {
                for (int c = 0; c < changes; c++) {
                    int what = random.nextInt(6);
                    if (what < 2 && search.getLength() > 0) {
                        search.deleteText(search.getLength() - 1, search.getLength());
                    } else if (what == 2 && vm.table().domainFilter().isEmpty()) {
                        vm.table().domainFilter().add(domains.get(random.nextInt(domains.size())));
                    } else if (what == 2) {
                        vm.table().domainFilter().clear();
                    } else if (search.getLength() < word[0].length()) { // the word typed on, each prefix found
                        if (search.getLength() == 0) {
                            word[0] = words.get(random.nextInt(words.size()));
                        }
                        search.appendText(word[0].substring(search.getLength(), search.getLength() + 1));
                    }
                }
            });
            idle();
            if (!table(robot).getItems().isEmpty()) {
                assertRowsShowTheirLines(robot);
            }
            marked += marksShown(robot, scene).stream().anyMatch(org.taizhang.ui.HitText::marked) ? 1 : 0;
        }
        assertTrue(marked >= 10, "marks were shown after " + marked + " of the 25 steps");
    }

    /** The marked texts the table shows, each checked to mark exactly the search's words. */
    private List<org.taizhang.ui.HitText> marksShown(FxRobot robot, javafx.scene.Scene scene) {
        String query = vm.table().searchProperty().get();
        List<org.taizhang.ui.HitText> shown = robot.lookup("#table").lookup((javafx.scene.Node n) ->
                n instanceof org.taizhang.ui.HitText h && h.getScene() == scene && h.isVisible()
                        && h.getParent() != null && h.getParent().isVisible()
                        && ancestorRowShown(h)).queryAllAs(org.taizhang.ui.HitText.class).stream().toList();
        for (org.taizhang.ui.HitText h : shown) {
            assertEquals(org.taizhang.core.task.TaskSearch.hits(h.text().getText(), query), h.hits(),
                    "\"" + h.text().getText() + "\" marked for \"" + query + "\"");
        }
        return shown;
    }

    /**
     * Every row the table draws shows the line at its place, in every cell: the lines change in
     * place, and a row left drawing the line that was there before would show a wrong task.
     */
    @Test
    void theTableIsLaidOutBeforeALedgerIsOpenedAndShowsNothingMadeUp(FxRobot robot) throws Exception {
        TableView<TaskRow> table = table(robot);
        // the practice runs after the window's first pulse, on made-up rows, while the welcome shows
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell").queryAll().size() > 10);
        WaitForAsyncUtils.waitForFxEvents();
        // it goes on for some frames, each pass emptying the table again: looked at between frames, on the FX thread
        for (int frame = 0; frame < 5; frame++) {
            WaitForAsyncUtils.asyncFx(() -> {
                assertTrue(table.getItems().isEmpty(), "no made-up row is left in the table");
                assertTrue(table.getSelectionModel().getSelectedItems().isEmpty(), "nor chosen");
                assertEquals(null, vm.selectedProperty().get());
                assertTrue(robot.lookup(".table-row-cell").queryAll().stream()
                        .allMatch(n -> !n.isVisible() || ((javafx.scene.control.TableRow<?>) n).isEmpty()),
                        "the cells made are spare");
            }).get();
            Thread.sleep(20);
        }
        openSample(robot); // perhaps while it practises: the table shows the sample's rows from then on
        assertRowsShowTheirLines(robot);
        assertEquals(vm.table().visibleRows().size(), shownTasks(table).size(), "the sample's tasks, none else");
        // whatever the practice marked in its passes, the cells mark the clerk's search now, and only it
        javafx.scene.Scene scene = table.getScene();
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.interact(() -> search.setText("推进"));
        idle();
        assertTrue(marksShown(robot, scene).stream().anyMatch(org.taizhang.ui.HitText::marked), "推进 is marked");
        robot.interact(() -> search.setText(""));
        idle();
        assertTrue(marksShown(robot, scene).stream().noneMatch(org.taizhang.ui.HitText::marked), "nothing is marked");
    }

    private void assertRowsShowTheirLines(FxRobot robot) {
        TableView<TaskRow> table = table(robot);
        int drawn = 0;
        for (javafx.scene.Node n : table.lookupAll(".table-row-cell")) {
            javafx.scene.control.TableRow<?> r = (javafx.scene.control.TableRow<?>) n;
            if (!r.isVisible() || r.getIndex() < 0 || r.getIndex() >= table.getItems().size()) {
                continue;
            }
            TaskRow line = table.getItems().get(r.getIndex());
            assertEquals(line, r.getItem(), "row " + r.getIndex() + " shows its line");
            for (javafx.scene.Node c : r.lookupAll(".table-cell")) {
                assertEquals(line, ((javafx.scene.control.TableCell<?, ?>) c).getItem(), "a cell of row " + r.getIndex());
            }
            if (!line.isHeading()) {
                javafx.scene.control.TableCell<?, ?> title = (javafx.scene.control.TableCell<?, ?>) r.lookup("#column-title");
                assertTrue(title.getGraphic() != null && title.getGraphic().lookupAll("Text").stream()
                        .anyMatch(t -> line.task().title().equals(((javafx.scene.text.Text) t).getText())),
                        "row " + r.getIndex() + " reads " + line.task().title());
            }
            drawn++;
        }
        assertTrue(drawn > 0, "rows are drawn");
    }

    /** Whether a node is in a row of the table that shows a row of the ledger (not a spare cell). */
    private static boolean ancestorRowShown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.TableRow<?> r) {
                return r.isVisible() && !r.isEmpty() && r.getItem() != null;
            }
        }
        return false;
    }

    @Test
    void aDoubleClickOnATaskWithMeasuresOpensItWithoutFoldingIt(FxRobot robot) throws Exception {
        openSample(robot);
        TableView<TaskRow> table = table(robot);
        selectTask(robot, "1.", "国有企业");
        TaskRow parent = table.getSelectionModel().getSelectedItem();
        assertTrue(measuresShown(table, parent));
        robot.doubleClickOn(inRow(robot, parent, "#column-title"));
        await(() -> robot.lookup("#deadline").tryQuery().isPresent());
        assertTrue(measuresShown(table, parent), "the double-click opened the task, it did not fold its measures");
        robot.clickOn(robot.lookup(".button").match((Button b) -> b.isCancelButton()).queryButton());
        await(() -> robot.lookup("#deadline").tryQuery().isEmpty());
    }

    @Test
    void theArrowAndTheArrowKeysFoldATaskAndADoubleClickAHeading(FxRobot robot) throws Exception {
        openSample(robot);
        TableView<TaskRow> table = table(robot);
        selectTask(robot, "1.", "国有企业");
        TaskRow parent = table.getSelectionModel().getSelectedItem();
        int lines = table.getItems().size();
        robot.clickOn(inRow(robot, parent, ".outline-arrow"));
        idle();
        assertFalse(measuresShown(table, parent), "the arrow folded the task's measures");
        assertTrue(table.getItems().size() < lines);
        assertEquals(parent, table.getSelectionModel().getSelectedItem(), "the task stays chosen");

        robot.clickOn("#search").write("国有企业");
        idle();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        idle();
        assertFalse(measuresShown(table, parent), "a search does not unfold what the clerk folded");

        robot.interact(table::requestFocus);
        robot.type(KeyCode.RIGHT);
        idle();
        assertTrue(measuresShown(table, parent), "→ unfolds");
        robot.type(KeyCode.LEFT);
        idle();
        assertFalse(measuresShown(table, parent), "← folds");
        robot.type(KeyCode.RIGHT);
        idle();
        assertEquals(lines, table.getItems().size());

        String domain = table.getItems().get(0).domain();
        robot.doubleClickOn(inRow(robot, table.getItems().get(0), "#column-title"));
        idle();
        assertTrue(table.getItems().get(0).isHeading() && table.getItems().get(1).isHeading(),
                "the heading folded its tasks away, its line stays");
        assertEquals(domain, table.getItems().get(0).domain());
        assertTrue(table.getItems().get(0).tasks() > 0, "folded, the heading still counts its tasks");
        assertRowsShowTheirLines(robot);
        robot.interact(() -> vm.selectedProperty().set(parent));
        idle();
        assertRowsShowTheirLines(robot);
        assertEquals(parent, table.getSelectionModel().getSelectedItem(), "a task chosen under a folded heading is shown");
        assertTrue(measuresShown(table, parent));

        List<TaskRow> before = List.copyOf(table.getItems());
        robot.clickOn(robot.lookup(".column-header").match((javafx.scene.Node n) -> "column-deadline".equals(n.getId()))
                .queryAs(javafx.scene.Node.class));
        await(() -> !before.equals(List.copyOf(table.getItems()))); // sorted aside, then shown
        assertEquals(before.size(), table.getItems().size());
        assertEquals(new java.util.HashSet<>(before), new java.util.HashSet<>(table.getItems()), "sorted by 完成时限: the same lines, in another order");
        assertRowsShowTheirLines(robot);
    }

    /** Whether {@code parent}'s measures are listed right under it. */
    private static boolean measuresShown(TableView<TaskRow> table, TaskRow parent) {
        int i = table.getItems().indexOf(parent);
        return i >= 0 && i + 1 < table.getItems().size() && !table.getItems().get(i + 1).isHeading()
                && java.util.Objects.equals(table.getItems().get(i + 1).task().parentId(), parent.id());
    }

    /** A node matching {@code query} in the table's row that shows {@code row}. */
    private static javafx.scene.Node inRow(FxRobot robot, TaskRow row, String query) {
        return robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) -> row.equals(r.getItem()))
                .lookup(query).query();
    }

    @Test
    void theShortcutsAddedRunTheirCommandsAndTheRowMenuOpensFromTheKeyboard(FxRobot robot) throws Exception {
        openSample(robot);
        TableView<TaskRow> table = table(robot);
        int all = shownTasks(table).size();
        robot.clickOn("#search").write("医保");
        idle();
        assertTrue(shownTasks(table).size() < all);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        idle();
        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText(), "Ctrl+Shift+L cleared the filters");
        assertEquals(all, shownTasks(table).size());

        selectTask(robot, "16.", "排污权");
        robot.interact(table::requestFocus);
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu c && "row-menu".equals(c.getId()) && c.isShowing())
                .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElse(null);
        assertTrue(menu != null, "Shift+F10 shows the row's commands");
        assertEquals(org.taizhang.ui.command.StandardAction.EDIT_TASK.text(), menu.getItems().get(0).getText());
        robot.interact(menu::hide);
        TaskRow other = shownTasks(table).stream().filter(r -> r.task().number().text().equals("17.")).findFirst()
                .orElseThrow();
        robot.clickOn(inRow(robot, other, "#column-title"));
        javafx.scene.Node cell = inRow(robot, other, "#column-title");
        robot.interact(() -> { // a right-click, as the system tells it (the headless robot's does not)
            javafx.geometry.Bounds at = cell.localToScreen(cell.getBoundsInLocal());
            cell.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    5, 5, at.getMinX() + 5, at.getMinY() + 5, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menu.isShowing(), "a right-click shows the same commands, for the row clicked");
        assertEquals(other, vm.selectedProperty().get());
        robot.interact(menu::hide);

        robot.interact(table::requestFocus);
        robot.type(KeyCode.F2); // the edit form, as Ctrl+E would open it
        javafx.stage.Window form = null;
        for (int i = 0; i < 100 && form == null; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            form = robot.listWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null
                    && w.getScene().lookup("#deadline") != null).findFirst().orElse(null);
        }
        assertTrue(form != null, "F2 opens the task form");
        javafx.stage.Window shown = form;
        assertTrue(robot.from(shown.getScene().getRoot()).lookup("#deadline").tryQuery().isPresent());
        robot.interact(() -> ((Stage) shown).close());
        idle();
    }

    @Test
    void everyMenuOpensWithALetterAndHoldsItsOwnActions(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.Set<org.taizhang.ui.command.StandardAction> seen = java.util.EnumSet.noneOf(
                org.taizhang.ui.command.StandardAction.class);
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            var group = org.taizhang.ui.command.MenuGroup.valueOf((String) menu.getUserData());
            assertEquals(group.text() + "(_" + group.mnemonic() + ")", menu.getText());
            assertTrue(menu.isMnemonicParsing());
            for (javafx.scene.control.MenuItem item : menu.getItems()) {
                if (item.getUserData() instanceof String name) {
                    var action = org.taizhang.ui.command.StandardAction.valueOf(name);
                    assertEquals(group, action.menu(), action + " is listed under " + action.menu() + " in 快捷键");
                    assertTrue(seen.add(action), action + " once");
                    assertEquals(action.shortcut().orElse(null), item.getAccelerator());
                }
            }
        }
        for (var action : org.taizhang.ui.command.StandardAction.values()) {
            assertEquals(action.menu() != org.taizhang.ui.command.MenuGroup.NONE, seen.contains(action),
                    action + ": every command is on a menu, reachable with Alt or F10");
        }
    }
}
