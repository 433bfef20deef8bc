package org.taizhang.exchange.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.LedgerStore;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.Progress;
import org.taizhang.exchange.read.SheetInfo;
import org.taizhang.exchange.read.WorkbookSource;
import org.taizhang.exchange.read.Workbooks;

/**
 * Importing departments' returns, once for every caller (the import wizard, {@code taizhang
 * import}, the benchmark): list the workbooks among files and folders, read and plan each against
 * the ledger, back the ledger up before a batch, and apply a plan with the clerk's exclusions as
 * one 导入 adjustment, together with the column mappings it taught. A plan the ledger has moved
 * past since it was made is not applied but made again, for the clerk to look at.
 */
public final class WorkbookImport {
    private static final Set<String> ENDINGS = Set.of("xlsx", "xlsm", "xls", "et", "ods");

    private final LedgerService service;

    public WorkbookImport(LedgerService service) {
        this.service = service;
    }

    // ---- which files -----------------------------------------------------------------------------

    /** What files and folders hold: the workbooks, in name order a folder, and the other files passed over. */
    public record Listing(List<Path> workbooks, List<Path> passedOver) {
        public Listing {
            workbooks = List.copyOf(workbooks);
            passedOver = List.copyOf(passedOver);
        }
    }

    /**
     * Files stand for themselves, whatever their name (the reader judges them by their content);
     * a folder stands for the workbooks in it (.xlsx, .xlsm, .xls, .et, .ods), not Office's ~$ lock files.
     */
    public static Listing list(List<Path> given) {
        List<Path> workbooks = new ArrayList<>();
        List<Path> other = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        (isWorkbookName(f.getFileName().toString()) ? workbooks : other).add(f);
                    }
                } catch (IOException e) {
                    throw new LedgerException(e, "read.ioError", p, e.getMessage());
                }
            } else {
                workbooks.add(p);
            }
        }
        return new Listing(workbooks, other);
    }

    static boolean isWorkbookName(String name) {
        int dot = name.lastIndexOf('.');
        return !name.startsWith("~$") && dot > 0 && ENDINGS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** How the clerk asked a workbook to be read: one sheet (null: every sheet with a table), mappings by sheet. */
    public record Choices(String sheet, Map<String, Map<Integer, Column>> mappings) {
        public static final Choices NONE = new Choices(null, Map.of());

        public Choices {
            mappings = Map.copyOf(mappings);
        }
    }

    /**
     * A workbook read and planned against the ledger as it was then ({@code head}: its log's head
     * before the plan was made), with the ledger's tasks by id to name them.
     */
    public record Reading(WorkbookData data, ImportPlan plan, Map<Long, Task> tasks, LedgerStore.ChainHead head) {
    }

    /** Reads a workbook and plans it against the ledger as it is now. */
    public Reading read(Path file, Choices choices, Progress progress) {
        WorkbookData data = readWorkbook(file, choices, progress);
        progress.check();
        return plan(data);
    }

    /** The first step of {@link #read}: the workbook read, with what the ledger remembers and knows. */
    public WorkbookData readWorkbook(Path file, Choices choices, Progress progress) {
        progress.check();
        return WorkbookReader.read(file, ReadOptions.of(service.info().year()).remembered(Mappings.of(service))
                .known(known()).sheet(choices.sheet()).mappings(choices.mappings()).progress(progress));
    }

    /** The second step of {@link #read}: the workbook planned against the ledger as it is now. */
    public Reading plan(WorkbookData data) {
        LedgerStore.ChainHead head = service.head(); // before the tasks: a change in between makes the plan look stale, never fresh
        List<Task> tasks = service.tasks();
        ImportPlan plan = new ImportPlanner(tasks, service::historyOf, service.info().year(),
                new Requests(service).all()).plan(data);
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        return new Reading(data, plan, byId, head);
    }

    /** The units and 领域 the ledger knows, to read a sheet named after one of them. */
    private ReadOptions.Known known() {
        Set<String> units = new HashSet<>();
        service.units().stream().map(Unit::name).forEach(units::add);
        Set<String> domains = new HashSet<>(service.domainNames());
        return new ReadOptions.Known(units, domains);
    }

    /** The sheets of a workbook that opens (so the clerk can pick one when no table was found); empty if it does not. */
    public static List<String> sheetsOf(Path file) {
        try (WorkbookSource source = Workbooks.open(file)) {
            return source.sheets().stream().map(SheetInfo::name).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** One copy of the ledger before a batch of imports; when it cannot be made, no workbook is imported. */
    public void backupBeforeBatch() {
        service.backup(I18n.text("backup.beforeImport"));
    }

    /**
     * What applying a plan did: the adjustment written (none when nothing changed), the requests
     * received and the 督办单 the return answered, or the plan made again.
     */
    public record Outcome(Optional<Adjustment> adjustment, List<Adjustment> requests,
            List<org.taizhang.core.notice.Notice> answered, Reading replanned) {
        public Outcome {
            requests = List.copyOf(requests);
            answered = List.copyOf(answered);
        }

        static Outcome written(Optional<Adjustment> adjustment, List<Adjustment> requests,
                List<org.taizhang.core.notice.Notice> answered) {
            return new Outcome(adjustment, requests, answered, null);
        }

        /** True when the ledger had moved on: nothing was written, {@link #replanned} is the plan now. */
        public boolean isStale() {
            return replanned != null;
        }
    }

    /**
     * Applies a plan with the clerk's exclusions, receives what its rows ask for, and remembers its column mappings, in one
     * transaction, if it is still the plan the ledger gives (made again when the ledger moved on
     * since). A plan that changed (perhaps by the workbook imported just before) is not applied:
     * its rows would carry the older values back.
     */
    public Outcome apply(Reading shown, Set<RowRef> excluded, Note note) {
        if (!service.head().equals(shown.head())) { // the ledger moved on: is the plan still the same?
            Reading fresh = plan(shown.data());
            if (!fresh.plan().entries().equals(shown.plan().entries())) {
                return new Outcome(Optional.empty(), List.of(), List.of(), fresh);
            }
        }
        return service.together(() -> {
            Optional<Adjustment> written = Importer.apply(shown.plan(), excluded, service, note);
            List<Adjustment> requests = Importer.receive(shown.plan(), excluded, service, note);
            var answered = Importer.answer(shown.plan(), excluded, service, note);
            Mappings.remember(service, shown.data());
            return Outcome.written(written, requests, answered);
        });
    }

    /** The clerk's exclusions for a plan made again: kept for the rows whose kind did not change, the defaults for the others. */
    public static Set<RowRef> exclusionsAfter(ImportPlan before, Set<RowRef> excluded, ImportPlan after) {
        Map<RowRef, ImportPlan.Kind> was = new HashMap<>();
        before.entries().forEach(e -> was.put(e.ref(), e.kind()));
        Set<RowRef> out = new HashSet<>();
        for (ImportPlan.Entry e : after.entries()) {
            boolean keep = was.get(e.ref()) == e.kind();
            if (keep ? excluded.contains(e.ref()) : !e.includedByDefault()) {
                out.add(e.ref());
            }
        }
        return out;
    }

    // ---- what a return brought -------------------------------------------------------------------

    /**
     * What one return brought, the line of the summary after importing it: the non-empty rows of its
     * sheets, the new and changed tasks taken, the requests received, the conflicts left out, the cells and rows in error,
     * the unit's tasks it did not report on.
     */
    public record Summary(int rows, long added, long changed, long requests, long conflictsLeft, int errors,
            int missing) {
    }

    public static Summary summary(ImportPlan plan, Set<RowRef> excluded) {
        long added = 0;
        long changed = 0;
        long conflictsLeft = 0;
        long requests = 0;
        for (ImportPlan.Entry e : plan.entries()) {
            boolean in = !excluded.contains(e.ref());
            requests += in ? e.asks().stream().filter(ImportPlan.Ask::isNew).count() : 0;
            switch (e.kind()) {
                case NEW -> added += in ? 1 : 0;
                case CHANGED -> changed += in ? 1 : 0;
                case CONFLICT -> {
                    changed += in ? 1 : 0;
                    conflictsLeft += in ? 0 : 1;
                }
                case UNCHANGED, ASKS -> {
                }
            }
        }
        return new Summary(plan.tally().rows(), added, changed, requests, conflictsLeft, plan.errors().size(),
                plan.missing().size());
    }
}
