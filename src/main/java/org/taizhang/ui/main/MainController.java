package org.taizhang.ui.main;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.taizhang.core.I18n;
import org.taizhang.ui.Describe;
import org.taizhang.ui.command.ActionFactory;
import org.taizhang.ui.command.Command;
import org.taizhang.ui.command.StandardAction;

/**
 * Binds the main window's frame (fxml/MainWindow.fxml): menus and toolbar to the view model's
 * commands, the search box and past-date picker, the banners, the welcome view and the status
 * bar. The table, the filter bar and the task pane are parts of their own (fx:include).
 */
public final class MainController {
    /** Narrower than this, the toolbar shows its icons only (a 1024 or 1152 pixel screen). */
    private static final double COMPACT_BELOW = 1280;
    private static final javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");

    private final MainViewModel vm;

    @FXML private MenuBar menuBar;
    @FXML private ToolBar toolbar;
    @FXML private Menu recentMenu;
    @FXML private Button cancelWork;
    @FXML private DatePicker asOfPicker;
    @FXML private Label asOfLabel;
    @FXML private TextField search;
    @FXML private javafx.scene.layout.Pane filterBar;
    @FXML private HBox travelBar;
    @FXML private HBox suspectBar;
    @FXML private HBox readOnlyBar;
    @FXML private Label readOnlyText;
    @FXML private Label suspectText;
    @FXML private Label banner;
    @FXML private VBox welcome;
    @FXML private Label recentHeading;
    @FXML private ListView<String> recentList;
    @FXML private SplitPane ledgerPane;
    @FXML private Label statusLabel;
    @FXML private Label elsewhereLabel;
    @FXML private Label busyLabel;
    @FXML private ProgressBar progress;
    /** The included table (fx:id ledgerTable): its own commands (copy, paste a column) are in the menus too. */
    @FXML private LedgerTableController ledgerTableController;

    public MainController(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Map<StandardAction, Command> commands = new EnumMap<>(vm.commands());
        commands.put(StandardAction.FIND, Command.of(vm.ledgerOpenProperty(), this::find));
        commands.putAll(ledgerTableController.ownCommands());
        ActionFactory actions = new ActionFactory(commands);
        actions.bindAll(menuBar, toolbar, filterBar, travelBar, welcome, cancelWork);
        menuBar.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                actions.installOtherShortcuts(scene);
            }
        });

        welcome.visibleProperty().bind(vm.ledgerOpenProperty().not());
        ledgerPane.visibleProperty().bind(vm.ledgerOpenProperty());
        show(filterBar, vm.ledgerOpenProperty());
        show(travelBar, vm.asOfProperty().isNotNull());
        show(suspectBar, vm.suspectProperty().isNotEmpty());
        show(readOnlyBar, vm.readOnlyNoteProperty().isNotEmpty());
        readOnlyText.textProperty().bind(vm.readOnlyNoteProperty());
        suspectText.textProperty().bind(vm.suspectProperty());
        banner.textProperty().bind(vm.bannerProperty());
        statusLabel.textProperty().bind(vm.table().countsProperty());
        elsewhereLabel.textProperty().bind(vm.elsewhereProperty());
        elsewhereLabel.visibleProperty().bind(elsewhereLabel.textProperty().isNotEmpty());
        elsewhereLabel.managedProperty().bind(elsewhereLabel.visibleProperty());
        busyLabel.textProperty().bind(vm.busyMessageProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.background().progressProperty());
        cancelWork.visibleProperty().bind(vm.background().cancellableProperty());

        search.disableProperty().bind(vm.ledgerOpenProperty().not());
        search.textProperty().bindBidirectional(vm.table().searchProperty());
        asOfPicker.disableProperty().bind(vm.ledgerOpenProperty().not());
        asOfLabel.disableProperty().bind(vm.ledgerOpenProperty().not());
        asOfPicker.setConverter(Describe.dayConverter());
        asOfPicker.valueProperty().addListener((o, was, now) -> {
            if (now == null ? vm.asOfProperty().get() != null : !now.equals(vm.asOfProperty().get())) {
                vm.travelTo(now);
            }
        });
        vm.asOfProperty().addListener((o, was, now) -> asOfPicker.setValue(now));

        toolbar.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener((w, before, now) -> compact(now.doubleValue()));
                compact(scene.getWidth());
            }
        });

        recentList.setItems(vm.recent());
        recentList.setOnMouseClicked(e -> openChosenRecent());
        recentList.setOnKeyPressed(e -> { // Tab to the list, arrows, Enter: as a click
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openChosenRecent();
            }
        });
        recentHeading.visibleProperty().bind(Bindings.isNotEmpty(vm.recent()));
        recentList.visibleProperty().bind(Bindings.isNotEmpty(vm.recent()));
        vm.recent().addListener((ListChangeListener<String>) c -> fillRecentMenu());
        fillRecentMenu();
    }

    private void openChosenRecent() {
        String chosen = recentList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            vm.openRecent(chosen);
        }
    }

    private static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private void compact(double width) {
        toolbar.pseudoClassStateChanged(COMPACT, width > 0 && width < COMPACT_BELOW);
    }

    /** 查找 (Ctrl+F): to the search box, its text selected to be typed over. */
    private void find() {
        search.requestFocus();
        search.selectAll();
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (String path : vm.recent()) {
            // a ledger moved or deleted is said so, and clicking it takes it off the list, not into an error
            boolean gone = vm.isGone(path);
            MenuItem item = new MenuItem(gone ? I18n.text("menu.recentGone", path) : path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (gone) {
                    vm.forgetRecent(path);
                } else {
                    vm.openRecent(path);
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(vm.recent().isEmpty());
    }
}
