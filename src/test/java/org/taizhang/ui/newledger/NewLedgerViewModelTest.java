package org.taizhang.ui.newledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The new-ledger dialog's state, without a toolkit. */
class NewLedgerViewModelTest {
    @Test
    void theYearFollowsTheTitleUntilTheClerkTypesOne() {
        NewLedgerViewModel vm = new NewLedgerViewModel(2026);
        assertEquals("2026年全面深化改革任务台账", vm.titleProperty().get());
        assertEquals("2026", vm.yearProperty().get(), "this year is suggested");
        vm.titleProperty().set("北疆市");
        assertEquals("2026", vm.yearProperty().get());
        assertEquals("标题中没有年份，默认今年", vm.yearNoteProperty().get());
        vm.titleProperty().set("北疆市2023年全面深化改革任务台账");
        assertEquals("2023", vm.yearProperty().get());
        assertEquals("取自标题", vm.yearNoteProperty().get());
        assertEquals(new NewLedgerViewModel.Choice("北疆市2023年全面深化改革任务台账", 2023), vm.choice());

        vm.yearProperty().set("2024");
        assertEquals("注意：标题写的是2023年", vm.yearNoteProperty().get());
        vm.titleProperty().set("北疆市2025年全面深化改革任务台账");
        assertEquals("2024", vm.yearProperty().get(), "a year the clerk typed is kept");
    }

    @Test
    void aTitleAndAFourDigitYearAreNeeded() {
        NewLedgerViewModel vm = new NewLedgerViewModel(2026);
        assertTrue(vm.completeProperty().get());
        vm.yearProperty().set("23");
        assertFalse(vm.completeProperty().get());
        assertEquals("请填写四位数的年份，如 2024", vm.errors().of("year").get(), "said under the year");
        assertEquals("", vm.yearNoteProperty().get(), "not beside it as well");
        assertEquals("", vm.errors().of("title").get());
        vm.yearProperty().set("2023");
        vm.titleProperty().set("  ");
        assertFalse(vm.completeProperty().get());
        assertEquals("请填写台账标题", vm.errors().of("title").get());
        assertEquals("", vm.errors().of("year").get());
    }
}
