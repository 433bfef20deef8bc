package org.taizhang.core.ledger;

import org.taizhang.core.history.Source;

/**
 * Who makes an adjustment, why, on what basis (文号 or 会议), from where, and (for a request's
 * event, or an adjustment a decision applied) the detail that links it to its request.
 */
public record Note(String operator, String reason, String basis, Source source, String detail) {

    public Note {
        operator = operator == null ? "" : operator.strip();
        reason = reason == null ? "" : reason.strip();
        basis = basis == null ? "" : basis.strip();
        source = source == null ? Source.MANUAL : source;
        detail = detail == null ? "" : detail;
    }

    public Note(String operator, String reason, String basis, Source source) {
        this(operator, reason, basis, source, "");
    }

    /** A routine change that needs no reason. */
    public static Note by(String operator) {
        return new Note(operator, "", "", Source.MANUAL);
    }

    public static Note by(String operator, String reason, String basis) {
        return new Note(operator, reason, basis, Source.MANUAL);
    }

    public Note from(Source from) {
        return new Note(operator, reason, basis, from, detail);
    }

    public Note withDetail(String text) {
        return new Note(operator, reason, basis, source, text);
    }
}
