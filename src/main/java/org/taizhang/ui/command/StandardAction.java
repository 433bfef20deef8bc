package org.taizhang.ui.command;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.taizhang.core.I18n;

/**
 * Every action of the main window, defined once: the menu it is on, its words (menu text, and the
 * short toolbar label where the toolbar shows one), its icon and its shortcuts (the help's list of
 * keys is made from them, so it cannot differ from what the keys do). What it does and when it is
 * enabled is a {@link Command} of the view model; the view only says where each action appears
 * (an FXML menu item or button whose {@code userData} is the action's name).
 */
public enum StandardAction {
    NEW_LEDGER(MenuGroup.FILE, "menu.new", null, "mdi2f-file-plus-outline", "Shortcut+N"),
    NEW_NEXT_YEAR(MenuGroup.FILE, "menu.newNextYear", null, null),
    OPEN_LEDGER(MenuGroup.FILE, "menu.open", null, "mdi2f-folder-open-outline", "Shortcut+O"),
    CONNECT_SERVER(MenuGroup.FILE, "menu.connect", null, "mdi2d-database-outline", "Shortcut+Shift+O"),
    OPEN_SAMPLE(MenuGroup.FILE, "menu.sample", null, null),
    IMPORT(MenuGroup.FILE, "menu.import", "tool.import", "mdi2f-file-import-outline", "Shortcut+I"),
    SAVE_AS(MenuGroup.FILE, "menu.saveAs", null, null, "F12"),
    PRINT_LEDGER(MenuGroup.FILE, "menu.printLedger", null, "mdi2p-printer-outline", "Shortcut+P"),
    BACKUPS(MenuGroup.FILE, "menu.backups", null, null),
    CLOSE_LEDGER(MenuGroup.FILE, "menu.close", null, null, "Shortcut+W"),
    EXIT(MenuGroup.FILE, "menu.exit", null, null),

    ADD_TASK(MenuGroup.EDIT, "menu.addTask", "tool.add", "mdi2p-plus-box-outline", "Insert"),
    ADD_MEASURE(MenuGroup.EDIT, "menu.addMeasure", "tool.addMeasure", "mdi2f-file-tree", "Shortcut+Insert"),
    EDIT_TASK(MenuGroup.EDIT, "menu.editTask", "tool.edit", "mdi2p-pencil-outline", "Shortcut+E", "F2"),
    BATCH_EDIT(MenuGroup.EDIT, "menu.batchEdit", null, "mdi2t-table-edit", "Shortcut+Shift+E"),
    COPY_ROWS(MenuGroup.EDIT, "menu.copyRows", null, "mdi2c-content-copy", "Shortcut+C"),
    PASTE_COLUMN(MenuGroup.EDIT, "menu.pasteColumn", null, "mdi2c-content-paste", "Shortcut+Shift+V"),
    ADJUST_DEADLINE(MenuGroup.EDIT, "menu.adjustDeadline", null, "mdi2c-calendar-edit"),
    ADJUST_LEAD_UNITS(MenuGroup.EDIT, "menu.adjustLeadUnits", null, "mdi2a-account-switch-outline"),
    ADJUST_WORDING(MenuGroup.EDIT, "menu.adjustWording", null, "mdi2f-format-text"),
    CANCEL_TASK(MenuGroup.EDIT, "menu.cancelTask", "tool.cancel", "mdi2c-cancel"),
    MERGE_TASK(MenuGroup.EDIT, "menu.merge", null, "mdi2c-call-merge"),
    SPLIT_TASK(MenuGroup.EDIT, "menu.split", null, "mdi2c-call-split"),
    RESTORE_TASK(MenuGroup.EDIT, "menu.restore", null, "mdi2r-restore"),
    CLOSE_OUT(MenuGroup.EDIT, "menu.closeOut", null, "mdi2c-check-decagram-outline"),
    UNDO(MenuGroup.EDIT, "menu.undo", "tool.undo", "mdi2u-undo-variant", "Shortcut+Z"),
    NEW_REQUEST(MenuGroup.EDIT, "menu.newRequest", null, null),
    NEW_TASK_REQUEST(MenuGroup.EDIT, "menu.newTaskRequest", null, null),
    REQUESTS(MenuGroup.EDIT, "menu.requests", null, "mdi2f-file-document-edit-outline"),

