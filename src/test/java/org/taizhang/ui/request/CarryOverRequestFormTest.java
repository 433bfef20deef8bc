package org.taizhang.ui.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.core.I18n;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;

/** A 结转 typed into the request form: 调整为 is next year's deadline, and may be left empty. */
class CarryOverRequestFormTest {
    private final Task drg = Task.builder().id(7L).number("1.").title("推进DRG/DIP支付方式改革")
            .leadUnits(UnitList.parse("市医保局")).deadline("年底前").status(Status.IN_PROGRESS).build();
    private final RequestFormViewModel form = new RequestFormViewModel(drg, 2023, List.of());

    @Test
    void aCarryOverAsksForNextYearsDeadlineOrNothing() {
        form.typeProperty().set(RequestType.CARRY_OVER);
        assertTrue(form.types().contains(RequestType.CARRY_OVER));
        assertEquals("", form.toProperty().get(), "nothing proposed until the clerk types next year's deadline");
        assertEquals(I18n.text("requestForm.carryOverPrompt"), form.toPromptProperty().get());
        form.reasonProperty().set("年内无法完成");
        assertEquals("", form.problemProperty().get(), "a carry-over may propose nothing");
        assertEquals(new RequestFormViewModel.Draft(7L, "市医保局", RequestType.CARRY_OVER, Map.of(), "年内无法完成"),
                form.draft());
        form.toProperty().set("2月29日前");
        assertEquals("", form.problemProperty().get(), "read in next year: 2024 has a 29 February");
        assertEquals(Map.of(TaskField.DEADLINE, "2月29日前"), form.draft().proposed());
        form.toProperty().set("2月30日前");
        assertTrue(form.problemProperty().get().contains("2月"), form.problemProperty().get());
    }
}
