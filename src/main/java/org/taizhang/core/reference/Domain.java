package org.taizhang.core.reference;

/** A 改革领域 / 专项小组 of the reference list; tasks name it, the list gives its order. */
public record Domain(long id, String name, int sortOrder) {
    public Domain {
        name = name == null ? "" : name.strip();
    }
}
