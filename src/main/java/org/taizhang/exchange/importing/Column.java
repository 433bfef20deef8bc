package org.taizhang.exchange.importing;

import org.taizhang.core.task.TaskField;

/**
 * What a workbook column can hold: a task field, or one of the hidden columns Taizhang writes into
 * its own exports (the task's id and the revision it was exported at).
 */
public enum Column {
    NUMBER(TaskField.NUMBER),
    DOMAIN(TaskField.DOMAIN),
    YEAR(TaskField.YEAR),
    TITLE(TaskField.TITLE),
    MEASURES(TaskField.MEASURES),
    LEAD_UNITS(TaskField.LEAD_UNITS),
    PARTNER_UNITS(TaskField.PARTNER_UNITS),
    LEADER(TaskField.LEADER),
    CONTACT(TaskField.CONTACT),
    DEADLINE(TaskField.DEADLINE),
    DELIVERABLE(TaskField.DELIVERABLE),
    PROGRESS(TaskField.PROGRESS),
    PROBLEMS(TaskField.PROBLEMS),
    NEXT_STEPS(TaskField.NEXT_STEPS),
    STATUS(TaskField.STATUS),
    TARGET(TaskField.TARGET),
    ACTUAL(TaskField.ACTUAL),
    VALUE_UNIT(TaskField.VALUE_UNIT),
    REMARKS(TaskField.REMARKS),
    TASK_ID(null, "taskId"),
    REVISION(null, "revision"),
    /** 申请调整类型: what the unit asks to be adjusted (调整时限, 取消 …); the rest of the row says which task. */
    REQUEST_TYPE(null, "requestType"),
    /** 调整为: the value the unit asks for. */
    REQUEST_TO(null, "requestTo"),
    /** 理由: why the unit asks, or why it changed a field only the office may change. */
    REQUEST_REASON(null, "requestReason");

    private final TaskField field;
    private final String code;

    Column(TaskField field) {
        this(field, field.code());
    }

    Column(TaskField field, String code) {
        this.field = field;
        this.code = code;
    }

    /**
     * Whether "无" (or "—") in this column clears the field: no problems, no next steps, no remark
     * now. In any other column it is a blank cell, which changes nothing.
     */
    public boolean clearedByNothing() {
        return this == PROBLEMS || this == NEXT_STEPS || this == REMARKS;
    }

    /** The task field this column fills; null for the hidden id and revision and a request's columns. */
    public TaskField field() {
        return field;
    }

    /** The English name used in --json output and remembered mappings. */
    public String code() {
        return code;
    }

    public String labelKey() {
        return field != null ? field.labelKey() : "column." + code();
    }

    public static Column ofCode(String code) {
        for (Column c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** A column of a unit's adjustment request (申请调整类型, 调整为, 理由). */
    public boolean isRequest() {
        return this == REQUEST_TYPE || this == REQUEST_TO || this == REQUEST_REASON;
    }

    /** Same-as-above merges are filled down in every column but these, which name one row each. */
    public boolean fillsDown() {
        return this != NUMBER && this != TITLE && this != TASK_ID && this != REVISION && !isRequest();
    }
}
