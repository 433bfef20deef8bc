package org.taizhang.ui.reference;

import org.taizhang.core.reference.Unit;

/** A unit of the reference list as the table shows it: with how many tasks name it. */
public record UnitRow(Unit unit, int taskCount) {

    public String name() {
        return unit.name();
    }
}
