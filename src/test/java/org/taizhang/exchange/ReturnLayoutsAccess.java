package org.taizhang.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The layouts of {@link ReturnLayouts} for the tools outside this package (the import wizard's screenshots). */
public final class ReturnLayoutsAccess {
    private ReturnLayoutsAccess() {
    }

    /** Saves the named layouts in a format, in the order named. */
    public static List<Path> save(Path dir, String format, String... names) {
        List<Path> out = new ArrayList<>();
        for (String name : names) {
            ReturnLayouts.all().stream().filter(l -> l.name().equals(name)).findFirst()
                    .ifPresent(l -> out.add(l.save(dir, format)));
        }
        return out;
    }
}
