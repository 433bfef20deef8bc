package org.taizhang.report;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.TaskFilter;

/**
 * The main window's filter in words, for paper: "搜索“医保”；改革领域：经济体制改革；状态：滞后";
 * empty for no filter. The report names its scope with it, the printed ledger its filter.
 */
public final class FilterWords {
    private FilterWords() {
    }

    public static String of(TaskFilter filter) {
        if (filter.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!filter.text().isEmpty()) {
            parts.add(I18n.text("dashboard.scopeSearch", filter.text()));
        }
        add(parts, "field.domain", filter.domains().stream().sorted().toList());
        add(parts, "field.leadUnits", filter.leadUnits().stream().sorted().toList());
        add(parts, "field.status", filter.statuses().stream().sorted().map(Status::label).toList());
        add(parts, "dashboard.light", filter.lights().stream().sorted().map(Light::label).toList());
        add(parts, "field.year", filter.years().stream().sorted().map(String::valueOf).toList());
        if (filter.deadlineFrom() != null || filter.deadlineTo() != null) {
            parts.add(I18n.text("dashboard.scopeDeadline", filter.deadlineFrom() == null ? "" : filter.deadlineFrom(),
                    filter.deadlineTo() == null ? "" : filter.deadlineTo()));
        }
        return String.join(I18n.text("dashboard.scopeSeparator"), parts);
    }

    private static void add(List<String> parts, String key, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(I18n.text(key) + I18n.text("dashboard.scopeColon") + String.join("、", values));
        }
    }
}
