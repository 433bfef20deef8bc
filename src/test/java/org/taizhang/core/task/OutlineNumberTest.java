package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutlineNumberTest {

    private static List<String> sorted(String... numbers) {
        List<OutlineNumber> list = new ArrayList<>();
        for (String n : numbers) {
            list.add(OutlineNumber.of(n));
        }
        Collections.shuffle(list, new Random(7));
        Collections.sort(list);
        return list.stream().map(OutlineNumber::text).toList();
    }

    @Test
    void dottedNumbersSortAsNumbersNotAsText() {
        assertEquals(List.of("1.1", "1.2", "1.9", "1.10", "1.11", "2", "2.1", "10"),
                sorted("1.10", "1.2", "10", "1.1", "2.1", "1.11", "2", "1.9"));
        assertTrue(OutlineNumber.of("1.2").compareTo(OutlineNumber.of("1.10")) < 0);
    }

    @Test
    void readsEveryOutlineStyle() {
        assertEquals(OutlineNumber.Style.CHINESE, OutlineNumber.of("一、").style());
        assertEquals(List.of(12), OutlineNumber.of("十二、").parts());
        assertEquals(OutlineNumber.Style.PAREN_CHINESE, OutlineNumber.of("（三）").style());
        assertEquals(List.of(3), OutlineNumber.of("(三)").parts());
        assertEquals(OutlineNumber.Style.ARABIC, OutlineNumber.of("7.").style());
        assertEquals(List.of(7), OutlineNumber.of("7、").parts());
        assertEquals(OutlineNumber.Style.PAREN_ARABIC, OutlineNumber.of("（4）").style());
        assertEquals(List.of(4), OutlineNumber.of("(4)").parts());
        assertEquals(OutlineNumber.Style.CIRCLED, OutlineNumber.of("③").style());
        assertEquals(List.of(1, 10), OutlineNumber.of("1.10").parts());
        assertEquals(List.of(105), OutlineNumber.of("一百零五、").parts());
        assertEquals(List.of(21), OutlineNumber.of("二十一、").parts());
        assertEquals(List.of(3), OutlineNumber.of("３．").parts(), "full-width digits");
        assertEquals(OutlineNumber.Style.ARABIC, OutlineNumber.of("（一）1.").style(), "an item after its section");
        assertEquals(List.of(2), OutlineNumber.of("（二）2.").parts());
        assertEquals("（二）2.", OutlineNumber.of("（二）2.").text());
        assertEquals(OutlineNumber.Style.PAREN_CHINESE, OutlineNumber.of("一、（三）").style());
        assertEquals(OutlineNumber.Style.OTHER, OutlineNumber.of("（一）一、").style(), "a section is no item of a lower one");
    }

    @Test
    void chineseNumeralsSortByValue() {
        assertEquals(List.of("一、", "二、", "九、", "十、", "十一、", "二十、"),
                sorted("十、", "二十、", "一、", "十一、", "九、", "二、"));
        assertEquals(List.of("（一）", "（二）", "（十）"), sorted("（十）", "（一）", "（二）"));
        assertEquals(List.of("(1)", "(2)", "(10)"), sorted("(10)", "(2)", "(1)"));
    }

    @Test
    void outlineStylesNestInDocumentOrderAndTextComesLast() {
        assertEquals(List.of("一、", "（一）", "1.", "(1)", "①", "其他", "附1"),
                sorted("其他", "(1)", "1.", "①", "（一）", "附1", "一、"));
    }

    @Test
    void keepsTheTextAsWritten() {
        assertEquals("1.10", OutlineNumber.of(" 1.10 ").text());
        assertTrue(OutlineNumber.of("").isEmpty());
    }
}
