package org.taizhang.ui.main;

import java.util.List;
import org.taizhang.core.I18n;

/**
 * What a filter box says on its face: its field while nothing is chosen, else what is chosen
 * ("牵头单位：市医保局", "牵头单位：市医保局 等 3 项"), so the table's filter is seen, not only
 * the row count.
 */
final class FilterTitle {
    private FilterTitle() {
    }

    static String of(String field, List<String> chosen) {
        if (chosen.isEmpty()) {
            return field;
        }
        return chosen.size() == 1 ? I18n.text("filter.titleOne", field, chosen.get(0))
                : I18n.text("filter.titleMany", field, chosen.get(0), chosen.size());
    }
}
