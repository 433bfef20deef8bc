package org.taizhang.core.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.taizhang.core.I18n;

/**
 * One 督办单 as its events on the log leave it: the adjustment that issued it ({@code id}), its
 * number (年度 {@code year}, 第 {@code seq} 号), the unit, level, the tasks it chases, the day the
 * levels were judged ({@code asOf}), issued, the reply deadline, the office and contact printed on
 * it; and, once answered, the day and the answer's words.
 */
public record Notice(long id, String number, int year, int seq, String unit, NoticeLevel level, List<Long> tasks,
        LocalDate asOf, LocalDate issued, LocalDate replyBy, String office, String contact, Instant recorded,
        LocalDate answered, String answer) {

    public Notice {
        tasks = List.copyOf(tasks);
        answer = answer == null ? "" : answer;
    }

    public enum State {
        OPEN, ANSWERED, OVERDUE;

        /** 待答复 / 已答复 / 逾期未答复. */
        public String label() {
            return I18n.text("notice.state." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** As of the end of {@code day}: answered by then, past its reply deadline without an answer, or open. */
    public State state(LocalDate day) {
        if (answered != null && !answered.isAfter(day)) {
            return State.ANSWERED;
        }
        return day.isAfter(replyBy) ? State.OVERDUE : State.OPEN;
    }

    Notice answeredOn(LocalDate day, String words) {
        return new Notice(id, number, year, seq, unit, level, tasks, asOf, issued, replyBy, office, contact, recorded,
                day, words);
    }
}
