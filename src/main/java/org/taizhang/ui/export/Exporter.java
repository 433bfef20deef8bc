package org.taizhang.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.taizhang.core.Days;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.request.RequestList;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.Progress;
import org.taizhang.exchange.export.ChangesWorkbook;
import org.taizhang.exchange.export.ExportTarget;
import org.taizhang.exchange.export.LedgerWorkbook;
import org.taizhang.exchange.export.LogWorkbook;
import org.taizhang.exchange.export.RequestListContent;
import org.taizhang.ui.Background;
import org.taizhang.ui.Describe;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FileType;
import org.taizhang.ui.dialog.FolderKind;

/**
 * The one-file exports from the window: ask where, write in the background (with progress and
 * 取消), say where it went. The file chooser has asked before replacing an existing file; a file
 * open in Excel or WPS is still refused, in words.
 */
public final class Exporter {
    private final LedgerService service;
    private final Background background;
    private final ZoneId zone;
    private final DialogService dialogs;

    public Exporter(LedgerService service, Background background, ZoneId zone, DialogService dialogs) {
        this.service = service;
        this.background = background;
        this.zone = zone;
        this.dialogs = dialogs;
    }

    /** The ledger as it is now, or as of {@code asOf} when the window shows a past date; .xlsx or .xls. */
    public void ledger(LocalDate asOf) {
        LocalDate today = LocalDate.now(zone);
        export(info -> asOf == null ? info.title() : I18n.text("export.titleAsOf", info.title(), asOf),
                new FileType[] {FileType.XLSX, FileType.XLS}, (file, progress) -> LedgerWorkbook.write(
                        ExportTarget.of(file, true), service, asOf == null ? null : Days.endOf(asOf, zone), asOf,
                        today, progress));
    }

    /**
     * The selected tasks as a ledger workbook, in the ledger's reading order, with the check code of
     * the state they were taken from; like the whole ledger's, it can come back as a return.
     */
    public void selection(List<Task> tasks, LocalDate asOf) {
        LocalDate today = LocalDate.now(zone);
        export(info -> I18n.text("export.selectionTitle", asOf == null ? info.title()
                : I18n.text("export.titleAsOf", info.title(), asOf), tasks.size()),
                new FileType[] {FileType.XLSX, FileType.XLS}, (file, progress) -> LedgerWorkbook.write(
                        ExportTarget.of(file, true), service.info(), asOf == null ? service.checkCode()
                                : service.checkCode(Days.endOf(asOf, zone)), service.ordered(tasks), asOf, today,
                        progress));
    }

    /** The adjustment log, one row per changed field. */
    public void history() {
        export(info -> I18n.text("export.logTitle", info.title()), new FileType[] {FileType.XLSX},
                (file, progress) -> LogWorkbook.write(ExportTarget.of(file, true), service.info(), service.log(),
                        zone, progress));
    }

    /** The changes between the end of {@code from} and the end of {@code to}. */
    public void changes(LocalDate from, LocalDate to) {
        export(info -> I18n.text("export.changesTitle", info.title()) + "（" + from + "至" + to + "）",
                new FileType[] {FileType.XLSX}, (file, progress) -> ChangesWorkbook.write(ExportTarget.of(file, true), service.info(),
                        service.diff(Days.endOf(from, zone), Days.endOf(to, zone)), from, to));
    }

    /**
     * The committee's 动态调整清单: the list of {@code meeting}, or (null) the newest list awaiting
     * its meeting; a Word document or a workbook, as the clerk names the file. Nothing to list is
     * said before the file is asked for.
     */
    public void requestList(String meeting) {
        LocalDate today = LocalDate.now(zone);
        background.run("", () -> RequestListContent.of(service, RequestList.of(service.requestEvents(), meeting), today),
                list -> dialogs.saveFile(list.meeting() + list.title() + FileType.DOCX.extension(), FolderKind.EXPORTS,
                        FileType.DOCX, FileType.XLSX).ifPresent(file -> background.runLong(I18n.text("busy.exporting"),
                                progress -> {
                                    list.write(file, true);
                                    return file;
                                }, done -> dialogs.written(done), this::fail)),
                this::fail);
    }

    /** What writes one file, telling how far it got. */
    @FunctionalInterface
    private interface Writing {
        void write(Path file, Progress progress) throws Exception;
    }

    /**
     * Reads the ledger's title on the worker (an import may hold the ledger), asks where to save,
     * proposing the name made from it, then writes on the worker and says where it went.
     */
    private void export(Function<LedgerInfo, String> name, FileType[] types, Writing writing) {
        background.run("", service::info, info -> dialogs.saveFile(name.apply(info) + types[0].extension(), FolderKind.EXPORTS, types)
                .ifPresent(file -> background.runLong(I18n.text("busy.exporting"), progress -> {
                    writing.write(file, progress);
                    return file;
                }, done -> dialogs.written(done), this::fail)), this::fail);
    }

    private void fail(Throwable e) {
        if (!(e instanceof CancellationException)) {
            dialogs.tell(Describe.problem(e));
        }
    }
}
