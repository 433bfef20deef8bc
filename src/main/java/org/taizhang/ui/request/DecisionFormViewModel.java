package org.taizhang.ui.request;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.taizhang.core.I18n;
import org.taizhang.core.request.Request;
import org.taizhang.ui.FieldErrors;

/**
 * A meeting's decisions on a list, recorded at once: one basis and date for all, and for each
 * request its result, starting from the office's opinion (拟同意 → 同意, 拟不同意 → 不同意) so the
 * clerk changes only the exceptions.
 */
public final class DecisionFormViewModel {
    /** One request of the list and the meeting's result on it. */
    public static final class Item {
        private final RequestRow row;
        private final ObjectProperty<Request.Result> result;

        Item(RequestRow row) {
            this.row = row;
            boolean agreed = row.request().opinion() == null || row.request().opinion().agree();
            this.result = new SimpleObjectProperty<>(agreed ? Request.Result.APPROVED : Request.Result.REFUSED);
        }

        public RequestRow row() {
            return row;
        }

        public ObjectProperty<Request.Result> resultProperty() {
            return result;
        }
    }

    /** What the form gives: each request's result, the basis and the date. */
    public record Decisions(Map<Long, Request.Result> results, String basis, LocalDate date) {
    }

    private final List<Item> items;
    private final StringProperty basis = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();
    private final StringBinding summary;

    public DecisionFormViewModel(List<RequestRow> rows, String suggestedBasis, LocalDate today) {
        items = rows.stream().map(Item::new).toList();
        basis.set(suggestedBasis);
        date.set(today);
        Observable[] watched = new Observable[items.size() + 2];
        for (int i = 0; i < items.size(); i++) {
            watched[i] = items.get(i).resultProperty();
        }
        watched[items.size()] = basis;
        watched[items.size() + 1] = date;
        errors.check("basis", () -> basis.get().isBlank() ? I18n.text("request.basisRequired") : "", basis);
        errors.check("date", () -> date.get() == null ? I18n.text("decisionForm.dateRequired") : "", date);
        summary = Bindings.createStringBinding(this::count, watched);
    }

    /** The results the form offers: 部分同意 needs the values approved, which the command line takes. */
    public List<Request.Result> results() {
        return List.of(Request.Result.APPROVED, Request.Result.REFUSED);
    }

    private String count() {
        long approved = items.stream().filter(i -> i.resultProperty().get() == Request.Result.APPROVED).count();
        return I18n.text("decisionForm.summary", items.size(), approved, items.size() - approved);
    }

    public Decisions decisions() {
        Map<Long, Request.Result> results = new LinkedHashMap<>();
        items.forEach(i -> results.put(i.row().id(), i.resultProperty().get()));
        return new Decisions(results, basis.get().strip(), date.get());
    }

    public List<Item> items() {
        return items;
    }

    public StringProperty basisProperty() {
        return basis;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The checks, each under its field: "basis", "date". */
    public FieldErrors errors() {
        return errors;
    }

    /** Empty when the decisions can be recorded, else the first thing missing. */
    public StringBinding problemProperty() {
        return errors.firstProperty();
    }

    /** "共 5 项：同意 4 项，不同意 1 项". */
    public StringBinding summaryProperty() {
        return summary;
    }
}
