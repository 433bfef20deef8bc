package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitListTest {

    @Test
    void splitsOnEverySeparatorAndKeepsOrder() {
        UnitList u = UnitList.parse("市发展改革委、市财政局，市商务局,市税务局;市医保局；各旗县区");
        assertEquals(List.of("市发展改革委", "市财政局", "市商务局", "市税务局", "市医保局", "各旗县区"), u.names());
    }

    @Test
    void starMarksTheMainLeadWithoutChangingOrder() {
        UnitList u = UnitList.parse("市生态环境局、*市发展改革委");
        assertEquals(List.of("市生态环境局", "市发展改革委"), u.names());
        assertEquals("市发展改革委", u.primary());
        assertEquals("市生态环境局、*市发展改革委", u.text());
        assertEquals(u, UnitList.parse(u.text()));
    }

    @Test
    void withoutAStarTheFirstLeads() {
        assertEquals("市财政局", UnitList.parse("市财政局、市税务局").primary());
        assertEquals("市财政局", UnitList.parse("*市财政局").text(), "one unit needs no mark");
        assertTrue(UnitList.parse("  ").isEmpty());
    }

    @Test
    void dropsRepeatsAndBlanks() {
        assertEquals(List.of("市财政局", "市税务局"), UnitList.parse("市财政局、、市税务局、市财政局").names());
    }

    @Test
    void renamingKeepsTheMark() {
        UnitList u = UnitList.parse("市文旅局、*市体育局").map(n -> n.equals("市体育局") ? "市文体旅游局" : n);
        assertEquals("市文旅局、*市文体旅游局", u.text());
    }

    @Test
    void aSeparatorInsideBracketsIsPartOfTheName() {
        assertEquals(List.of("市委宣传部（市新闻出版局、市版权局）", "市财政局"),
                UnitList.parse("市委宣传部（市新闻出版局、市版权局）、市财政局").names());
        assertEquals(List.of("市政府办(市大数据中心,市政务服务局)", "市财政局"),
                UnitList.parse("市政府办(市大数据中心,市政务服务局)，市财政局").names());
        assertEquals(List.of("市委(市委办(督查室)、市委研究室)", "市财政局"),
                UnitList.parse("市委(市委办(督查室)、市委研究室)、市财政局").names(), "brackets within brackets");
        assertEquals(List.of("市财政局）", "市税务局"), UnitList.parse("市财政局）、市税务局").names(),
                "a closing bracket without its opening one does not swallow the separator");
    }

    @Test
    void lineBreaksSeparateAndMarksThatNameNoUnitAreDropped() {
        assertEquals(List.of("市财政局", "市税务局", "市医保局"), UnitList.parse("市财政局\n市税务局\r\n市医保局").names());
        assertTrue(UnitList.parse("—").isEmpty());
        assertTrue(UnitList.parse("/、-").isEmpty());
        assertEquals(List.of("市财政局"), UnitList.parse("\u00a0市财政局\u00a0、—").names(), "no-break spaces too");
        assertEquals("市税务局", UnitList.parse("市财政局、＊市税务局").primary(), "a full-width star marks the lead");
    }

    @Test
    void namesItsUnitsAndEqualsByNamesAndLead() {
        UnitList u = UnitList.parse("市财政局、*市税务局");
        assertTrue(u.contains("市税务局"));
        assertFalse(u.contains("市医保局"));
        assertFalse(u.isEmpty());
        assertNotEquals(u, UnitList.parse("市财政局、市税务局"), "the lead differs");
        assertNotEquals(u, UnitList.parse("市税务局、*市财政局"));
        assertEquals(u, UnitList.parse("市财政局 、 *市税务局"));
    }
}
