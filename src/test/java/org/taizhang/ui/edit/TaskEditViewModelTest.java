package org.taizhang.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.task.Task;

/** The task form says, as the clerk types, what a deadline was read as or why it cannot be. */
class TaskEditViewModelTest {
    private static TaskEditViewModel form() {
        Task draft = Task.builder().title("深化医保支付方式改革").build();
        return new TaskEditViewModel(draft, 2023, LocalDate.of(2023, 11, 20), List.of(), List.of(), id -> "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9月15日前|即 2023-09-15（具体日期）",
            "去年年底|即 2022-12-31（年底前）",
            "次年3月底前|即 2024-03-31（月底前）",
            "每季度|周期性，下次到期 2023-12-31",
            "每月10日前|周期性，下次到期 2023-12-10",
            "根据上级部署|无固定日期（依上级部署等）",
            "长期坚持|长期事项，无截止日期",
    })
    void aValidDeadlineShowsTheDateItWasReadAs(String written, String meaning) {
        TaskEditViewModel vm = form();
        vm.deadlineProperty().set(written);
        assertEquals(meaning, vm.deadlineMeaningProperty().get());
        assertEquals("", vm.deadlineErrorProperty().get());
        assertTrue(vm.validProperty().get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"6月31日|6月只有30日", "2月30日前|2023年2月只有28日", "2月29日|2023年2月只有28日", "13月底前|没有13月", "看情况|看情况"})
    void anInvalidDeadlineSaysWhyInWords(String written, String part) {
        TaskEditViewModel vm = form();
        vm.deadlineProperty().set(written);
        assertTrue(vm.deadlineErrorProperty().get().contains(part), vm.deadlineErrorProperty().get());
        assertEquals("", vm.deadlineMeaningProperty().get());
        assertFalse(vm.validProperty().get(), "and 保存 waits for it");
    }
}
