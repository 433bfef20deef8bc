package org.taizhang.ui.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.taizhang.store.LedgerAddress;

/** 连接服务器台账's form, without a toolkit: fields and the pasted address follow each other. */
class ConnectViewModelTest {
    @Test
    void aPastedAddressFillsTheFields() {
        ConnectViewModel form = new ConnectViewModel(null, "");
        assertFalse(form.completeProperty().get(), "an empty form cannot be confirmed");
        assertEquals(java.util.List.of(), form.errors().shown(), "but it is not wrong: nothing is said yet");
        assertEquals("", form.addressProperty().get());
        form.addressProperty().set("postgresql://zhang@10.1.2.3:5433/gaigeban?ledger=bj2023");
        assertEquals("10.1.2.3", form.hostProperty().get());
        assertEquals("5433", form.portProperty().get());
        assertEquals("gaigeban", form.databaseProperty().get());
        assertEquals("bj2023", form.ledgerProperty().get());
        assertEquals("zhang", form.userProperty().get());
        assertTrue(form.completeProperty().get(), form.errors().shown().toString());
    }

    @Test
    void typedFieldsMakeTheAddress() {
        ConnectViewModel form = new ConnectViewModel(null, "");
        form.userProperty().set("li");
        form.hostProperty().set("db.gov.local");
        form.databaseProperty().set("gaigeban");
        form.ledgerProperty().set("bj2023");
        assertEquals("postgresql://li@db.gov.local/gaigeban?ledger=bj2023", form.addressProperty().get());
        form.passwordProperty().set("秘密");
        ConnectViewModel.Choice c = form.choice();
        assertEquals(LedgerAddress.parse("postgresql://li@db.gov.local/gaigeban?ledger=bj2023"), c.address());
        assertArrayEquals("秘密".toCharArray(), c.password());
        assertEquals("", form.passwordProperty().get(), "the form lets go of the password once given");
    }

    @Test
    void eachWrongFieldIsSaidUnderItself() {
        ConnectViewModel form = new ConnectViewModel(null, "");
        form.hostProperty().set("h");
        form.databaseProperty().set("db");
        form.ledgerProperty().set("北疆2023");
        form.portProperty().set("70000");
        assertFalse(form.errors().of("ledger").get().isEmpty());
        assertFalse(form.errors().of("port").get().isEmpty());
        assertEquals("", form.errors().of("host").get());
        assertFalse(form.completeProperty().get());
        form.ledgerProperty().set("bj2023");
        form.portProperty().set("5432");
        assertTrue(form.completeProperty().get(), form.errors().shown().toString());
    }

    @Test
    void askedAgainTheFormKeepsTheAddressAndSaysWhy() {
        LedgerAddress.Server known = (LedgerAddress.Server) LedgerAddress.parse("postgresql://zhang@h/db?ledger=bj2023");
        ConnectViewModel form = new ConnectViewModel(known, "服务器没有接受用户“zhang”的密码，请重新输入");
        assertEquals(known.display(), form.addressProperty().get());
        assertTrue(form.whyProperty().get().contains("zhang"));
        assertTrue(form.completeProperty().get());
    }
}
