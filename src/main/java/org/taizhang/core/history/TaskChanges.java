package org.taizhang.core.history;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An adjustment's changes made when they are read rather than held: the n-th change is worked out
 * again from what it was made of (the tasks an import hands in) each time it is asked for. An
 * import of 200,000 rows then never holds 200,000 changes beside the 200,000 tasks they come
 * from. It reads as any list of changes, in the same order, so what is hashed and written is the
 * same as for a list held whole. Unmodifiable.
 */
public final class TaskChanges extends AbstractList<TaskChange> implements RandomAccess {
    private final int size;
    private final IntFunction<TaskChange> at;

    /** {@code at} must give the same change for the same index every time. */
    public TaskChanges(int size, IntFunction<TaskChange> at) {
        this.size = size;
        this.at = at;
    }

    @Override
    public TaskChange get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return at.apply(index);
    }

    @Override
    public int size() {
        return size;
    }
}
