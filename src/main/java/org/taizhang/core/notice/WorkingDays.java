package org.taizhang.core.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days as a reply deadline counts them: Monday to Friday (public holidays are not known here). */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from} (from itself not counted; 0: from). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
