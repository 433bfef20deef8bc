package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
