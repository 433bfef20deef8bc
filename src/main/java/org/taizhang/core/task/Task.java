package org.taizhang.core.task;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the ledger: a reform task (改革任务) or, when it has a parent, one of its concrete
 * measures (具体举措). Immutable; change it through {@link #toBuilder()} and an adjustment.
 * Text fields are never null (empty means not filled in).
 */
public final class Task {
    private final long id;
    private final int revision;
    private final Long parentId;
    private final OutlineNumber number;
    private final String domain;
    private final int year;
    private final String title;
    private final String measures;
    private final UnitList leadUnits;
    private final UnitList partnerUnits;
    private final String leader;
    private final String contact;
    private final Deadline deadline;
    private final String deliverable;
    private final String progress;
    private final String problems;
    private final String nextSteps;
    private final Status status;
    private final String target;
    private final String actual;
    private final String valueUnit;
    private final String remarks;
    private final Long mergedInto;

    private Task(Builder b) {
        id = b.id;
        revision = b.revision;
        parentId = b.parentId;
        number = b.parsedNumber != null ? b.parsedNumber : OutlineNumber.of(b.number);
        domain = b.domain;
        year = b.year;
        title = b.title;
        measures = b.measures;
        leadUnits = b.leadUnits;
        partnerUnits = b.partnerUnits;
        leader = b.leader;
        contact = b.contact;
        deadline = b.parsedDeadline != null ? b.parsedDeadline : Deadline.parseLenient(b.deadlineText, b.year);
        deliverable = b.deliverable;
        progress = b.progress;
        problems = b.problems;
        nextSteps = b.nextSteps;
        status = b.status;
        target = b.target;
        actual = b.actual;
        valueUnit = b.valueUnit;
        remarks = b.remarks;
        mergedInto = b.mergedInto;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.revision = revision;
        b.parentId = parentId;
        b.number = number.text();
        b.parsedNumber = number;
        b.domain = domain;
        b.year = year;
        b.title = title;
        b.measures = measures;
        b.leadUnits = leadUnits;
        b.partnerUnits = partnerUnits;
        b.leader = leader;
        b.contact = contact;
        b.deadlineText = deadline.text();
        b.parsedDeadline = deadline;
        b.deliverable = deliverable;
        b.progress = progress;
        b.problems = problems;
        b.nextSteps = nextSteps;
        b.status = status;
        b.target = target;
        b.actual = actual;
        b.valueUnit = valueUnit;
        b.remarks = remarks;
        b.mergedInto = mergedInto;
        return b;
    }

    /** Every field as the text the history records, in {@link TaskField} order. */
    public Map<TaskField, String> values() {
        Map<TaskField, String> out = new EnumMap<>(TaskField.class);
        for (TaskField f : TaskField.values()) {
            out.put(f, f.read(this));
        }
        return out;
    }

    public long id() {
        return id;
    }

    /** How many adjustments have touched this task; an export records it to detect conflicts. */
    public int revision() {
        return revision;
    }

    public Long parentId() {
        return parentId;
    }

    public OutlineNumber number() {
        return number;
    }

    public String domain() {
        return domain;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    /** The task as the office names it: "序号 改革任务" ("4. 开展营商环境对标提升行动"). */
    public String label() {
        return number.isEmpty() ? title : number.text() + " " + title;
    }

    /** {@link #label()} with the title cut at {@code max} characters, for a line that names many tasks. */
    public String shortLabel(int max) {
        String cut = title.length() > max ? title.substring(0, max) + "…" : title;
        return number.isEmpty() ? cut : number.text() + " " + cut;
    }

    public String measures() {
        return measures;
    }

    public UnitList leadUnits() {
        return leadUnits;
    }

    public UnitList partnerUnits() {
        return partnerUnits;
    }

    public String leader() {
        return leader;
    }

    public String contact() {
        return contact;
    }

    public Deadline deadline() {
        return deadline;
    }

    public String deliverable() {
        return deliverable;
    }

    public String progress() {
        return progress;
    }

    public String problems() {
        return problems;
    }

    public String nextSteps() {
        return nextSteps;
    }

    public Status status() {
        return status;
    }

    public String target() {
        return target;
    }

    public String actual() {
        return actual;
    }

    public String valueUnit() {
        return valueUnit;
    }

    public String remarks() {
        return remarks;
    }

    /** For a merged task, the task that absorbed it. */
    public Long mergedInto() {
        return mergedInto;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task t && t.id == id && t.revision == revision && t.values().equals(values());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, revision, title);
    }

    @Override
    public String toString() {
        return "Task#" + id + " " + number + " " + title;
    }

    /** Collects a task's values; {@link #build()} reads the deadline text against the year. */
    public static final class Builder {
        private long id;
        private int revision;
        private Long parentId;
        private String number = "";
        private String domain = "";
        private int year;
        private String title = "";
        private String measures = "";
        private UnitList leadUnits = UnitList.EMPTY;
        private UnitList partnerUnits = UnitList.EMPTY;
        private String leader = "";
        private String contact = "";
        private String deadlineText = "";
        private String deliverable = "";
        private String progress = "";
        private String problems = "";
        private String nextSteps = "";
        private Status status = Status.NOT_STARTED;
        private String target = "";
        private String actual = "";
        private String valueUnit = "";
        private String remarks = "";
        private Long mergedInto;
        /** What the task being rebuilt had read already, kept while its text stays the same. */
        private OutlineNumber parsedNumber;
        private Deadline parsedDeadline;

        private Builder() {
        }

        private static String text(String s) {
            return s == null ? "" : s.strip();
        }

        public Builder id(long v) {
            id = v;
            return this;
        }

        public Builder revision(int v) {
            revision = v;
            return this;
        }

        public Builder parentId(Long v) {
            parentId = v;
            return this;
        }

        public Builder number(String v) {
            String n = text(v);
            if (!n.equals(number)) {
                parsedNumber = null;
            }
            number = n;
            return this;
        }

        public Builder domain(String v) {
            domain = text(v);
            return this;
        }

        public Builder year(int v) {
            if (v != year) {
                parsedDeadline = null; // phrases without a year fall in this one
            }
            year = v;
            return this;
        }

        public Builder title(String v) {
            title = text(v);
            return this;
        }

        public Builder measures(String v) {
            measures = text(v);
            return this;
        }

        public Builder leadUnits(UnitList v) {
            leadUnits = v == null ? UnitList.EMPTY : v;
            return this;
        }

        public Builder partnerUnits(UnitList v) {
            partnerUnits = v == null ? UnitList.EMPTY : v;
            return this;
        }

        public Builder leader(String v) {
            leader = text(v);
            return this;
        }

        public Builder contact(String v) {
            contact = text(v);
            return this;
        }

        public Builder deadline(String text) {
            String t = text(text);
            if (!t.equals(deadlineText)) {
                parsedDeadline = null;
            }
            deadlineText = t;
            return this;
        }

        public Builder deliverable(String v) {
            deliverable = text(v);
            return this;
        }

        public Builder progress(String v) {
            progress = text(v);
            return this;
        }

        public Builder problems(String v) {
            problems = text(v);
            return this;
        }

        public Builder nextSteps(String v) {
            nextSteps = text(v);
            return this;
        }

        public Builder status(Status v) {
            status = Objects.requireNonNull(v, "status");
            return this;
        }

        public Builder target(String v) {
            target = text(v);
            return this;
        }

        public Builder actual(String v) {
            actual = text(v);
            return this;
        }

        public Builder valueUnit(String v) {
            valueUnit = text(v);
            return this;
        }

        public Builder remarks(String v) {
            remarks = text(v);
            return this;
        }

        public Builder mergedInto(Long v) {
            mergedInto = v;
            return this;
        }

        public Task build() {
            return new Task(this);
        }
    }
}
