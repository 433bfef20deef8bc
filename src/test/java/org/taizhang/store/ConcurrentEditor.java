package org.taizhang.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.TaskConflictException;
import org.taizhang.core.task.Task;

/**
 * One PC of {@link ConcurrentWritersIT}, in a process of its own: opens the server ledger at
 * the address given and makes {@code edits} edits of 进展情况 as fast as it can, every other one on
 * a task all the PCs edit, the rest on tasks of its own. Each edit reads the task, then saves it;
 * another PC saving the shared task in between makes it a conflict. Every 20th edit is made, on
 * purpose, from the copy of its own task read before its last save (a form left open), which must
 * be a conflict whatever the other PCs do.
 * <p>
 * It prints {@code S value} for each edit saved and {@code C value} for each answered with a
 * conflict, then {@code saved=N conflicts=M}; any other failure ends it with code 1.
 * Arguments: ADDRESS PC EDITS SHARED_IDS OWN_IDS (ids comma-separated).
 */
public final class ConcurrentEditor {
    private ConcurrentEditor() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String pc = "PC" + args[1];
        int edits = Integer.parseInt(args[2]);
        long[] shared = ids(args[3]);
        long[] own = ids(args[4]);
        int saved = 0;
        int conflicts = 0;
        try (OpenLedger ledger = OpenLedger.open(LedgerAddress.parse(args[0]), Clock.systemUTC())) {
            LedgerService service = ledger.service();
            Task before = null; // the own task as read before the last saved edit of it
            for (int i = 0; i < edits; i++) {
                String value = pc + "-" + i;
                Task from;
                if (i % 20 == 19 && before != null) {
                    from = before; // a form left open across a save: a conflict, always
                } else {
                    long id = i % 2 == 0 ? shared[(i / 2) % shared.length] : own[(i / 2) % own.length];
                    from = service.task(id).orElseThrow();
                }
                try {
                    service.edit(from.toBuilder().progress(value).build(), Note.by(pc));
                    saved++;
                    out.println("S " + value);
                    if (Arrays.stream(own).anyMatch(o -> o == from.id())) {
                        before = from;
                    }
                } catch (TaskConflictException e) {
                    conflicts++;
                    out.println("C " + value);
                }
            }
        } catch (RuntimeException e) {
            out.flush();
            e.printStackTrace();
            System.exit(1);
        }
        out.println("saved=" + saved + " conflicts=" + conflicts);
        out.flush();
        System.exit(0);
    }

    private static long[] ids(String csv) {
        return List.of(csv.split(",")).stream().mapToLong(Long::parseLong).toArray();
    }
}
