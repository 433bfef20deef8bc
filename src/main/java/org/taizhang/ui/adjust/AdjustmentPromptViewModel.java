package org.taizhang.ui.adjust;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.taizhang.core.I18n;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;

/**
 * The adjustment dialog: what is about to change, and the reason (required for a structural
 * type), basis (文号 or 会议) and operator that will be recorded with it.
 */
public final class AdjustmentPromptViewModel {
    private final AdjustmentType type;
    private final List<String> changes;
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final BooleanBinding complete;

    public AdjustmentPromptViewModel(AdjustmentType type, List<String> changes, String operator) {
        this.type = type;
        this.changes = List.copyOf(changes);
        this.operator.set(operator == null ? "" : operator);
        complete = Bindings.createBooleanBinding(() -> !this.operator.get().isBlank()
                && (!type.needsReason() || !reason.get().isBlank()), reason, this.operator);
    }

    public String heading() {
        return I18n.text("adjust.heading", type.label());
    }

    /** Says why the dialog asks: "调整时限属于结构性调整，必须填写理由". */
    public String why() {
        return type.needsReason() ? I18n.text("adjust.reasonRequired", type.label()) : "";
    }

    public List<String> changes() {
        return changes;
    }

    public Note note() {
        return Note.by(operator.get(), reason.get(), basis.get());
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty basisProperty() {
        return basis;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    /** True once everything the record needs is given; the OK button waits for it. */
    public BooleanBinding completeProperty() {
        return complete;
    }
}
