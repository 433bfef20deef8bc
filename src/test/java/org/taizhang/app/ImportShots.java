package org.taizhang.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.taizhang.ui.command.StandardAction;
import org.taizhang.exchange.ReturnLayoutsAccess;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.importer.ImportWizardViewModel;

/**
 * Looks at the import wizard as a clerk would, on a screen of the given size: three returns in
 * layouts departments use (a sheet per 领域 with a cover and a summary, measures under merged task
 * cells, bad cells and the notes around a table), each tab of the one shown, and the whole screen
 * as the window manager placed it. Run under Xvfb with a window manager:
 * {@code xvfb-run -a -s "-screen 0 1024x768x24" sh -c 'openbox & ./mvnw -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.taizhang.app.ImportShots -Dexec.args="OUT 1024 768"'}
 */
public final class ImportShots {
    private ImportShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        double width = Double.parseDouble(args[1]);
        double height = Double.parseDouble(args[2]);
        Path scratch = WindowTour.scratch("taizhang-import-shots");
        WindowTour tour = WindowTour.start(scratch.resolve("示例.taizhang"), width, height);
        try {
            WindowTour.onFx(() -> {
                tour.vm.openSample();
                return null;
            });
            tour.settle();
            List<Path> returns = ReturnLayoutsAccess.save(scratch, "xlsx", "一个领域一个工作表", "合并单元格下的具体举措",
                    "表格前后", "坏单元格");
            MemoryPrefs prefs = new MemoryPrefs();
            prefs.setOperator("赵静");
            WindowTour.later(() -> tour.vm.command(StandardAction.IMPORT).execute());
            Stage wizard = WindowTour.windowWith("#entryTable");
            ImportWizardViewModel vm = WindowTour.onFx(() -> Windows.importWizardOf(wizard));
            WindowTour.onFx(() -> {
                vm.addFiles(returns);
                return null;
            });
            for (int i = 0; i < 600 && !WindowTour.onFx(() -> vm.workbooks().size() == returns.size()
                    && vm.workbooks().stream().allMatch(w -> w.state() == org.taizhang.ui.importer.Workbook.State.READ)); i++) {
                Thread.sleep(50);
            }
            String size = (int) width + "x" + (int) height;
            for (int w = 0; w < returns.size(); w++) {
                int index = w;
                WindowTour.onFx(() -> {
                    vm.selectedProperty().set(vm.workbooks().get(index));
                    return null;
                });
                TabPane tabs = WindowTour.onFx(() -> (TabPane) wizard.getScene().lookup("#tabs"));
                for (int t = 0; t < 5; t++) {
                    int tab = t;
                    WindowTour.onFx(() -> {
                        tabs.getSelectionModel().select(tab);
                        return null;
                    });
                    Thread.sleep(500);
                    WindowTour.snapshot(wizard, out.resolve("import-" + size + "-" + w + "-" + t + ".png"));
                }
            }
            WindowTour.onFx(() -> {
                vm.selectedProperty().set(vm.workbooks().get(0));
                return null;
            });
            Thread.sleep(500);
            new ProcessBuilder("/usr/bin/import", "-window", "root", out.resolve("screen-" + size + ".png").toString())
                    .inheritIO().start().waitFor();
        } finally {
            WindowTour.onFx(() -> {
                javafx.application.Platform.exit();
                return null;
            });
            System.exit(0);
        }
    }
}
