package org.taizhang.ui.importer;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.ui.ChangeLine;
import org.taizhang.ui.Css;

/** A row of the plan: ticked to be imported or not, and what it would do. */
public final class EntryRow {
    private final ImportPlan.Entry entry;
    private final BooleanProperty included;
    private final java.util.function.Supplier<List<ChangeLine>> describe;
    private List<ChangeLine> lines;

    /**
     * {@code describe} is asked once, when the row is first drawn or read: a plan of hundreds of
     * rewritten progress reports compares only the rows on the screen.
     */
    EntryRow(ImportPlan.Entry entry, boolean included, java.util.function.Supplier<List<ChangeLine>> describe) {
        this.entry = entry;
        this.included = new SimpleBooleanProperty(included);
        this.describe = describe;
    }

    public ImportPlan.Entry entry() {
        return entry;
    }

    public ImportPlan.Kind kind() {
        return entry.kind();
    }

    /** Ticked: imported. Unticking leaves the row out of the adjustment. */
    public BooleanProperty includedProperty() {
        return included;
    }

    /** A row that changes nothing cannot be imported, so it cannot be ticked. */
    public boolean selectable() {
        return entry.kind() != ImportPlan.Kind.UNCHANGED;
    }

    public String kindLabel() {
        return kindLabel(entry.kind());
    }

    static String kindLabel(ImportPlan.Kind kind) {
        return I18n.text("importer.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** The style class of its kind's coloured label (import-kind-new …). */
    public String kindStyle() {
        return Css.importKind(entry.kind());
    }

    /** How it was matched to the ledger: by the hidden id, by 序号, by a similar title; empty for new tasks. */
    public String matchedBy() {
        return entry.matchedBy().isEmpty() ? "" : I18n.text("importer.matched." + entry.matchedBy());
    }

    public int excelRow() {
        return entry.row().row();
    }

    public String sheet() {
        return entry.row().sheet();
    }

    public String number() {
        Task t = entry.task() != null ? entry.task() : entry.proposed();
        return t.number().text();
    }

    public String title() {
        Task t = entry.task() != null ? entry.task() : entry.proposed();
        return t.title();
    }

    /** What it changes, a line a field ("进展情况：… → …"). */
    public String changes() {
        return String.join("\n", lines().stream().map(ChangeLine::text).toList());
    }

    /** The same lines, a changed field's differences marked. */
    public List<ChangeLine> lines() {
        if (lines == null) {
            lines = List.copyOf(describe.get());
        }
        return lines;
    }
}
