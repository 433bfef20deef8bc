package org.taizhang.ui.main;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.taizhang.core.I18n;
import org.taizhang.ui.NameFinder;

/**
 * A filter over one field, as Excel's autofilter: a button that says what is chosen
 * ({@link FilterTitle}), and under it the values to tick, with a box on top that narrows them to what
 * is typed — characters or pinyin initials ({@link NameFinder}). Typing on the closed button opens it
 * with what was typed.
 */
public final class FilterBox<T> extends Button {
    /** Lists longer than this get the box to type in. */
    private static final int FIND_FROM = 8;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final TextField find = new TextField();
    private final ListView<T> list = new ListView<>();
    private final Popup popup = new Popup();
    private final Map<T, BooleanProperty> ticks = new HashMap<>();
    private ObservableSet<T> chosen;
    private Function<T, String> label = String::valueOf;
    private FilteredList<T> shown;

    public FilterBox() {
        getStyleClass().add("filter-box");
        setGraphic(new FontIcon("mdi2c-chevron-down"));
        setContentDisplay(ContentDisplay.RIGHT);
        setMnemonicParsing(false);
        textProperty().bind(title);
        find.setPromptText(I18n.text("filter.find"));
        find.getStyleClass().add("filter-find");
        Hyperlink clear = new Hyperlink(I18n.text("filter.clearOne"));
        clear.setOnAction(e -> chosen.clear());
        VBox body = new VBox(6, find, list, new HBox(clear));
        body.getStyleClass().add("filter-popup");
        popup.getContent().add(body);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        body.addEventFilter(KeyEvent.KEY_PRESSED, e -> { // before the list, which takes Escape for itself
            if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                requestFocus();
                e.consume();
            }
        });
        setOnAction(e -> {
            if (popup.isShowing()) {
                popup.hide();
            } else {
                open("");
            }
        });
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!typed.isBlank() && typed.codePointAt(0) >= ' ' && !e.isShortcutDown() && list.getItems() != null
                    && isFindable()) {
                open(typed);
                e.consume();
            }
        });
        find.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                list.getFocusModel().focus(0);
                e.consume();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            T focused = list.getFocusModel().getFocusedItem();
            if ((e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) && focused != null) {
                BooleanProperty tick = ticks.get(focused);
                tick.set(!tick.get());
                e.consume();
            }
        });
    }

    /** The field's name, shown while nothing is chosen. */
    public String getTitle() {
        return title.get();
    }

    public void setTitle(String name) {
        title.set(name);
    }

    /**
     * Shows {@code choices}, ticked as {@code chosen} holds them, kept in step both ways; each
     * named by {@code label}.
     */
    void bind(ObservableList<T> choices, ObservableSet<T> chosen, Function<T, String> label) {
        this.chosen = chosen;
        this.label = label;
        String name = getTitle();
        shown = new FilteredList<>(choices);
        list.setItems(shown);
        list.setCellFactory(CheckBoxListCell.forListView(this::tick, new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        }));
        find.textProperty().addListener((o, was, now) ->
                shown.setPredicate(t -> NameFinder.matches(label.apply(t), now)));
        chosen.addListener((SetChangeListener<T>) c -> {
            if (c.wasRemoved()) {
                tick(c.getElementRemoved()).set(false);
            }
            if (c.wasAdded()) {
                tick(c.getElementAdded()).set(true);
            }
            retitle(name, choices);
        });
        choices.addListener((ListChangeListener<T>) c -> retitle(name, choices));
        retitle(name, choices);
    }

    private BooleanProperty tick(T item) {
        return ticks.computeIfAbsent(item, t -> {
            BooleanProperty p = new SimpleBooleanProperty(chosen.contains(t));
            p.addListener((o, was, now) -> {
                if (now) {
                    chosen.add(t);
                } else {
                    chosen.remove(t);
                }
            });
            return p;
        });
    }

    /** Says what is chosen, in the order of the choices. */
    private void retitle(String name, ObservableList<T> choices) {
        title.set(FilterTitle.of(name, choices.stream().filter(chosen::contains).map(label).toList()));
    }

    private boolean isFindable() {
        return shown != null && shown.getSource().size() > FIND_FROM;
    }

    /** Opens the list under the button, {@code typed} in the box to find with (when the list has one). */
    private void open(String typed) {
        if (shown == null) {
            return;
        }
        boolean findable = isFindable();
        find.setVisible(findable);
        find.setManaged(findable);
        find.setText(findable ? typed : "");
        int rows = Math.min(Math.max(shown.getSource().size(), 1), 12);
        list.setPrefHeight(rows * 26 + 4);
        list.setPrefWidth(Math.max(getWidth(), 240));
        if (getScene() != null) {
            popup.getScene().getStylesheets().setAll(getScene().getStylesheets());
        }
        Bounds at = localToScreen(getBoundsInLocal());
        popup.show(this, at.getMinX(), at.getMaxY());
        if (findable) {
            find.requestFocus();
            find.end();
        } else {
            list.requestFocus();
            list.getFocusModel().focus(0);
        }
    }

    /** The list shown in the popup, for tests. */
    ListView<T> list() {
        return list;
    }

    /** The box to type in, for tests. */
    TextField findBox() {
        return find;
    }
}
