package org.taizhang.core.task;

/** The 序时进度 light of a task: on track, near its deadline or behind, overdue; none for closed tasks. */
public enum Light {
    GREEN("绿灯"),
    YELLOW("黄灯"),
    RED("红灯"),
    NONE("");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
