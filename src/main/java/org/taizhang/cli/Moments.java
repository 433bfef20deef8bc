package org.taizhang.cli;

import org.taizhang.core.Days;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerException;

/**
 * Reads the moments the command line is given. A bare date means the end of that day, so that
 * "--as-of 2023-06-30" shows the ledger as it stood once that day's work was in.
 */
final class Moments {
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern DATE_TIME = Pattern.compile(DATE.pattern() + "[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private Moments() {
    }

    static Instant parse(String text, ZoneId zone) {
        String s = text == null ? "" : text.strip();
        try {
            if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return java.time.OffsetDateTime.parse(s).toInstant();
            }
            Matcher m = DATE_TIME.matcher(s);
            if (m.matches()) {
                LocalDateTime t = LocalDateTime.of(n(m, 1), n(m, 2), n(m, 3), n(m, 4), n(m, 5),
                        m.group(6) == null ? 0 : n(m, 6));
                return t.atZone(zone).toInstant();
            }
            m = DATE.matcher(s);
            if (m.matches()) {
                LocalDate d = LocalDate.of(n(m, 1), n(m, 2), n(m, 3));
                return Days.endOf(d, zone);
            }
        } catch (java.time.DateTimeException e) {
            throw new LedgerException(e, "cli.badMoment", text);
        }
        throw new LedgerException("cli.badMoment", text);
    }

    private static int n(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
