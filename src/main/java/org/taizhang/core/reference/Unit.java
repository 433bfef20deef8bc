package org.taizhang.core.reference;

/**
 * A unit (单位) of the reference list: a lead or partner unit's name, its short name and its level
 * (市直部门, 旗县区, 苏木乡镇 … an editable word, not a fixed set). Tasks name units by {@code name}.
 */
public record Unit(long id, String name, String shortName, String level, int sortOrder) {
    public Unit {
        name = name == null ? "" : name.strip();
        shortName = shortName == null ? "" : shortName.strip();
        level = level == null ? "" : level.strip();
    }

    public static Unit named(String name) {
        return new Unit(0, name, "", "", 0);
    }
}
