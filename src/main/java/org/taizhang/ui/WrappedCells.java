package org.taizhang.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Table cells whose long text wraps to the column's width. */
public final class WrappedCells {
    private WrappedCells() {
    }

    /**
     * Shows {@code column}'s values wrapped. The text is a Text node, because a wrapping Label
     * would not make its row taller.
     */
    public static <S> void wrap(TableColumn<S, Object> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.fillProperty().bind(textFillProperty()); // white on a selected row, like other cells
                text.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item.toString());
                setGraphic(empty ? null : text);
            }
        });
    }
}
