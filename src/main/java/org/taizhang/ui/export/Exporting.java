package org.taizhang.ui.export;

import org.taizhang.core.Days;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.export.Exports;
import org.taizhang.ui.Background;
import org.taizhang.ui.Describe;

/**
 * The one-file exports from the window: pick where, write in the background (with progress and
 * 取消), say where it went. The file chooser has asked before replacing an existing file; a file
 * open in Excel or WPS is still refused.
 */
public final class Exporting {
    private Exporting() {
    }

    /** The ledger as it is now, or as of {@code asOf} when the window shows a past date. */
    public static void ledger(Window owner, LedgerService service, Background background, ZoneId zone, LocalDate asOf) {
        LocalDate today = LocalDate.now(zone);
        choose(owner, background, service, info -> (asOf == null ? info.title()
                : I18n.text("export.titleAsOf", info.title(), asOf)) + ".xlsx", true, file -> background.runLong(
                I18n.text("busy.exporting"), progress -> {
                    Exports.ledger(Exports.Target.of(file, true), service,
                            asOf == null ? null : Days.endOf(asOf, zone), asOf,
                            today, progress);
                    return file;
                }, done -> tell(owner, I18n.text("exporting.done", done)), e -> fail(owner, e)));
    }

    public static void history(Window owner, LedgerService service, Background background, ZoneId zone) {
        choose(owner, background, service, info -> I18n.text("export.logTitle", info.title()) + ".xlsx", false,
                file -> background.runLong(I18n.text("busy.exporting"), progress -> {
                    Exports.history(Exports.Target.of(file, true), service.info(), service.log(), zone, progress);
                    return file;
                }, done -> tell(owner, I18n.text("exporting.done", done)), e -> fail(owner, e)));
    }

    /** The changes between the end of {@code from} and the end of {@code to}. */
    public static void changes(Window owner, LedgerService service, Background background, ZoneId zone, LocalDate from,
            LocalDate to) {
        choose(owner, background, service, info -> I18n.text("export.changesTitle", info.title()) + "（" + from + "至" + to
                + "）.xlsx", false, file -> background.runLong(I18n.text("busy.exporting"), progress -> {
                    Exports.changes(Exports.Target.of(file, true), service.info(),
                            service.diff(Days.endOf(from, zone), Days.endOf(to, zone)), from, to);
                    return file;
                }, done -> tell(owner, I18n.text("exporting.done", done)), e -> fail(owner, e)));
    }


    /**
     * Reads the ledger's title on the worker (an import may hold the ledger), then asks where to
     * save, proposing the name made from it, and hands the chosen file to {@code export}.
     */
    private static void choose(Window owner, Background background, LedgerService service,
            Function<LedgerInfo, String> name, boolean offerXls, Consumer<Path> export) {
        background.run("", service::info, info -> choose(owner, name.apply(info), offerXls).ifPresent(export),
                e -> fail(owner, e));
    }

    private static java.util.Optional<Path> choose(Window owner, String name, boolean offerXls) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name.replaceAll("[\\\\/:*?\"<>|]", "_"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("exporting.xlsx"), "*.xlsx"));
        if (offerXls) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("exporting.xls"), "*.xls"));
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return java.util.Optional.empty();
        }
        String chosen = file.getName().toLowerCase(java.util.Locale.ROOT);
        boolean xls = chooser.getSelectedExtensionFilter() != null
                && chooser.getSelectedExtensionFilter().getExtensions().contains("*.xls");
        if (!chosen.endsWith(".xlsx") && !chosen.endsWith(".xls")) {
            file = new File(file.getParentFile(), file.getName() + (xls ? ".xls" : ".xlsx"));
        }
        return java.util.Optional.of(file.toPath());
    }

    static void tell(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.initOwner(owner);
        alert.setTitle(I18n.text("app.name"));
        alert.setHeaderText(null);
        alert.show();
    }

    static void fail(Window owner, Throwable e) {
        if (e instanceof java.util.concurrent.CancellationException) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, Describe.problem(e));
        alert.initOwner(owner);
        alert.setTitle(I18n.text("app.name"));
        alert.setHeaderText(null);
        alert.show();
    }
}
