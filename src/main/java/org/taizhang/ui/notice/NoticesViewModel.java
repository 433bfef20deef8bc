package org.taizhang.ui.notice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.taizhang.core.ledger.Note;
import org.taizhang.core.notice.Notice;
import org.taizhang.core.notice.NoticeLevel;
import org.taizhang.core.notice.Notices;
import org.taizhang.exchange.export.NoticeBatch;
import org.taizhang.ui.Background;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FolderKind;

/**
 * 督办单…: as of a day, which units get which notices (counts per level, one unit or all), a
 * preview written to a folder without recording anything, issuing (written and recorded, numbered),
 * and the notices issued with their state, one of which can be marked answered.
 */
public final class NoticesViewModel {
    private final LedgerService service;
    private final Background background;
    private final DialogService dialogs;
    private final Clock clock;
    private final Runnable changed;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final Map<NoticeLevel, BooleanProperty> levels = new EnumMap<>(NoticeLevel.class);
    private final StringProperty unit = new SimpleStringProperty("");
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper planText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ObservableList<NoticeRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<NoticeRow> selected = new SimpleObjectProperty<>();
    private final BooleanBinding canAnswer;
    private final BooleanProperty planned = new SimpleBooleanProperty(false);

    public NoticesViewModel(LedgerService service, Background background, DialogService dialogs, Clock clock,
            Runnable changed) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
        this.changed = changed;
        asOf.set(LocalDate.now(clock));
        unit.set(allUnits());
        for (NoticeLevel l : NoticeLevel.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener(o -> plan());
            levels.put(l, on);
        }
        asOf.addListener(o -> plan());
        unit.addListener(o -> plan());
        canAnswer = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().notice().answered() == null && !service.isReadOnly(), selected);
    }

    /** "" or the words for every unit: all units. */
    public static String allUnits() {
        return I18n.text("notices.allUnits");
    }

    private Set<NoticeLevel> chosenLevels() {
        Set<NoticeLevel> out = EnumSet.noneOf(NoticeLevel.class);
        levels.forEach((l, on) -> {
            if (on.get()) {
                out.add(l);
            }
        });
        return out;
    }

    private String chosenUnit() {
        String u = unit.get() == null ? "" : unit.get().strip();
        return u.isEmpty() || u.equals(allUnits()) ? null : u;
    }

    /** Reads the notices issued and plans those of the day chosen. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        background.run(I18n.text("notices.loading"), () -> new Notices(service).all(), all -> {
            List<NoticeRow> out = new ArrayList<>();
            int open = 0;
            int overdue = 0;
            for (Notice n : all) {
                Notice.State state = n.state(today);
                open += state == Notice.State.OPEN ? 1 : 0;
                overdue += state == Notice.State.OVERDUE ? 1 : 0;
                out.add(new NoticeRow(n, n.number(), n.unit(), n.level().label(), n.tasks().size(),
                        n.issued().toString(), n.replyBy().toString(),
                        n.answered() == null ? "" : n.answered().toString(), state.label()));
            }
            java.util.Collections.reverse(out); // the newest first
            rows.setAll(out);
            countsText.set(I18n.text("notices.counts", all.size(), open, overdue));
        }, this::fail);
        plan();
    }

    private void plan() {
        LocalDate day = asOf.get();
        if (day == null) {
            return;
        }
        Set<NoticeLevel> chosen = chosenLevels();
        String one = chosenUnit();
        background.run(I18n.text("notices.planning"), () -> {
            Notices notices = new Notices(service);
            return new Object[] {notices.plan(day, chosen, one), notices.plan(day)};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<Notices.Draft> plan = (List<Notices.Draft>) result[0];
            @SuppressWarnings("unchecked")
            List<Notices.Draft> every = (List<Notices.Draft>) result[1];
            Set<String> names = new LinkedHashSet<>();
            names.add(allUnits());
            every.forEach(d -> names.add(d.unit()));
            String keep = unit.get();
            if (!units.equals(new ArrayList<>(names))) {
                units.setAll(names);
            }
            if (keep != null && !keep.isEmpty() && !names.contains(keep)) {
                unit.set(allUnits());
            }
            Map<NoticeLevel, Integer> count = new EnumMap<>(NoticeLevel.class);
            Set<String> unitSet = new LinkedHashSet<>();
            for (Notices.Draft d : plan) {
                count.merge(d.level(), 1, Integer::sum);
                unitSet.add(d.unit());
            }
            planned.set(!plan.isEmpty());
            planText.set(plan.isEmpty() ? I18n.text("notice.nothingToIssue")
                    : I18n.text("notices.plan", plan.size(), unitSet.size(), count.getOrDefault(NoticeLevel.RED, 0),
                            count.getOrDefault(NoticeLevel.YELLOW, 0), count.getOrDefault(NoticeLevel.BLUE, 0)));
        }, this::fail);
    }

    /** Writes the notices planned into a folder as a preview: nothing is recorded or numbered. */
    public void preview() {
        run(false);
    }

    /** Writes the notices planned into a folder and records them on the ledger, numbered. */
    public void issue() {
        run(true);
    }

    private void run(boolean issue) {
        if (asOf.get() == null) {
            return;
        }
        Optional<Path> dir = dialogs.chooseFolder(I18n.text(issue ? "notices.issueFolder" : "notices.previewFolder"),
                FolderKind.REPORTS);
        if (dir.isEmpty()) {
            return;
        }
        Path folder = dir.get();
        Note note = null;
        if (issue) {
            Optional<String> operator = dialogs.operator();
            if (operator.isEmpty()) {
                return;
            }
            if (!dialogs.confirm(I18n.text("notices.confirmIssue", planText.get()), I18n.text("notices.issue"))) {
                return;
            }
            note = Note.by(operator.get());
        }
        LocalDate day = asOf.get();
        Set<NoticeLevel> chosen = chosenLevels();
        String one = chosenUnit();
        Note by = note;
        background.run(I18n.text(issue ? "notices.issuing" : "notices.writing"),
                () -> NoticeBatch.run(service, day, chosen, one, folder, false, false, by), r -> {
                    dialogs.tell(r.documents().isEmpty() ? I18n.text("notice.nothingToIssue")
                            : I18n.text(issue ? "notices.issued" : "notices.previewed", r.documents().size(), folder));
                    if (issue) {
                        changed.run();
                        load();
                    }
                }, this::fail);
    }

    /** Marks the selected notice answered today, with what the unit answered. */
    public void markAnswered() {
        NoticeRow row = selected.get();
        if (row == null || row.notice().answered() != null) {
            return;
        }
        Optional<String> words = dialogs.askText(I18n.text("notices.answerQuestion", row.number(), row.unit()),
                I18n.text("notices.answerLabel"), "");
        if (words.isEmpty()) {
            return;
        }
        Optional<String> operator = dialogs.operator();
        if (operator.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        background.run(I18n.text("notices.answering"), () -> new Notices(service).answer(row.number(), today,
                Note.by(operator.get(), words.get(), "")), n -> {
                    changed.run();
                    load();
                }, this::fail);
    }

    private void fail(Throwable e) {
        dialogs.tell(e.getMessage());
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public BooleanProperty levelProperty(NoticeLevel level) {
        return levels.get(level);
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObservableList<String> units() {
        return units;
    }

    public ReadOnlyStringProperty planTextProperty() {
        return planText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    public ObservableList<NoticeRow> rows() {
        return rows;
    }

    public ObjectProperty<NoticeRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding canAnswerProperty() {
        return canAnswer;
    }

    /** Something to preview or issue for the day and levels chosen; issuing also needs a writable ledger. */
    public BooleanProperty plannedProperty() {
        return planned;
    }

    public boolean readOnly() {
        return service.isReadOnly();
    }
}
