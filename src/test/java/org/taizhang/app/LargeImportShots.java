package org.taizhang.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.command.StandardAction;
import org.taizhang.ui.importer.ImportWizardViewModel;
import org.taizhang.ui.importer.Workbook;

/**
 * Looks at the import wizard with a large return read (ROWS rows, as the import benchmark writes
 * it): the plan at its top and scrolled to its middle, the window sized to the screen, and the
 * whole screen. Run under Xvfb with a window manager, e.g. {@code xvfb-run -a -s "-screen 0
 * 1366x768x24" sh -c 'openbox & java -Xmx256m -cp CLASSPATH org.taizhang.app.LargeImportShots OUT
 * 1366 768 200000'}.
 */
public final class LargeImportShots {
    private LargeImportShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        double width = Double.parseDouble(args[1]);
        double height = Double.parseDouble(args[2]);
        int rows = Integer.parseInt(args[3]);
        Path scratch = WindowTour.scratch("taizhang-large-import-shots");
        Path large = scratch.resolve("市发展改革委-2023年第四季度.xlsx");
        org.taizhang.cli.ImportBench.write(large, rows);
        WindowTour tour = WindowTour.start(scratch.resolve("示例.taizhang"), width, height);
        String size = (int) width + "x" + (int) height;
        try {
            WindowTour.onFx(() -> {
                tour.vm.openSample();
                return null;
            });
            tour.settle();
            MemoryPrefs prefs = new MemoryPrefs();
            prefs.setOperator("赵静");
            WindowTour.later(() -> tour.vm.command(StandardAction.IMPORT).execute());
            Stage wizard = WindowTour.windowWith("#entryTable");
            ImportWizardViewModel vm = WindowTour.onFx(() -> Windows.importWizardOf(wizard));
            WindowTour.onFx(() -> {
                vm.addFiles(List.of(large));
                wizard.setWidth(width);
                wizard.setHeight(height);
                return null;
            });
            long start = System.nanoTime();
            for (int i = 0; i < 12_000 && !WindowTour.onFx(() -> vm.workbooks().size() == 1
                    && vm.workbooks().get(0).state() == Workbook.State.READ); i++) {
                Thread.sleep(50);
            }
            System.out.printf("read and planned in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
            WindowTour.onFx(() -> {
                vm.selectedProperty().set(vm.workbooks().get(0));
                return null;
            });
            Thread.sleep(1500);
            WindowTour.snapshot(wizard, out.resolve("large-import-" + size + "-top.png"));
            @SuppressWarnings("unchecked")
            TableView<Object> table = WindowTour.onFx(() -> (TableView<Object>) wizard.getScene().lookup("#entryTable"));
            WindowTour.onFx(() -> {
                table.scrollTo(rows / 2);
                return null;
            });
            Thread.sleep(1500);
            WindowTour.snapshot(wizard, out.resolve("large-import-" + size + "-middle.png"));
            new ProcessBuilder("/usr/bin/import", "-window", "root", out.resolve("large-screen-" + size + ".png").toString())
                    .inheritIO().start().waitFor();
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("heap in use with the plan shown: %d MB of %d MB%n",
                    (rt.totalMemory() - rt.freeMemory()) / 1_000_000, rt.maxMemory() / 1_000_000);
        } finally {
            WindowTour.onFx(() -> {
                javafx.application.Platform.exit();
                return null;
            });
        }
        System.exit(0);
    }
}
