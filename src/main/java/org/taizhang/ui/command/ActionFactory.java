package org.taizhang.ui.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Turns {@link StandardAction}s and the {@link Command}s of a view model into controls: a menu item
 * with text and shortcut, a toolbar button with icon and tooltip, a context-menu entry. Every
 * control of one action is enabled by its one command.
 */
public final class ActionFactory {
    private final Map<StandardAction, Command> commands;

    public ActionFactory(Map<StandardAction, Command> commands) {
        this.commands = commands;
    }

    /**
     * Dresses every menu item and button under {@code roots} whose {@code userData} names an
     * action. A name that is no action, or an action without a command, is a mistake in the view
     * and fails at once.
     */
    public void bindAll(Object... roots) {
        for (Object root : roots) {
            if (root instanceof MenuBar bar) {
                bar.getMenus().forEach(this::bindItems);
            } else if (root instanceof ToolBar bar) {
                bar.getItems().forEach(this::bindNode);
            } else if (root instanceof Node node) {
                bindNode(node);
            }
        }
    }

    private void bindItems(MenuItem item) {
        if (item instanceof Menu menu) {
            if (menu.getUserData() instanceof String group) { // a menu of the bar: its words with Alt's letter
                menu.setText(MenuGroup.valueOf(group).mnemonicText());
                menu.setMnemonicParsing(true);
            }
            menu.getItems().forEach(this::bindItems);
        } else if (item.getUserData() instanceof String name) {
            bind(item, StandardAction.valueOf(name), true);
        }
    }

    private void bindNode(Node node) {
        if (node instanceof ButtonBase button && button.getUserData() instanceof String name) {
            bind(button, StandardAction.valueOf(name));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::bindNode);
        }
    }

    /**
     * The keys beyond the one a menu item shows (F2 beside Ctrl+E), running the same commands. They
     * are caught before the focused control sees them: a table takes F2 for editing a cell.
     */
    public void installOtherShortcuts(javafx.scene.Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> commands.forEach((action, command) -> {
            if (!e.isConsumed() && action.shortcuts().stream().skip(1).anyMatch(key -> key.match(e))) {
                e.consume();
                command.execute();
            }
        }));
    }

    /** A context menu of these actions; null stands for a separator. */
    public ContextMenu contextMenu(StandardAction... actions) {
        List<MenuItem> items = new ArrayList<>();
        for (StandardAction a : actions) {
            items.add(a == null ? new SeparatorMenuItem() : contextItem(a));
        }
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    /**
     * A context-menu entry: like the menu item, without the shortcut, so that a key pressed once
     * runs the command once (the menu bar already listens for it).
     */
    public MenuItem contextItem(StandardAction action) {
        MenuItem item = new MenuItem();
        bind(item, action, false);
        return item;
    }

    private void bind(MenuItem item, StandardAction action, boolean withShortcut) {
        Command command = command(action);
        item.setId(action.id());
        item.setText(action.text());
        item.setMnemonicParsing(false);
        if (withShortcut) {
            action.shortcut().ifPresent(item::setAccelerator);
        }
        action.icon().ifPresent(icon -> item.setGraphic(new FontIcon(icon)));
        item.disableProperty().bind(command.executableProperty().not());
        item.setOnAction(e -> command.execute());
    }

    /**
     * A toolbar or pane button: its icon, its short label if it has one (or words the view gave
     * it, as the welcome view's larger buttons do), the full words as tooltip.
     */
    public void bind(ButtonBase button, StandardAction action) {
        Command command = command(action);
        if (button.getId() == null) {
            button.setId(action.id());
        }
        action.icon().ifPresent(icon -> button.setGraphic(new FontIcon(icon)));
        if (button.getText() == null || button.getText().isEmpty()) {
            button.setText(action.shortText().orElse(button.getGraphic() == null ? action.text() : null));
        }
        button.setMnemonicParsing(false);
        String tip = action.text() + (action.keyTexts().isEmpty() ? ""
                : "（" + String.join(" / ", action.keyTexts()) + "）");
        button.setTooltip(new Tooltip(tip));
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
    }

    private Command command(StandardAction action) {
        Command command = commands.get(action);
        if (command == null) {
            throw new IllegalStateException("no command for " + action);
        }
        return command;
    }
}
