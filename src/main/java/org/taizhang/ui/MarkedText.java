package org.taizhang.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.taizhang.core.text.TextDiff.Run;

/**
 * Text with its differences marked ({@link org.taizhang.core.text.TextDiff}), as a node: the one
 * place every view draws them. A removed run is a Text of style class {@link Css#DIFF_REMOVED}
 * (struck through, red), an added one {@link Css#DIFF_ADDED} (underlined, green), so the marks
 * read without their colours too; the rest follows its cell's font and text colour.
 *
 * <p>It wraps at a width of its own: a TextFlow asked for its height without a width would lay
 * itself out on one line, and a list or table cell asks so.
 */
public final class MarkedText extends TextFlow {
    private final DoubleProperty wrapWidth = new SimpleDoubleProperty(400);

    /** The runs, in {@code owner}'s font and (unmarked) text colour, wrapped at {@code width}. */
    public MarkedText(List<Run> runs, Labeled owner, ObservableDoubleValue width) {
        getStyleClass().add(Css.MARKED_TEXT);
        for (Run r : runs) {
            Text t = new Text(r.text());
            t.getStyleClass().add(Css.diff(r.mark()));
            t.fontProperty().bind(owner.fontProperty());
            if (!r.changed()) {
                t.fillProperty().bind(owner.textFillProperty()); // white on a selected row, like other cells
            }
            getChildren().add(t);
        }
        wrapWidth.bind(width);
        wrapWidth.addListener((o, was, now) -> requestLayout());
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(0, wrapWidth.get());
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? Math.max(1, wrapWidth.get()) : width);
    }

    /**
     * Shows {@code column}'s values with their differences marked: {@code runs} of the row, or
     * the value as plain text where it gives none; wrapped to the column's width.
     */
    public static <S> void cells(TableColumn<S, Object> column, Function<S, List<Run>> runs) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                int at = getIndex();
                S row = empty || getTableView() == null || at < 0 || at >= getTableView().getItems().size() ? null
                        : getTableView().getItems().get(at);
                if (row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                List<Run> marked = runs.apply(row);
                if (marked == null) {
                    marked = item == null ? List.of() : List.of(new Run(item.toString(), org.taizhang.core.text.TextDiff.Mark.SAME));
                }
                setText(null);
                setGraphic(new MarkedText(marked, this, column.widthProperty().subtract(12)));
            }
        });
    }
}
