package org.taizhang.ui.help;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Binds the user guide (fxml/Help.fxml): the sections on the left, the one chosen on the right. */
public final class HelpController {
    private final HelpViewModel vm;

    @FXML private TextField search;
    @FXML private ListView<Guide.Section> sections;
    @FXML private VBox page;
    @FXML private Label heading;

    public HelpController(HelpViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(vm.searchProperty());
        sections.setItems(vm.sections());
        sections.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.shownProperty().set(now);
            }
        });
        vm.shownProperty().addListener((o, was, now) -> show(now));
        show(vm.shownProperty().get());
    }

    private void show(Guide.Section section) {
        page.getChildren().setAll(heading);
        if (section == null) {
            heading.setText("");
            return;
        }
        sections.getSelectionModel().select(section);
        heading.setText(section.title());
        for (Guide.Block block : section.blocks()) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("help-text");
            for (Guide.Span span : block.spans()) {
                Text t = new Text(span.text());
                t.getStyleClass().add(span.bold() ? "help-bold" : span.code() ? "help-code" : "help-plain");
                flow.getChildren().add(t);
            }
            if (block.bullet()) {
                Label dot = new Label("•");
                dot.getStyleClass().add("help-bullet");
                HBox line = new HBox(8, dot, flow);
                HBox.setHgrow(flow, Priority.ALWAYS);
                page.getChildren().add(line);
            } else {
                page.getChildren().add(flow);
            }
        }
    }
}
