package org.taizhang.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.exchange.export.FillInWorkbooks;
import org.taizhang.ui.Background;
import org.taizhang.ui.Describe;
import org.taizhang.ui.FieldErrors;

/**
 * The 填报 export: which lead units get a workbook, for what period, into which folder. Each unit
 * shows how many open tasks it leads; all are chosen at first.
 */
public final class ExportUnitsViewModel {

    /** A lead unit offered for export. */
    public static final class UnitChoice {
        private final String unit;
        private final int tasks;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        UnitChoice(String unit, int tasks) {
            this.unit = unit;
            this.tasks = tasks;
        }

        public String unit() {
            return unit;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return I18n.text("exporting.unitChoice", unit, tasks);
        }
    }

    private final LedgerService service;
    private final Background background;
    /** Told when a unit is chosen or not, so the check of the choice follows. */
    private final ObservableList<UnitChoice> units = FXCollections.observableArrayList(
            u -> new javafx.beans.Observable[] {u.chosenProperty()});
    private final StringProperty period = new SimpleStringProperty();
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.XLSX);
    private final BooleanProperty replace = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final FieldErrors errors = new FieldErrors();
    private final BooleanBinding ready;

    public ExportUnitsViewModel(LedgerService service, Background background, LocalDate today) {
        this.service = service;
        this.background = background;
        period.set(FillInWorkbooks.quarterOf(today));
        errors.check("units", () -> !units.isEmpty() && units.stream().noneMatch(u -> u.chosenProperty().get())
                ? I18n.text("exporting.noUnit") : "", units);
        errors.check("period", () -> period.get() == null || period.get().isBlank()
                ? I18n.text("exporting.periodRequired") : "", period);
        errors.check("folder", () -> folder.get() == null ? I18n.text("exporting.folderRequired") : "", folder);
        ready = Bindings.createBooleanBinding(() -> !working.get() && errors.noneProperty().get()
                && !units.isEmpty(), working, errors.noneProperty(), units);
    }

    /** Reads the ledger's lead units (in the background). */
    public void load() {
        background.run("", () -> {
            List<Task> tasks = service.tasks();
            Map<String, Integer> counts = new HashMap<>();
            for (Task t : tasks) {
                if (!t.status().isWithdrawn()) {
                    t.leadUnits().names().forEach(u -> counts.merge(u, 1, Integer::sum));
                }
            }
            List<UnitChoice> out = new ArrayList<>();
            for (String unit : FillInWorkbooks.leadUnits(tasks)) {
                out.add(new UnitChoice(unit, counts.getOrDefault(unit, 0)));
            }
            return out;
        }, units::setAll, e -> result.set(Describe.problem(e)));
    }

    public void chooseAll(boolean chosen) {
        units.forEach(u -> u.chosenProperty().set(chosen));
    }

    /** Writes one workbook per chosen unit; says how many and where. */
    public void export() {
        List<String> chosen = units.stream().filter(u -> u.chosenProperty().get()).map(UnitChoice::unit).toList();
        if (chosen.isEmpty()) {
            result.set(I18n.text("exporting.noUnit"));
            return;
        }
        working.set(true);
        result.set("");
        Path into = folder.get();
        String p = period.get().strip();
        ExportFormat f = format.get();
        boolean overwrite = replace.get();
        background.runLong(I18n.text("busy.exporting"), progress -> FillInWorkbooks.write(into, f, overwrite,
                service.info(), service.tasks(), chosen, p, progress), files -> {
                    working.set(false);
                    result.set(I18n.text("exporting.unitsDone", files.size(), into));
                }, e -> {
                    working.set(false);
                    result.set(e instanceof java.util.concurrent.CancellationException ? I18n.text("exporting.cancelled")
                            : Describe.problem(e));
                });
    }

    public ObservableList<UnitChoice> units() {
        return units;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty replaceProperty() {
        return replace;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The checks, each under its field: "units" (one at least), "period", "folder". */
    public FieldErrors errors() {
        return errors;
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    public BooleanProperty workingProperty() {
        return working;
    }
}
