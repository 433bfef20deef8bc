package org.taizhang.ui.newledger;

import java.util.OptionalInt;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerYear;
import org.taizhang.ui.FieldErrors;

/**
 * The new-ledger dialog: a title and the ledger's year. The year follows a year written in the
 * title ("北疆市2023年…" makes 2023) until the clerk types one; with none written it suggests this
 * year. Relative deadlines (去年年底, 次年3月) are read against this year, so it is asked, not assumed.
 */
public final class NewLedgerViewModel {
    /** What the clerk chose. */
    public record Choice(String title, int year) {
    }

    private final int thisYear;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper yearNote = new ReadOnlyStringWrapper("");
    private final FieldErrors errors = new FieldErrors();
    private boolean yearTyped;
    private boolean following;

    public NewLedgerViewModel(int thisYear) {
        this.thisYear = thisYear;
        title.addListener((o, was, now) -> followTitle());
        year.addListener((o, was, now) -> {
            yearTyped |= !following;
            note();
        });
        title.set(I18n.text("ledger.defaultTitle", Integer.toString(thisYear)));
        errors.check("title", () -> title.get().isBlank() ? I18n.text("newLedger.titleRequired") : "", title);
        errors.check("year", () -> parsedYear().isEmpty() ? I18n.text("newLedger.badYear") : "", year);
    }

    private void followTitle() {
        if (!yearTyped) {
            following = true;
            year.set(Integer.toString(LedgerYear.inTitle(title.get()).orElse(thisYear)));
            following = false;
        }
        note();
    }

    private void note() {
        OptionalInt typed = parsedYear();
        OptionalInt titled = LedgerYear.inTitle(title.get());
        if (typed.isEmpty()) {
            yearNote.set(""); // what is wrong is said under the field
        } else if (titled.isPresent() && titled.getAsInt() != typed.getAsInt()) {
            yearNote.set(I18n.text("newLedger.notTitle", titled.getAsInt()));
        } else if (titled.isPresent()) {
            yearNote.set(I18n.text("newLedger.fromTitle"));
        } else {
            yearNote.set(I18n.text("newLedger.noYearInTitle"));
        }
    }

    private OptionalInt parsedYear() {
        String text = year.get() == null ? "" : year.get().strip();
        if (!text.matches("[0-9]{4}")) {
            return OptionalInt.empty();
        }
        int y = Integer.parseInt(text);
        return y >= 1900 && y < 2100 ? OptionalInt.of(y) : OptionalInt.empty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty yearProperty() {
        return year;
    }

    /** Says where the year came from; empty while it is no year (its message is under the field). */
    public ReadOnlyStringProperty yearNoteProperty() {
        return yearNote.getReadOnlyProperty();
    }

    /** The checks, each under its field: "title", "year". */
    public FieldErrors errors() {
        return errors;
    }

    public BooleanBinding completeProperty() {
        return errors.noneProperty();
    }

    public Choice choice() {
        return new Choice(title.get().strip(), parsedYear().orElseThrow());
    }
}
