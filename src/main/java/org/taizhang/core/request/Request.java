package org.taizhang.core.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.taizhang.core.history.Source;
import org.taizhang.core.task.TaskField;

/**
 * An adjustment request as its events on the log left it: which task (none for 新增), which unit
 * asked, what for, the values proposed, the unit's reason, where it came from (the clerk, or a
 * returned workbook: its file and SHA-256 in {@code source}, the sheet and row in {@code place},
 * null otherwise); then the office's
 * opinion, the list it was put on, the decision, and the adjustment the decision applied.
 */
public record Request(long id, Long taskId, String unit, RequestType type, Map<TaskField, String> proposed,
        String reason, Source source, Place place, Instant received, State state, Opinion opinion, String list,
        Decision decision, Long adjustmentId) {

    /** Where in a returned workbook a request was read: its sheet and row (as Excel numbers it). */
    public record Place(String sheet, int row) {
        @Override
        public String toString() {
            return sheet + "!" + row;
        }
    }

    /** Where a request is. It moves only forward; a refused one stays on record. */
    public enum State {
        RECEIVED("已收到"), REVIEWED("已提出意见"), LISTED("已列入清单"), DECIDED("已决定"), WITHDRAWN("已撤回");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 改革办意见: 拟同意 or 拟不同意, with a note. */
    public record Opinion(boolean agree, String note) {
        public String label() {
            return agree ? "拟同意" : "拟不同意";
        }
    }

    /** 同意, 不同意 or 部分同意 (with the values approved). */
    public enum Result {
        APPROVED("同意"), REFUSED("不同意"), PARTLY("部分同意");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The decision: its result, the values approved, its basis (meeting or 文号), its date. */
    public record Decision(Result result, Map<TaskField, String> values, String basis, LocalDate date) {
    }

    public Request {
        proposed = Map.copyOf(proposed);
    }

    /** The same request a step further on. */
    Request then(State next, Opinion opinionNow, String listNow, Decision decisionNow, Long adjustmentNow) {
        return new Request(id, taskId, unit, type, proposed, reason, source, place, received, next, opinionNow, listNow,
                decisionNow, adjustmentNow);
    }

    /**
     * The values the decision approved: those asked for (同意), those the decision names (部分同意),
     * none when refused or not yet decided.
     */
    public Map<org.taizhang.core.task.TaskField, String> approved() {
        if (decision == null || decision.result() == Result.REFUSED) {
            return Map.of();
        }
        return decision.result() == Result.PARTLY ? decision.values() : proposed;
    }

    /** Not yet decided nor withdrawn. */
    public boolean isOpen() {
        return state != State.DECIDED && state != State.WITHDRAWN;
    }
}
