package org.taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.core.I18n;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.ui.adjust.AdjustmentPromptViewModel;

/** A form's checks without a toolkit: each field's message, the first one, and whether OK may be pressed. */
class FieldErrorsTest {

    @Test
    void eachFieldHasItsMessageAndOkWaitsForAll() {
        StringProperty name = new SimpleStringProperty("");
        StringProperty year = new SimpleStringProperty("2024");
        FieldErrors errors = new FieldErrors();
        errors.check("name", () -> name.get().isBlank() ? "请填写名称" : "", name);
        errors.check("year", () -> year.get().matches("\\d{4}") ? "" : "年份不对", year);
        assertEquals("请填写名称", errors.of("name").get());
        assertEquals("", errors.of("year").get());
        assertFalse(errors.noneProperty().get());
        assertEquals("请填写名称", errors.firstProperty().get());

        year.set("24");
        name.set("台账");
        assertEquals("", errors.of("name").get(), "fixed, the message goes");
        assertEquals("年份不对", errors.of("year").get());
        assertEquals("年份不对", errors.firstProperty().get());
        assertEquals(List.of("year: 年份不对"), errors.shown());

        year.set("2025");
        assertTrue(errors.noneProperty().get());
        assertEquals("", errors.firstProperty().get());
        assertThrows(IllegalArgumentException.class, () -> errors.check("year", () -> "", year), "one check a field");
        assertThrows(IllegalArgumentException.class, () -> errors.of("title"));
    }

    @Test
    void aStructuralAdjustmentWantsItsReasonUnderTheReasonField() {
        AdjustmentPromptViewModel vm = new AdjustmentPromptViewModel(AdjustmentType.DEADLINE, List.of("完成时限：6月底前 → 9月底前"),
                "赵静");
        assertEquals(I18n.text("adjust.reasonMissing"), vm.errors().of("reason").get());
        assertEquals("", vm.errors().of("operator").get());
        assertFalse(vm.completeProperty().get());
        vm.reasonProperty().set("按深改委第三次会议决定延期");
        assertEquals("", vm.errors().of("reason").get());
        assertTrue(vm.completeProperty().get());
        vm.operatorProperty().set(" ");
        assertEquals(I18n.text("adjust.operatorRequired"), vm.errors().of("operator").get());
        assertFalse(vm.completeProperty().get());
    }
}
