package org.taizhang.ui.help;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.taizhang.ui.Views;
import org.taizhang.ui.help.AboutViewModel.Library;

/** Binds the 关于 box (fxml/About.fxml). */
public final class AboutController {
    private final AboutViewModel vm;

    @FXML private ImageView icon;
    @FXML private Label version;
    @FXML private Label runtime;
    @FXML private Label files;
    @FXML private TableView<Library> libraries;
    @FXML private TableColumn<Library, String> libraryName;
    @FXML private TableColumn<Library, String> libraryVersion;
    @FXML private TableColumn<Library, String> libraryLicence;
    @FXML private Button close;

    public AboutController(AboutViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Views.appIcons().stream().filter(i -> i.getWidth() == 64).findFirst().ifPresent(icon::setImage);
        version.setText(vm.version());
        runtime.setText(vm.runtime());
        files.setText(vm.files());
        column(libraryName, l -> l.name() + " (" + l.artifact() + ")");
        column(libraryVersion, Library::version);
        column(libraryLicence, Library::licence);
        libraries.setItems(FXCollections.observableArrayList(AboutViewModel.libraries()));
    }

    private static void column(TableColumn<Library, String> column, Function<Library, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void onClose() {
        ((Stage) close.getScene().getWindow()).close();
    }
}
