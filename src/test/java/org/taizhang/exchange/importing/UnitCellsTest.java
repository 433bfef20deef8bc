package org.taizhang.exchange.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit cells as departments write them: lead and partners by mark, star, section or order. */
class UnitCellsTest {
    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "*市国资委、*市发展改革委、市数据局|*市国资委、市发展改革委|市数据局",
            "市财政局、*市发展改革委|市发展改革委|市财政局",
            "*市发展改革委|市发展改革委|''",
            "市文化旅游体育局\u00a0|市文化旅游体育局|''",
            "市财政局、—|市财政局|''",
    })
    void aStarredResponsibleUnitCellGivesLeadsAndPartners(String cell, String lead, String partners) {
        UnitCells.Roles roles = UnitCells.read(cell, true);
        assertEquals(lead, roles.lead().text());
        assertEquals(partners, roles.partners().text());
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "市发展改革委（牵头）、市财政局|市发展改革委|市财政局",
            "牵头单位：市医保局；配合单位：市卫生健康委、市财政局|市医保局|市卫生健康委、市财政局",
            "*市公安局、市司法局|*市公安局、市司法局|''",
    })
    void aLeadUnitCellMarksItsRoles(String cell, String lead, String partners) {
        UnitCells.Roles roles = UnitCells.read(cell);
        assertEquals(lead, roles.lead().text());
        assertEquals(partners, roles.partners().text());
    }
}
