package org.taizhang.ui.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.reference.Domain;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.task.Task;
import org.taizhang.ui.Background;
import org.taizhang.ui.FieldErrors;
import org.taizhang.ui.ReasonPrompt;

/**
 * The reference lists (单位与领域) and what can be done to them. Short names, levels, new entries
 * and the domains' order are routine and saved at once; renaming a unit or a domain rewrites
 * tasks, so it asks for a reason and becomes an adjustment in the log.
 */
public final class ReferenceDataViewModel {
    /** The levels a city's units usually have; the levels the ledger already uses are offered too. */
    static final List<String> COMMON_LEVELS = List.of("市直部门", "旗县区", "苏木乡镇", "中直驻市单位", "其他");
    /** UnitList splits a 牵头单位 cell on these, so a unit's name must not hold them. */
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\n\\r]");

    private final LedgerService service;
    private final Background background;
    private final ReasonPrompt prompt;
    private final Runnable onChanged;
    private Predicate<String> confirm = question -> false;

    private final ObservableList<UnitRow> allUnits = FXCollections.observableArrayList();
    private final FilteredList<UnitRow> units = new FilteredList<>(allUnits);
    private final StringProperty unitFilter = new SimpleStringProperty("");
    private final ObservableList<String> levels = FXCollections.observableArrayList(COMMON_LEVELS);
    private final ObservableList<DomainRow> domains = FXCollections.observableArrayList();
    private final ObjectProperty<UnitRow> selectedUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<DomainRow> selectedDomain = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    /** False until the lists are loaded, and for good when the ledger is read-only. */
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    /** The names typed for a new unit and a new domain, checked as they are typed. */
    private final StringProperty newUnitName = new SimpleStringProperty("");
    private final StringProperty newDomainName = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    public ReferenceDataViewModel(LedgerService service, Background background, ReasonPrompt prompt,
            Runnable onChanged) {
        this.service = service;
        this.background = background;
        this.prompt = prompt;
        this.onChanged = onChanged;
        unitFilter.addListener((o, was, now) -> units.setPredicate(matching(now)));
        errors.check("newUnit", () -> strip(newUnitName.get()).isEmpty() ? "" : unitNameProblem(strip(newUnitName.get())),
                newUnitName, allUnits);
        errors.check("newDomain", () -> domainNamed(strip(newDomainName.get())).isPresent()
                ? I18n.text("reference.domainExists", strip(newDomainName.get())) : "", newDomainName, domains);
    }

    /** Why a unit may not be added under this name, or "" (an empty name is simply not yet one). */
    private String unitNameProblem(String name) {
        if (SEPARATORS.matcher(name).find() || name.startsWith("*") || name.startsWith("＊")) {
            return I18n.text("reference.unitBadName", name);
        }
        return unitNamed(name).isPresent() ? I18n.text("reference.unitExists", name) : "";
    }

    /** Asks the clerk yes or no (the window answers with a dialog); without it, merging is refused. */
    public void setConfirm(Predicate<String> confirm) {
        this.confirm = confirm;
    }

    /** Reads the lists and counts the tasks that name each entry. */
    public void load() {
        background.run(I18n.text("reference.busy.loading"), this::snapshot,
                s -> show(s, selectedName(selectedUnit.get()), selectedName(selectedDomain.get())), this::fail);
    }

    // ---- units ---------------------------------------------------------------------------------

    /** False when the name is refused (empty, taken, or holding a separator); the message says why. */
    public boolean addUnit(String name, String level) {
        String n = strip(name);
        if (refused() || !validUnitName(n)) {
            return false;
        }
        if (unitNamed(n).isPresent()) {
            tell(I18n.text("reference.unitExists", n), true);
            return false;
        }
        change(() -> {
            service.saveUnit(new Unit(0, n, "", strip(level), 0));
            return I18n.text("reference.unitAdded", n);
        }, n, null);
        return true;
    }

    /** Short name and level are the unit's own words: saved as they are, no adjustment. */
    public void editUnit(UnitRow row, String shortName, String level) {
        Unit u = row.unit();
        Unit edited = new Unit(u.id(), u.name(), shortName, level, u.sortOrder());
        if (refused() || edited.equals(u)) {
            return;
        }
        change(() -> {
            service.saveUnit(edited);
            return I18n.text("reference.saved", u.name());
        }, u.name(), null);
    }

    /** Renames a unit in the list and in every task that names it, after the clerk gives a reason. */
    public void renameUnit(UnitRow row, String newName) {
        String from = row.name();
        String to = strip(newName);
        if (refused() || !validUnitName(to) || to.equals(from)) {
            return;
        }
        List<String> changes = new ArrayList<>();
        changes.add(I18n.text("reference.renameLine", from, to));
        changes.add(I18n.text("reference.tasksInvolved", row.taskCount()));
        if (unitNamed(to).isPresent()) {
            String merging = I18n.text("reference.unitMerge", from, to);
            if (!confirm.test(merging)) {
                return;
            }
            changes.add(merging);
        }
        Optional<Note> note = prompt.ask(AdjustmentType.RENAME_UNIT, changes);
        if (note.isEmpty()) {
            return;
        }
        change(() -> {
            service.renameUnit(from, to, note.get());
            return I18n.text("reference.renamed", from, to, row.taskCount());
        }, to, null);
    }

    // ---- domains -------------------------------------------------------------------------------

    /** False when the name is refused (empty or taken); the message says why. */
    public boolean addDomain(String name) {
        String n = strip(name);
        if (refused()) {
            return false;
        }
        if (n.isEmpty()) {
            tell(I18n.text("domain.nameRequired"), true);
            return false;
        }
        if (domainNamed(n).isPresent()) {
            tell(I18n.text("reference.domainExists", n), true);
            return false;
        }
        change(() -> {
            service.saveDomain(new Domain(0, n, 0));
            return I18n.text("reference.domainAdded", n);
        }, null, n);
        return true;
    }

    /** Renames a 改革领域 in the list and in every task of it, after the clerk gives a reason. */
    public void renameDomain(DomainRow row, String newName) {
        String from = row.name();
        String to = strip(newName);
        if (refused()) {
            return;
        }
        if (to.isEmpty()) {
            tell(I18n.text("domain.nameRequired"), true);
            return;
        }
        if (to.equals(from)) {
            return;
        }
        List<String> changes = new ArrayList<>();
        changes.add(I18n.text("reference.renameLine", from, to));
        changes.add(I18n.text("reference.tasksInvolved", row.taskCount()));
        if (domainNamed(to).isPresent()) {
            String merging = I18n.text("reference.domainMerge", from, to);
            if (!confirm.test(merging)) {
                return;
            }
            changes.add(merging);
        }
        Optional<Note> note = prompt.ask(AdjustmentType.RENAME_DOMAIN, changes);
        if (note.isEmpty()) {
            return;
        }
        change(() -> {
            service.renameDomain(from, to, note.get());
            return I18n.text("reference.renamed", from, to, row.taskCount());
        }, null, to);
    }

    public void moveUp(DomainRow row) {
        move(row, -1);
    }

    public void moveDown(DomainRow row) {
        move(row, 1);
    }

    /** Swaps a domain with its neighbour and numbers the list 1, 2, 3 … in one transaction. */
    private void move(DomainRow row, int by) {
        List<Domain> order = new ArrayList<>(domains.stream().map(DomainRow::domain).toList());
        int from = indexOf(order, row.domain().id());
        int to = from + by;
        if (refused() || from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        change(() -> {
            service.orderDomains(order);
            return "";
        }, null, row.name());
    }

    // ---- the work ------------------------------------------------------------------------------

    /** The lists as read on the worker, with the counts. */
    private record Snapshot(List<UnitRow> units, List<DomainRow> domains, List<String> levels, boolean readOnly) {
    }

    private record Done(String notice, Snapshot snapshot) {
    }

    private Snapshot snapshot() {
        Map<String, Integer> perUnit = new HashMap<>();
        Map<String, Integer> perDomain = new HashMap<>();
        for (Task t : service.tasks()) {
            Set<String> named = new HashSet<>(t.leadUnits().names());
            named.addAll(t.partnerUnits().names()); // lead and partner in one task counts once
            named.forEach(n -> perUnit.merge(n, 1, Integer::sum));
            perDomain.merge(t.domain(), 1, Integer::sum);
        }
        List<UnitRow> unitRows = service.units().stream()
                .map(u -> new UnitRow(u, perUnit.getOrDefault(u.name(), 0))).toList();
        List<Domain> domainList = service.domains();
        List<DomainRow> domainRows = new ArrayList<>();
        for (int i = 0; i < domainList.size(); i++) {
            Domain d = domainList.get(i);
            domainRows.add(new DomainRow(d, i + 1, perDomain.getOrDefault(d.name(), 0)));
        }
        Set<String> used = new TreeSet<>();
        unitRows.forEach(r -> used.add(r.unit().level()));
        used.remove("");
        Set<String> levelWords = new LinkedHashSet<>(COMMON_LEVELS);
        levelWords.addAll(used);
        return new Snapshot(unitRows, domainRows, List.copyOf(levelWords), service.isReadOnly());
    }

    private void show(Snapshot s, String unitToSelect, String domainToSelect) {
        allUnits.setAll(s.units());
        domains.setAll(s.domains());
        levels.setAll(s.levels());
        readOnly.set(s.readOnly());
        editable.set(!s.readOnly());
        selectedUnit.set(s.units().stream().filter(r -> r.name().equals(unitToSelect)).findFirst().orElse(null));
        selectedDomain.set(s.domains().stream().filter(r -> r.name().equals(domainToSelect)).findFirst()
                .orElse(null));
    }

    /** Saves off the FX thread, then shows the lists as they are now and tells the main window. */
    private void change(Callable<String> save, String unitToSelect, String domainToSelect) {
        tell("", false);
        background.run(I18n.text("reference.busy.saving"), () -> new Done(save.call(), snapshot()), done -> {
            show(done.snapshot(), unitToSelect, domainToSelect);
            tell(done.notice(), false);
            onChanged.run();
        }, this::fail);
    }

    private boolean refused() {
        if (readOnly.get()) {
            tell(I18n.text("reference.readOnly"), true);
            return true;
        }
        return false;
    }

    private boolean validUnitName(String name) {
        if (name.isEmpty()) {
            tell(I18n.text("unit.nameRequired"), true);
            return false;
        }
        if (SEPARATORS.matcher(name).find() || name.startsWith("*") || name.startsWith("＊")) {
            tell(I18n.text("reference.unitBadName", name), true);
            return false;
        }
        return true;
    }

    private void fail(Throwable e) {
        tell(e instanceof LedgerException ? e.getMessage()
                : I18n.text("error.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()), true);
    }

    private void tell(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    private Optional<UnitRow> unitNamed(String name) {
        return allUnits.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private Optional<DomainRow> domainNamed(String name) {
        return domains.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static int indexOf(List<Domain> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static String selectedName(Object row) {
        return row instanceof UnitRow u ? u.name() : row instanceof DomainRow d ? d.name() : null;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** Every word typed must appear in the name, the short name or the level. */
    private static Predicate<UnitRow> matching(String filter) {
        String[] words = strip(filter).toLowerCase(Locale.ROOT).split("\\s+");
        return row -> {
            String text = (row.unit().name() + "\n" + row.unit().shortName() + "\n" + row.unit().level())
                    .toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!text.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    // ---- for the view --------------------------------------------------------------------------

    /** The units the filter lets through, in the list's order. */
    public ObservableList<UnitRow> units() {
        return units;
    }

    public StringProperty unitFilterProperty() {
        return unitFilter;
    }

    /** The levels to choose from: the common ones, then the others the ledger uses. */
    public ObservableList<String> levels() {
        return levels;
    }

    public ObservableList<DomainRow> domains() {
        return domains;
    }

    public ObjectProperty<UnitRow> selectedUnitProperty() {
        return selectedUnit;
    }

    public ObjectProperty<DomainRow> selectedDomainProperty() {
        return selectedDomain;
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** The name typed for a new unit: checked as typed ("newUnit"), added by {@link #addUnit(String, String)}. */
    public StringProperty newUnitNameProperty() {
        return newUnitName;
    }

    /** The name typed for a new domain: checked as typed ("newDomain"). */
    public StringProperty newDomainNameProperty() {
        return newDomainName;
    }

    /** The checks of the names typed, each shown under its field: "newUnit", "newDomain". */
    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