    FIND(MenuGroup.VIEW, "menu.find", null, null, "Shortcut+F"),
    CLEAR_FILTERS(MenuGroup.VIEW, "menu.clearFilters", "filter.clear", "mdi2f-filter-remove-outline", "Shortcut+Shift+L"),
    REFRESH(MenuGroup.VIEW, "menu.refresh", null, "mdi2r-refresh", "F5"),
    LOG(MenuGroup.VIEW, "menu.log", "tool.log", "mdi2h-history", "Shortcut+H"),
    COMPARE(MenuGroup.VIEW, "menu.compare", null, "mdi2c-compare-horizontal"),
    BACK_TO_NOW(MenuGroup.VIEW, "menu.backToNow", "menu.backToNow", null),

    EXPORT_LEDGER(MenuGroup.EXPORT, "menu.exportLedger", null, null),
    EXPORT_SELECTION(MenuGroup.EXPORT, "menu.exportSelection", null, null),
    EXPORT_UNITS(MenuGroup.EXPORT, "menu.exportUnits", null, null),
    EXPORT_HISTORY(MenuGroup.EXPORT, "menu.exportHistory", null, null),
    EXPORT_CHANGES(MenuGroup.EXPORT, "menu.exportChanges", null, null),
    EXPORT_REQUEST_LIST(MenuGroup.EXPORT, "menu.exportRequestList", null, null),
    REPORT(MenuGroup.REPORT, "menu.dashboard", "tool.report", "mdi2c-chart-box-outline", "Shortcut+R"),
    NOTICES(MenuGroup.REPORT, "menu.notices", null, "mdi2b-bell-alert-outline"),

    SETTINGS(MenuGroup.SETTINGS, "menu.preferences", null, null, "Shortcut+COMMA"),
    REFERENCE(MenuGroup.SETTINGS, "menu.reference", null, null),
    GUIDE(MenuGroup.HELP, "menu.guide", null, null, "F1"),
    ABOUT(MenuGroup.HELP, "menu.about", null, null),
    CANCEL_WORK(MenuGroup.NONE, "status.cancelWork", "status.cancelWork", null);

    private final MenuGroup menu;
    private final String textKey;
    private final String shortKey;
    private final String icon;
    private final List<String> shortcuts;

    /** @param shortcuts its keys: the first is shown in the menu, the others work as well (F2 beside Ctrl+E) */
    StandardAction(MenuGroup menu, String textKey, String shortKey, String icon, String... shortcuts) {
        this.menu = menu;
        this.textKey = textKey;
        this.shortKey = shortKey;
        this.icon = icon;
        this.shortcuts = List.of(shortcuts);
    }

    /** The menu it is on, which the help's list of shortcuts groups it under. */
    public MenuGroup menu() {
        return menu;
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

    /** The key shown beside it in the menu, if it has one. */
    public Optional<KeyCombination> shortcut() {
        return shortcuts.stream().findFirst().map(KeyCombination::valueOf);
    }

    /** Every key that runs it, the menu's first ("Shortcut+E", "F2"), as KeyCombination writes them. */
    public List<String> shortcutSpecs() {
        return shortcuts;
    }

    /** Every key that runs it, the menu's first. */
    public List<KeyCombination> shortcuts() {
        return shortcuts.stream().map(KeyCombination::valueOf).toList();
    }

    /**
     * Its keys as the clerk reads them, in the order a menu writes a key's parts ("Shift+Ctrl+L",
     * on a Mac "Shift+⌘+L"; "F2", "Insert"), needing no toolkit.
     */
    public List<String> keyTexts() {
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
        return shortcuts().stream().map(k -> k.getName().replace("Shortcut", mac ? "⌘" : "Ctrl")).toList();
    }
}
