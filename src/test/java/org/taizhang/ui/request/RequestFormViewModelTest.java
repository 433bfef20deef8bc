package org.taizhang.ui.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The request form without a toolkit: what it starts with, what it refuses and why, what it gives. */
class RequestFormViewModelTest {
    private final Task drg = Task.builder().id(7L).number("1.").title("推进DRG/DIP支付方式改革")
            .leadUnits(UnitList.parse("市医保局、市卫生健康委")).deadline("2023年6月30日").status(Status.IN_PROGRESS)
            .build();
    private final Task pilot = Task.builder().id(8L).number("2.").title("开展长期护理保险试点")
            .leadUnits(UnitList.parse("市医保局")).deadline("年底前").status(Status.IN_PROGRESS).build();
    private final RequestFormViewModel form = new RequestFormViewModel(drg, 2023, List.of(pilot));

    @Test
    void startsFromTheTaskAsItIs() {
        assertEquals("市医保局", form.unitProperty().get());
        assertEquals(RequestType.DEADLINE, form.typeProperty().get());
        assertEquals("2023年6月30日", form.toProperty().get());
        assertFalse(form.types().contains(RequestType.ADD), "a task typed in is one the ledger has");
        form.typeProperty().set(RequestType.LEAD_UNITS);
        assertEquals(drg.leadUnits().text(), form.toProperty().get(), "调整为 follows the type");
    }

    @Test
    void saysWhatIsMissing() {
        assertEquals(I18n.text("requestForm.sameValue", I18n.text("field.deadline")), form.problemProperty().get());
        form.toProperty().set("2023年2月30日");
        assertTrue(form.problemProperty().get().contains("2月"), form.problemProperty().get());
        assertEquals(form.problemProperty().get(), form.errors().of("to").get(), "said under 调整为");
        assertEquals(I18n.text("requestForm.reasonRequired"), form.errors().of("reason").get(),
                "and the missing reason under its own field at once");
        form.toProperty().set("9月底前");
        assertEquals("", form.errors().of("to").get());
        assertEquals(I18n.text("requestForm.reasonRequired"), form.problemProperty().get());
        form.reasonProperty().set("国家方案延后");
        assertEquals("", form.problemProperty().get());
        form.unitProperty().set(" ");
        assertEquals(I18n.text("request.unitRequired"), form.problemProperty().get());
        assertEquals(List.of("unit: " + I18n.text("request.unitRequired")), form.errors().shown());
    }

    @Test
    void givesTheRequestOfEachType() {
        form.reasonProperty().set("国家方案延后");
        form.toProperty().set("9月底前");
        assertEquals(new RequestFormViewModel.Draft(7L, "市医保局", RequestType.DEADLINE,
                Map.of(TaskField.DEADLINE, "9月底前"), "国家方案延后"), form.draft());

        form.typeProperty().set(RequestType.MERGE);
        assertEquals(I18n.text("requestForm.intoRequired"), form.problemProperty().get());
        assertFalse(form.asksValueProperty().get());
        form.intoProperty().set(pilot);
        assertEquals(Map.of(TaskField.MERGED_INTO, "8"), form.draft().proposed());

        form.typeProperty().set(RequestType.CANCEL);
        assertEquals("", form.problemProperty().get());
        assertEquals(Map.of(), form.draft().proposed());
    }
}
