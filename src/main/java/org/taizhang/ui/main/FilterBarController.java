package org.taizhang.ui.main;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.ui.Describe;

/** Binds the filter bar (fxml/FilterBar.fxml) to the table's filters, both ways. */
public final class FilterBarController {
    private final LedgerViewModel vm;

    @FXML private CheckComboBox<String> domainFilter;
    @FXML private CheckComboBox<String> unitFilter;
    @FXML private CheckComboBox<Status> statusFilter;
    @FXML private CheckComboBox<Light> lightFilter;
    @FXML private CheckComboBox<Integer> yearFilter;
    @FXML private DatePicker deadlineFrom;
    @FXML private DatePicker deadlineTo;

    public FilterBarController(LedgerViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        filter(domainFilter, vm.domainChoices(), vm.domainFilter(), String::valueOf);
        filter(unitFilter, vm.unitChoices(), vm.leadUnitFilter(), String::valueOf);
        filter(statusFilter, FXCollections.observableArrayList(Status.values()), vm.statusFilter(), Status::label);
        filter(lightFilter, FXCollections.observableArrayList(Light.RED, Light.YELLOW, Light.GREEN), vm.lightFilter(),
                Light::label);
        filter(yearFilter, vm.yearChoices(), vm.yearFilter(), y -> y + I18n.text("filter.yearSuffix"));
        for (DatePicker picker : List.of(deadlineFrom, deadlineTo)) {
            picker.setConverter(Describe.dayConverter());
        }
        deadlineFrom.valueProperty().bindBidirectional(vm.deadlineFromProperty());
        deadlineTo.valueProperty().bindBidirectional(vm.deadlineToProperty());
    }

    /** A check-list filter kept in step with a set of the view model, both ways. */
    private static <T> void filter(CheckComboBox<T> box, ObservableList<T> choices, ObservableSet<T> chosen,
            Function<T, String> label) {
        box.getItems().setAll(choices);
        choices.addListener((ListChangeListener<T>) c -> {
            box.getCheckModel().clearChecks();
            box.getItems().setAll(choices);
            chosen.forEach(box.getCheckModel()::check);
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        String name = box.getTitle();
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            box.setTitle(FilterTitle.of(name, box.getCheckModel().getCheckedItems().stream().map(label).toList()));
            Set<T> now = new HashSet<>(box.getCheckModel().getCheckedItems());
            if (!now.equals(chosen)) {
                chosen.retainAll(now);
                chosen.addAll(now);
            }
        });
        chosen.addListener((SetChangeListener<T>) c -> {
            if (c.wasRemoved() && box.getCheckModel().isChecked(c.getElementRemoved())) {
                box.getCheckModel().clearCheck(c.getElementRemoved());
            }
            if (c.wasAdded() && !box.getCheckModel().isChecked(c.getElementAdded())) {
                box.getCheckModel().check(c.getElementAdded());
            }
        });
    }
}
