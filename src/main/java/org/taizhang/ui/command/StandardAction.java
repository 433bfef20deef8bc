package org.taizhang.ui.command;

import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.taizhang.core.I18n;

/**
 * Every action of the main window, defined once: its words (menu text, and the short toolbar
 * label where the toolbar shows one), its icon and its shortcut. What it does and when it is
 * enabled is a {@link Command} of the view model; the view only says where each action appears
 * (an FXML menu item or button whose {@code userData} is the action's name).
 */
public enum StandardAction {
    NEW_LEDGER("menu.new", null, "mdi2f-file-plus-outline", "Shortcut+N"),
    NEW_NEXT_YEAR("menu.newNextYear", null, null, null),
    OPEN_LEDGER("menu.open", null, "mdi2f-folder-open-outline", "Shortcut+O"),
    OPEN_SAMPLE("menu.sample", null, null, null),
    IMPORT("menu.import", "tool.import", "mdi2f-file-import-outline", "Shortcut+I"),
    SAVE_AS("menu.saveAs", null, null, null),
    PRINT_LEDGER("menu.printLedger", null, "mdi2p-printer-outline", "Shortcut+P"),
    BACKUPS("menu.backups", null, null, null),
    CLOSE_LEDGER("menu.close", null, null, null),
    EXIT("menu.exit", null, null, null),

    ADD_TASK("menu.addTask", "tool.add", "mdi2p-plus-box-outline", "Insert"),
    ADD_MEASURE("menu.addMeasure", "tool.addMeasure", "mdi2f-file-tree", "Shortcut+Insert"),
    EDIT_TASK("menu.editTask", "tool.edit", "mdi2p-pencil-outline", "Shortcut+E"),
    BATCH_EDIT("menu.batchEdit", null, "mdi2t-table-edit", "Shortcut+Shift+E"),
    COPY_ROWS("menu.copyRows", null, "mdi2c-content-copy", "Shortcut+C"),
    PASTE_COLUMN("menu.pasteColumn", null, "mdi2c-content-paste", "Shortcut+Shift+V"),
    ADJUST_DEADLINE("menu.adjustDeadline", null, "mdi2c-calendar-edit", null),
    ADJUST_LEAD_UNITS("menu.adjustLeadUnits", null, "mdi2a-account-switch-outline", null),
    ADJUST_WORDING("menu.adjustWording", null, "mdi2f-format-text", null),
    CANCEL_TASK("menu.cancelTask", "tool.cancel", "mdi2c-cancel", null),
    MERGE_TASK("menu.merge", null, "mdi2c-call-merge", null),
    SPLIT_TASK("menu.split", null, "mdi2c-call-split", null),
    RESTORE_TASK("menu.restore", null, "mdi2r-restore", null),
    CLOSE_OUT("menu.closeOut", null, "mdi2c-check-decagram-outline", null),
    UNDO("menu.undo", "tool.undo", "mdi2u-undo-variant", "Shortcut+Z"),
    NEW_REQUEST("menu.newRequest", null, null, null),
    NEW_TASK_REQUEST("menu.newTaskRequest", null, null, null),
    REQUESTS("menu.requests", null, "mdi2f-file-document-edit-outline", null),

    FIND("menu.find", null, null, "Shortcut+F"),
    CLEAR_FILTERS("menu.clearFilters", "filter.clear", "mdi2f-filter-remove-outline", null),
    LOG("menu.log", "tool.log", "mdi2h-history", null),
    COMPARE("menu.compare", null, "mdi2c-compare-horizontal", null),
    BACK_TO_NOW("menu.backToNow", "menu.backToNow", null, null),

    EXPORT_LEDGER("menu.exportLedger", null, null, null),
    EXPORT_SELECTION("menu.exportSelection", null, null, null),
    EXPORT_UNITS("menu.exportUnits", null, null, null),
    EXPORT_HISTORY("menu.exportHistory", null, null, null),
    EXPORT_CHANGES("menu.exportChanges", null, null, null),
    EXPORT_REQUEST_LIST("menu.exportRequestList", null, null, null),
    REPORT("menu.dashboard", "tool.report", "mdi2c-chart-box-outline", "Shortcut+R"),
    NOTICES("menu.notices", null, "mdi2b-bell-alert-outline", null),

    SETTINGS("menu.preferences", null, null, null),
    REFERENCE("menu.reference", null, null, null),
    GUIDE("menu.guide", null, null, "F1"),
    ABOUT("menu.about", null, null, null),
    CANCEL_WORK("status.cancelWork", "status.cancelWork", null, null);

    private final String textKey;
    private final String shortKey;
    private final String icon;
    private final String shortcut;

    StandardAction(String textKey, String shortKey, String icon, String shortcut) {
        this.textKey = textKey;
        this.shortKey = shortKey;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    /** The id of its controls ("add-task"), by which tests and style sheets find them. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The words in menus and tooltips. */
    public String text() {
        return I18n.text(textKey);
    }

    /** The label a toolbar button shows beside its icon; empty for an icon-only button. */
    public Optional<String> shortText() {
        return Optional.ofNullable(shortKey).map(I18n::text);
    }

    /** An Ikonli icon literal (Material Design Icons), if the action has one. */
    public Optional<String> icon() {
        return Optional.ofNullable(icon);
    }

    public Optional<KeyCombination> shortcut() {
        return Optional.ofNullable(shortcut).map(KeyCombination::valueOf);
    }
}
