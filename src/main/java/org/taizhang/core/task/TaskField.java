package org.taizhang.core.task;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields of a task as the history records them: each reads a task to text and writes text back
 * to a builder, so that any change can be stored as "field, old text, new text" and replayed.
 * The order is the order a replay applies them (the year before the deadline it resolves).
 */
public enum TaskField {
    PARENT("parentId", t -> id(t.parentId()), (b, v) -> b.parentId(id(v))),
    NUMBER("number", t -> t.number().text(), Task.Builder::number),
    DOMAIN("domain", Task::domain, Task.Builder::domain),
    YEAR("year", t -> t.year() == 0 ? "" : Integer.toString(t.year()),
            (b, v) -> b.year(v.isEmpty() ? 0 : Integer.parseInt(v))),
    TITLE("title", Task::title, Task.Builder::title),
    MEASURES("measures", Task::measures, Task.Builder::measures),
    LEAD_UNITS("leadUnits", t -> t.leadUnits().text(), (b, v) -> b.leadUnits(UnitList.parse(v))),
    PARTNER_UNITS("partnerUnits", t -> t.partnerUnits().text(), (b, v) -> b.partnerUnits(UnitList.parse(v))),
    LEADER("leader", Task::leader, Task.Builder::leader),
    CONTACT("contact", Task::contact, Task.Builder::contact),
    DEADLINE("deadline", t -> t.deadline().text(), Task.Builder::deadline),
    DELIVERABLE("deliverable", Task::deliverable, Task.Builder::deliverable),
    PROGRESS("progress", Task::progress, Task.Builder::progress),
    PROBLEMS("problems", Task::problems, Task.Builder::problems),
    NEXT_STEPS("nextSteps", Task::nextSteps, Task.Builder::nextSteps),
    STATUS("status", t -> t.status().label(), (b, v) -> b.status(Status.read(v))),
    TARGET("target", Task::target, Task.Builder::target),
    ACTUAL("actual", Task::actual, Task.Builder::actual),
    VALUE_UNIT("unit", Task::valueUnit, Task.Builder::valueUnit),
    REMARKS("remarks", Task::remarks, Task.Builder::remarks),
    MERGED_INTO("mergedInto", t -> id(t.mergedInto()), (b, v) -> b.mergedInto(id(v)));

    private final String code;
    private final Function<Task, String> reader;
    private final BiConsumer<Task.Builder, String> writer;

    TaskField(String code, Function<Task, String> reader, BiConsumer<Task.Builder, String> writer) {
        this.code = code;
        this.reader = reader;
        this.writer = writer;
    }

    /** The stable English name: the history's field column and the JSON key. */
    public String code() {
        return code;
    }

    /** The key of the field's name in the message bundle ("field.title" → 改革任务). */
    public String labelKey() {
        return "field." + code;
    }

    public String read(Task task) {
        return reader.apply(task);
    }

    public void write(Task.Builder builder, String value) {
        writer.accept(builder, value == null ? "" : value);
    }

    public static TaskField ofCode(String code) {
        for (TaskField f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown task field " + code);
    }

    private static String id(Long id) {
        return id == null ? "" : Long.toString(id);
    }

    private static Long id(String text) {
        return text.isEmpty() ? null : Long.valueOf(text);
    }
}
