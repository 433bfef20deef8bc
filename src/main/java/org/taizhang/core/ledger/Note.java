package org.taizhang.core.ledger;

import org.taizhang.core.history.Source;

/** Who makes an adjustment, why, on what basis (文号 or 会议), and from where. */
public record Note(String operator, String reason, String basis, Source source) {

    public Note {
        operator = operator == null ? "" : operator.strip();
        reason = reason == null ? "" : reason.strip();
        basis = basis == null ? "" : basis.strip();
        source = source == null ? Source.MANUAL : source;
    }

    /** A routine change that needs no reason. */
    public static Note by(String operator) {
        return new Note(operator, "", "", Source.MANUAL);
    }

    public static Note by(String operator, String reason, String basis) {
        return new Note(operator, reason, basis, Source.MANUAL);
    }

    public Note from(Source from) {
        return new Note(operator, reason, basis, from);
    }
}
