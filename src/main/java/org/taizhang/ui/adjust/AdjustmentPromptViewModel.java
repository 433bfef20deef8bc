package org.taizhang.ui.adjust;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.taizhang.core.I18n;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.ui.FieldErrors;

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
    private final FieldErrors errors = new FieldErrors();

    public AdjustmentPromptViewModel(AdjustmentType type, List<String> changes, String operator) {
        this.type = type;
        this.changes = List.copyOf(changes);
        this.operator.set(operator == null ? "" : operator);
        errors.check("reason", () -> type.needsReason() && reason.get().isBlank()
                ? I18n.text("adjust.reasonMissing") : "", reason);
        errors.check("operator", () -> this.operator.get().isBlank() ? I18n.text("adjust.operatorRequired") : "",
                this.operator);
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

    /** The checks: "reason" (required for a structural type), "operator". */
    public FieldErrors errors() {
        return errors;
    }

    /** True once everything the record needs is given; the OK button waits for it. */
    public BooleanBinding completeProperty() {
        return errors.noneProperty();
    }
}
