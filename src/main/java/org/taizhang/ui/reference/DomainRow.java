package org.taizhang.ui.reference;

import org.taizhang.core.reference.Domain;

/** A 改革领域 as the list shows it: its place in the order and how many tasks it holds. */
public record DomainRow(Domain domain, int position, int taskCount) {

    public String name() {
        return domain.name();
    }
}
