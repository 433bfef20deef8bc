package org.taizhang.core.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a split as the clerk (or a unit, in its request) writes them, one per line or
 * separated by "；": "（1）苏木乡镇综合执法" or just the text, which is then numbered (1), (2) … in
 * order. The parts keep the task's lead units, deadline and status.
 */
public final class SplitParts {
    private static final Pattern NUMBERED = Pattern.compile("^\\s*([(（]\\d+[)）]|\\d+[.、．])\\s*(.+)$");

    private SplitParts() {
    }

    public static List<Task> parse(String text, Task whole) {
        List<Task> parts = new ArrayList<>();
        for (String line : text.split("\\R|[；;]")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = NUMBERED.matcher(line);
            String number = m.matches() ? m.group(1) : "(" + (parts.size() + 1) + ")";
            String title = m.matches() ? m.group(2) : line;
            parts.add(Task.builder().number(number).title(title.strip()).domain(whole.domain()).year(whole.year())
                    .leadUnits(whole.leadUnits()).partnerUnits(whole.partnerUnits()).deadline(whole.deadline().text())
                    .status(whole.status()).build());
        }
        return parts;
    }
}
