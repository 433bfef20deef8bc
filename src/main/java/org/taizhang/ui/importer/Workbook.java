package org.taizhang.ui.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.exchange.importing.Column;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.RowRef;
import org.taizhang.exchange.importing.WorkbookData;
import org.taizhang.exchange.importing.WorkbookImport;

/** A workbook in the list: its file, how far it got, and (once read) its plan and the clerk's choices. */
public final class Workbook {
    /** Where a workbook is on its way into the ledger. */
    public enum State {
        WAITING, READING, FAILED, READ, IMPORTED
    }

    private final Path path;
    final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(I18n.text("importer.state.waiting"));
    final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    /** The sheet the clerk chose; null reads every sheet that holds a task table. */
    String sheet;
    /** The mappings the clerk set by hand, by sheet; a sheet not named is mapped by its words (or as remembered). */
    final Map<String, Map<Integer, Column>> mappings = new HashMap<>();
    List<String> sheetNames = List.of();
    /** The workbook as read and planned; null until read. */
    WorkbookImport.Reading reading;
    final Set<RowRef> excluded = new HashSet<>();
    String problem = "";
    Adjustment adjustment;
    /** The requests its rows asked for, received when it was imported. */
    java.util.List<Adjustment> requests = java.util.List.of();

    Workbook(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public String name() {
        return path.getFileName().toString();
    }

    public State state() {
        return state.get();
    }

    /** 待读取 / 正在读取 / 无法读取：… / N 项改动 / 已导入（第 N 次调整）. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** A remark on the last thing that happened to it (a cancelled read, a plan made again), or empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The workbook as read; null until read. */
    public WorkbookData data() {
        return reading == null ? null : reading.data();
    }

    /** What importing it would do; null until read. */
    public ImportPlan plan() {
        return reading == null ? null : reading.plan();
    }

    /** The rows the clerk leaves out. */
    public Set<RowRef> excluded() {
        return Set.copyOf(excluded);
    }

    /** Why it could not be read, or empty. */
    public String problem() {
        return problem;
    }

    /** The adjustment its import wrote, if it wrote one. */
    public Optional<Adjustment> adjustment() {
        return Optional.ofNullable(adjustment);
    }

    void set(State s, String text) {
        state.set(s);
        stateText.set(text);
    }

    @Override
    public String toString() {
        return name();
    }
}
