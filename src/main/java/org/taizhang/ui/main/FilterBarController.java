package org.taizhang.ui.main;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.ui.Describe;

/** Binds the filter bar (fxml/FilterBar.fxml) to the table's filters, both ways. */
public final class FilterBarController {
    private final LedgerViewModel vm;

    @FXML private FilterBox<String> domainFilter;
    @FXML private FilterBox<String> unitFilter;
    @FXML private FilterBox<Status> statusFilter;
    @FXML private FilterBox<Light> lightFilter;
    @FXML private FilterBox<Integer> yearFilter;
    @FXML private DatePicker deadlineFrom;
    @FXML private DatePicker deadlineTo;

    public FilterBarController(LedgerViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        domainFilter.bind(vm.domainChoices(), vm.domainFilter(), String::valueOf);
        unitFilter.bind(vm.unitChoices(), vm.leadUnitFilter(), String::valueOf);
        statusFilter.bind(FXCollections.observableArrayList(Status.values()), vm.statusFilter(), Status::label);
        lightFilter.bind(FXCollections.observableArrayList(Light.RED, Light.YELLOW, Light.GREEN), vm.lightFilter(),
                Light::label);
        yearFilter.bind(vm.yearChoices(), vm.yearFilter(), y -> y + I18n.text("filter.yearSuffix"));
        for (DatePicker picker : List.of(deadlineFrom, deadlineTo)) {
            picker.setConverter(Describe.dayConverter());
        }
        deadlineFrom.valueProperty().bindBidirectional(vm.deadlineFromProperty());
        deadlineTo.valueProperty().bindBidirectional(vm.deadlineToProperty());
    }
}
