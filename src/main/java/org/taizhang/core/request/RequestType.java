package org.taizhang.core.request;

import java.util.List;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.task.TaskField;

/** What a unit asks to be adjusted (申请调整类型), the adjustment an approval applies, and the fields it proposes. */
public enum RequestType {
    DEADLINE("调整时限", AdjustmentType.DEADLINE, List.of(TaskField.DEADLINE)),
    LEAD_UNITS("调整牵头单位", AdjustmentType.LEAD_UNITS, List.of(TaskField.LEAD_UNITS)),
    PARTNER_UNITS("调整配合单位", AdjustmentType.PARTNER_UNITS, List.of(TaskField.PARTNER_UNITS)),
    WORDING("调整表述", AdjustmentType.WORDING, List.of(TaskField.TITLE, TaskField.MEASURES)),
    CANCEL("取消", AdjustmentType.CANCEL, List.of()),
    MERGE("合并", AdjustmentType.MERGE, List.of(TaskField.MERGED_INTO)),
    /** The parts, one a line, proposed as the task's measures (a split makes its parts measures of it). */
    SPLIT("拆分", AdjustmentType.SPLIT, List.of(TaskField.MEASURES)),
    ADD("新增", AdjustmentType.ADD, List.of(TaskField.NUMBER, TaskField.DOMAIN, TaskField.TITLE,
            TaskField.MEASURES, TaskField.LEAD_UNITS, TaskField.PARTNER_UNITS, TaskField.DEADLINE,
            TaskField.DELIVERABLE)),
    /**
     * 结转: carry an unfinished task into next year's ledger, optionally with next year's number,
     * 领域 and deadline (a deadline without a year falls in next year). Approved, the task becomes
     * 已结转 here; the values are taken up when next year's ledger is started from this one.
     */
    CARRY_OVER("结转", AdjustmentType.CARRY_OVER, List.of(TaskField.NUMBER, TaskField.DOMAIN, TaskField.DEADLINE));

    private final String label;
    private final AdjustmentType adjustment;
    private final List<TaskField> fields;

    RequestType(String label, AdjustmentType adjustment, List<TaskField> fields) {
        this.label = label;
        this.adjustment = adjustment;
        this.fields = fields;
    }

    public String label() {
        return label;
    }

    /** The adjustment an approved request of this type applies. */
    public AdjustmentType adjustment() {
        return adjustment;
    }

    /** The fields such a request may propose values for. */
    public List<TaskField> fields() {
        return fields;
    }

    /** What a request of this type proposes of {@code draft}: its fields that are filled in (a 新增's task as drafted). */
    public java.util.Map<TaskField, String> proposedOf(org.taizhang.core.task.Task draft) {
        java.util.Map<TaskField, String> out = new java.util.EnumMap<>(TaskField.class);
        for (TaskField f : fields) {
            if (!f.read(draft).isEmpty()) {
                out.put(f, f.read(draft));
            }
        }
        return out;
    }

    /** By its Chinese word (调整时限) or its name (DEADLINE). */
    public static RequestType of(String word) {
        String w = word == null ? "" : word.strip();
        for (RequestType t : values()) {
            if (t.label.equals(w) || t.name().equalsIgnoreCase(w)) {
                return t;
            }
        }
        StringBuilder known = new StringBuilder();
        for (RequestType t : values()) {
            known.append(known.length() == 0 ? "" : "、").append(t.label);
        }
        throw new LedgerException("request.unknownType", w, known);
    }

    @Override
    public String toString() {
        return label;
    }
}
