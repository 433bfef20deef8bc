package org.taizhang.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.core.LedgerException;

class CheckCodeTest {
    static final String HASH = "8c3fa91b02d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e";

    @Test
    void printedAsCountAndTwelveHexDigitsOfTheHash() {
        CheckCode code = CheckCode.of(295, HASH);
        assertEquals("295-8C3F-A91B-02D4", code.text());
        assertTrue(code.matches(HASH));
        assertFalse(code.matches("8c3fa91b02d5" + HASH.substring(12)));
        assertEquals("0", CheckCode.of(0, "").text());
        assertEquals(CheckCode.of(0, ""), CheckCode.parse("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"295-8C3F-A91B-02D4", "295-8c3f-a91b-02d4", " 295 8C3FA91B02D4 ", "2958C3FA91B02D4",
        "295—8C3F—A91B—02D4"})
    void readAsTyped(String typed) {
        assertEquals(CheckCode.of(295, HASH), CheckCode.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "295", "295-8C3F-A91B", "295-8C3F-A91B-02D4X", "abc", "295-8C3G-A91B-02D4"})
    void aCodeThatIsNotOneSaysSo(String typed) {
        LedgerException e = assertThrows(LedgerException.class, () -> CheckCode.parse(typed));
        assertEquals("checkCode.unreadable", e.key());
    }
}
