package org.taizhang.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Shows a field's message ({@link FieldErrors}) in the label under the field, taking no room while
 * there is none, and marks the field itself {@code :invalid} (a red border in taizhang.css, unlike
 * the blue focus ring) for as long as the message stands.
 */
public final class ErrorUnder {
    /** The pseudo-class a field with a message wears. */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private ErrorUnder() {
    }

    /**
     * @param label  the label under the field(s), styled {@code form-error}
     * @param error  the message, empty while the field is fine
     * @param fields the field or fields it concerns (two for a pair such as the 序时 thresholds)
     */
    public static void show(Label label, ObservableStringValue error, Node... fields) {
        if (!label.getStyleClass().contains(Css.FORM_ERROR)) {
            label.getStyleClass().add(Css.FORM_ERROR);
        }
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        for (Node field : fields) {
            field.pseudoClassStateChanged(INVALID, !error.get().isEmpty());
        }
        label.textProperty().addListener((o, was, now) -> {
            for (Node field : fields) {
                field.pseudoClassStateChanged(INVALID, now != null && !now.isEmpty());
            }
        });
    }
}
